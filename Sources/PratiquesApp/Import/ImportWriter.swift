import PratiquesCore
import PratiquesStore

/// Checks each item of a batch against the store and writes it, inside one transaction:
/// every refusal is collected, located, and the transaction is abandoned if there is any.
struct ImportWriter {
    let transaction: StoreTransaction
    let catalog: ReferentielCatalog
    let options: ImportOptions
    var summary = ImportSummary()
    private var issues: [ImportIssue] = []
    var organisationIDs: [String: Int64] = [:]
    private var snapshots: [String: Int64] = [:]
    private var seen: [String: SourceLocation] = [:]

    init(transaction: StoreTransaction, catalog: ReferentielCatalog, options: ImportOptions) {
        self.transaction = transaction
        self.catalog = catalog
        self.options = options
    }

    mutating func write(_ batch: ImportBatch) throws -> ImportSummary {
        for located in batch.organisations { try declare(located) }
        for (index, located) in batch.assessments.enumerated() {
            if try write(located) { options.progress?(index + 1, batch.assessments.count) }
        }
        for located in batch.respondentAdditions { try add(located) }
        for located in batch.targets {
            guard let id = try organisationID(located.item.organisationSlug, located.location, located.organisationField) else { continue }
            try transaction.setTarget(located.item, organisationID: id)
            summary.targets += 1
        }
        for located in batch.actions {
            guard let id = try organisationID(located.item.organisationSlug, located.location, located.organisationField) else { continue }
            try transaction.add(located.item, organisationID: id)
            summary.actions += 1
        }
        if !issues.isEmpty { throw ImportRefusal(issues: issues) }
        return summary
    }

    mutating func refuse(_ location: SourceLocation, _ field: String, _ problem: ImportProblem) {
        issues.append(ImportIssue(location: location, field: field, problem: problem))
    }

    /// The stored organisation (created when asked to), or a refusal.
    private mutating func organisationID(_ slug: String, _ location: SourceLocation, _ field: String) throws -> Int64? {
        if let id = organisationIDs[slug] { return id }
        if let id = try transaction.organisationID(slug: slug) {
            organisationIDs[slug] = id
            return id
        }
        if options.createMissingOrganisations {
            let id = try transaction.save(Organisation(slug: slug, name: slug, legalForm: .association))
            organisationIDs[slug] = id
            summary.createdOrganisations += 1
            return id
        }
        refuse(location, field, .unknownOrganisation(slug))
        return nil
    }

    /// The snapshot of a grid version and of its older versions, or a refusal.
    private mutating func snapshotID(_ reference: ReferentielReference, _ location: SourceLocation) throws -> Int64? {
        if let known = snapshots[reference.description] { return known }
        guard let loaded = catalog.find(reference.id, version: reference.version) else {
            refuse(location, "referentiel", .unknownReferentielVersion(reference))
            return nil
        }
        do {
            let id = try transaction.snapshotID(for: loaded, older: catalog.versions(of: reference.id))
            snapshots[reference.description] = id
            return id
        } catch StoreError.snapshotInUse(let referentielID, let version, let assessments) {
            let path = catalog.find(referentielID, version: version)?.path ?? loaded.path
            refuse(location, "version", .changedWithoutBump(ChangedGrid(referentielID: referentielID, version: version, assessments: assessments, path: path)))
            return nil
        }
    }

    /// Writes one assessment; false when it is refused.
    private mutating func write(_ located: ImportBatch.Located<Assessment>) throws -> Bool {
        let assessment = located.item
        let reference = assessment.referentiel
        guard let organisationID = try organisationID(assessment.organisationSlug, located.location, located.organisationField),
              let snapshotID = try snapshotID(reference, located.location) else { return false }
        let key = "\(assessment.organisationSlug)|\(reference)|\(assessment.label)"
        if let first = seen[key] {
            refuse(located.location, "label", .duplicateInFiles(organisation: assessment.organisationSlug, referentiel: reference, label: assessment.label,
                                                                first: first))
            return false
        }
        seen[key] = located.location
        do {
            summary.assessmentIDs.append(try transaction.insert(assessment, organisationID: organisationID, snapshotID: snapshotID))
        } catch StoreError.duplicateAssessment(let existing, let status) {
            refuse(located.location, "label", .alreadyStored(organisation: assessment.organisationSlug, referentiel: reference, label: assessment.label,
                                                             draft: status == .draft ? existing : nil))
            return false
        }
        summary.assessments += 1
        summary.respondents += assessment.respondents.count
        summary.answers += assessment.respondents.reduce(0) { $0 + $1.answers.count }
        return true
    }

    /// Respondents of a filled questionnaire joining a stored draft.
    private mutating func add(_ located: ImportBatch.Located<ImportBatch.RespondentAddition>) throws {
        let addition = located.item
        guard let stored = try transaction.assessmentSummary(id: addition.assessmentID) else {
            refuse(located.location, "assessment", .unknownAssessment(addition.assessmentID))
            return
        }
        switch DraftCheck.problem(with: stored, organisation: addition.organisationSlug, referentiel: addition.referentiel.id,
                                  version: addition.referentiel.version) {
        case .ofAnother?:
            let field = stored.organisationSlug != addition.organisationSlug ? located.organisationField : addition.referentielField
            refuse(located.location, field, .otherAssessment(stored, organisation: addition.organisationSlug, referentiel: addition.referentiel))
            return
        case .complete?:
            refuse(located.location, "assessment", .completeAssessment(addition.assessmentID))
            return
        case nil:
            break
        }
        try transaction.append(addition.respondent, toAssessment: addition.assessmentID)
        summary.respondents += 1
        summary.answers += addition.respondent.answers.count
        if !summary.assessmentIDs.contains(addition.assessmentID) { summary.assessmentIDs.append(addition.assessmentID) }
    }
}
