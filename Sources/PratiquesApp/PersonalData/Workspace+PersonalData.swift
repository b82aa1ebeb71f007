import Foundation
import PratiquesCore
import PratiquesStore

/// The rights of the people whose names and words the store keeps (GDPR): access and
/// portability (``exportPersonalData(organisation:)``) and erasure
/// (``eraseRespondent(_:)``, ``eraseOrganisationPersonalData(_:)``).
///
/// Erasure removes what identifies a person — names, comments, free-text answers, action
/// owners and notes — and keeps the scored answers, anonymous: cohort and funder figures
/// already handed out stay true, and the organisation's history keeps its scores. Nothing
/// erased survives in the database file or in any workbook written afterwards; backups made
/// before still hold it (docs/donnees-personnelles.md says how long they are kept).
extension Workspace {
    /// Erases one respondent's name, comments and free-text answers; returns what was removed.
    public func eraseRespondent(_ id: Int64) throws -> ErasureCounts {
        try withStore { store in try store.eraseRespondent(id: id) }
    }

    /// Erases what identifies a person in everything an organisation holds; returns what was removed.
    public func eraseOrganisationPersonalData(_ slug: String) throws -> ErasureCounts {
        try withStore { store in try store.eraseOrganisationPersonalData(slug: slug) }
    }

    /// Everything held about an organisation and its respondents, as an exchange document (it
    /// imports back into another store): the organisation, its assessments with every
    /// respondent's raw answers and comments, the consensus, targets and actions.
    public func exportPersonalData(organisation slug: String) throws -> ExchangeDocument {
        try exportDocument(organisations: [slug])
    }

    /// The audit trail, oldest first: every write, or one organisation's, from a day on; at
    /// most `limit` entries (the newest).
    public func auditTrail(organisation slug: String? = nil, since: Day? = nil, limit: Int? = nil) throws -> [AuditEntry] {
        try withStore(.read) { store in
            if let slug { _ = try requireOrganisation(slug, store) }
            return try store.auditTrail(organisationSlug: slug, since: since?.description, limit: limit)
        }
    }
}
