import GRDB
import PratiquesCore

/// Erasing personal data (GDPR, art. 17): what identifies a person — a respondent's name, the
/// comments and free-text answers, an action's owner and notes — is removed; the answers that
/// are scored stay, anonymous, so that figures already handed out (cohort, funder) stay true.
///
/// The rows are overwritten on disk (`secure_delete`), the write-ahead log is emptied and the
/// file rebuilt (`VACUUM`), so that nothing erased survives in the database's bytes.
extension AssessmentStore {
    /// Erases one respondent's name, comments and free-text answers.
    /// Throws ``StoreError/unknownRespondent(_:)`` when there is no such respondent.
    public func eraseRespondent(id respondentID: Int64) throws -> ErasureCounts {
        try erasing { db in
            guard let assessmentID = try Int64.fetchOne(db, sql: "SELECT assessment_id FROM respondent WHERE id = ?", arguments: [respondentID]) else {
                throw StoreError.unknownRespondent(respondentID)
            }
            let counts = try Self.erase(respondentsWhere: "r.id = ?", [respondentID], db)
            try Self.audit(.erase, organisationID: try Self.organisationID(ofAssessment: assessmentID, db), assessmentID: assessmentID,
                           respondentID: respondentID, subject: "respondent", db)
            return counts
        }
    }

    /// Erases what identifies a person in everything an organisation holds: every respondent's
    /// name, comments and free text, the consensus comments and free text, the actions' owners and notes.
    /// Throws ``StoreError/unknownOrganisation(_:)``.
    public func eraseOrganisationPersonalData(slug: String) throws -> ErasureCounts {
        try erasing { db in
            let organisationID = try Self.organisationID(slug: slug, db)
            var counts = try Self.erase(respondentsWhere: "a.organisation_id = ?", [organisationID], db)
            let inOrganisation = "assessment_id IN (SELECT id FROM assessment WHERE organisation_id = ?)"
            try db.execute(sql: "DELETE FROM consensus_answer WHERE text IS NOT NULL AND \(inOrganisation)", arguments: [organisationID])
            counts.freeTexts += db.changesCount
            try db.execute(sql: "UPDATE consensus_answer SET comment = NULL WHERE comment IS NOT NULL AND \(inOrganisation)", arguments: [organisationID])
            counts.comments += db.changesCount
            try db.execute(sql: "UPDATE planned_action SET owner = NULL WHERE owner IS NOT NULL AND organisation_id = ?", arguments: [organisationID])
            counts.actionOwners = db.changesCount
            try db.execute(sql: "UPDATE planned_action SET notes = NULL WHERE notes IS NOT NULL AND organisation_id = ?", arguments: [organisationID])
            counts.comments += db.changesCount
            try Self.audit(.erase, organisationID: organisationID, subject: "organisation", db)
            return counts
        }
    }

    /// Names, comments and free-text answers of the respondents selected by `condition` (on
    /// `respondent r JOIN assessment a`).
    private static func erase(respondentsWhere condition: String, _ arguments: StatementArguments, _ db: Database) throws -> ErasureCounts {
        let selected = "SELECT r.id FROM respondent r JOIN assessment a ON a.id = r.assessment_id WHERE \(condition)"
        var counts = ErasureCounts()
        counts.respondents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(selected))", arguments: arguments) ?? 0
        try db.execute(sql: "UPDATE respondent SET name = NULL WHERE name IS NOT NULL AND id IN (\(selected))", arguments: arguments)
        try db.execute(sql: "DELETE FROM answer WHERE text IS NOT NULL AND respondent_id IN (\(selected))", arguments: arguments)
        counts.freeTexts = db.changesCount
        try db.execute(sql: "UPDATE answer SET comment = NULL WHERE comment IS NOT NULL AND respondent_id IN (\(selected))", arguments: arguments)
        counts.comments = db.changesCount
        counts.answersKept = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM answer WHERE respondent_id IN (\(selected))", arguments: arguments) ?? 0
        return counts
    }

    /// Runs `work` in one transaction with `secure_delete` on, then empties the write-ahead log
    /// and rebuilds the file, so that the erased bytes are gone from both.
    private func erasing(_ work: @Sendable (Database) throws -> ErasureCounts) throws -> ErasureCounts {
        let context = AuditContext.current
        return try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            defer { try? db.execute(sql: "PRAGMA secure_delete = OFF") }
            var counts: ErasureCounts?
            try AuditContext.$current.withValue(context) {
                try db.inTransaction(.immediate) {
                    counts = try work(db)
                    return .commit
                }
            }
            try db.checkpoint(.truncate)
            try db.execute(sql: "VACUUM")
            try db.checkpoint(.truncate)
            return counts!
        }
    }
}
