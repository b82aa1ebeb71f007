import GRDB
import PratiquesCore

/// How an import behaves.
public struct ImportOptions: Sendable {
    /// Create organisations that the file names but the store does not know (named by their id,
    /// legal form « association », to be completed with `org add`).
    public var createMissingOrganisations = false
    /// Called after each assessment is written (done, total), inside the transaction.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(createMissingOrganisations: Bool = false, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.createMissingOrganisations = createMissingOrganisations
        self.progress = progress
    }
}

/// What an import wrote.
public struct ImportSummary: Sendable, Codable, Equatable {
    public var organisations = 0
    public var createdOrganisations = 0
    public var assessments = 0
    public var respondents = 0
    public var answers = 0
    public var targets = 0
    public var actions = 0
    /// Ids of the assessments written, in file order.
    public var assessmentIDs: [Int64] = []

    public init() {}
}

extension AssessmentStore {
    /// Writes a whole batch in one transaction: everything, or nothing when any item is refused.
    /// Every refusal is reported, located in the file.
    @discardableResult
    public func importBatch(_ batch: ImportBatch, catalog: ReferentielCatalog, options: ImportOptions = ImportOptions()) throws -> ImportSummary {
        try writeTransaction { db in try Self.importBatch(batch, catalog: catalog, options: options, db) }
    }

    static func importBatch(_ batch: ImportBatch, catalog: ReferentielCatalog, options: ImportOptions, _ db: Database) throws -> ImportSummary {
        var summary = ImportSummary()
        var issues: [ValidationIssue] = []
        func refuse(_ location: SourceLocation, _ field: String, _ rule: ValidationRule, fr: String, en: String) {
            issues.append(ValidationIssue(location: location, field: field, rule: rule, detail: Bilingual(fr: fr, en: en)))
        }
        var organisationIDs: [String: Int64] = [:]
        for located in batch.organisations {
            let saved = try upsert(located.item, db)
            organisationIDs[saved.slug] = saved.id
            summary.organisations += 1
        }
        func organisationID(_ slug: String, _ location: SourceLocation, _ field: String) throws -> Int64? {
            if let id = organisationIDs[slug] { return id }
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE slug = ?", arguments: [slug]) {
                organisationIDs[slug] = id
                return id
            }
            if options.createMissingOrganisations {
                let created = try upsert(Organisation(slug: slug, name: slug, legalForm: .association), db)
                organisationIDs[slug] = created.id
                summary.createdOrganisations += 1
                return created.id
            }
            refuse(location, field, .unknownOrganisation,
                   fr: "organisation « \(slug) » inconnue (ajoutez-la avec « pratiques org add », dans « organisations », ou importez avec --create-org)",
                   en: "unknown organisation '\(slug)' (add it with 'pratiques org add', under 'organisations', or import with --create-org)")
            return nil
        }
        var snapshots: [String: Int64] = [:]
        var seen: [String: SourceLocation] = [:]
        let inserter = try AssessmentInserter(db)
        for (index, located) in batch.assessments.enumerated() {
            let assessment = located.item
            guard let orgID = try organisationID(assessment.organisationSlug, located.location, located.organisationField) else { continue }
            let reference = assessment.referentiel
            guard let loaded = catalog.find(reference.id, version: reference.version) else {
                refuse(located.location, "referentiel", .unknownReferentielVersion, fr: "référentiel \(reference) inconnu", en: "unknown référentiel \(reference)")
                continue
            }
            let snapshotID: Int64
            if let known = snapshots[reference.description] {
                snapshotID = known
            } else {
                do {
                    snapshotID = try Self.snapshotIDWithChain(for: loaded, catalog: catalog, db)
                } catch let error as ChangedWithoutBumpError {
                    refuse(located.location, "version", .fileChangedWithoutBump, fr: error.message(in: .fr), en: error.message(in: .en))
                    continue
                }
                snapshots[reference.description] = snapshotID
            }
            let key = "\(assessment.organisationSlug)|\(reference)|\(assessment.label)"
            if let first = seen[key] {
                refuse(located.location, "label", .duplicateAssessment,
                       fr: "évaluation « \(assessment.label) » de \(assessment.organisationSlug) sur \(reference) déjà présente dans le fichier (\(first))",
                       en: "assessment '\(assessment.label)' of \(assessment.organisationSlug) on \(reference) already in the file (\(first))")
                continue
            }
            seen[key] = located.location
            do {
                summary.assessmentIDs.append(try inserter.insert(assessment, organisationID: orgID, snapshotID: snapshotID))
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                // UNIQUE (organisation, version, label): the assessment is already in the database.
                refuse(located.location, "label", .duplicateAssessment,
                       fr: "l'évaluation « \(assessment.label) » de \(assessment.organisationSlug) sur \(reference) existe déjà dans la base",
                       en: "assessment '\(assessment.label)' of \(assessment.organisationSlug) on \(reference) already exists in the database")
                continue
            }
            summary.assessments += 1
            summary.respondents += assessment.respondents.count
            summary.answers += assessment.respondents.reduce(0) { $0 + $1.answers.count }
            options.progress?(index + 1, batch.assessments.count)
        }
        for located in batch.targets {
            guard let orgID = try organisationID(located.item.organisationSlug, located.location, located.organisationField) else { continue }
            try upsert(located.item, organisationID: orgID, db)
            summary.targets += 1
        }
        for located in batch.actions {
            guard let orgID = try organisationID(located.item.organisationSlug, located.location, located.organisationField) else { continue }
            _ = try insert(located.item, organisationID: orgID, db)
            summary.actions += 1
        }
        if !issues.isEmpty { throw InputError(issues: issues) }
        return summary
    }

    /// Everything the store holds about some organisations (all when `slugs` is empty), as the
    /// exchange document that imports back to the same data.
    public func exportDocument(organisationSlugs slugs: [String] = []) throws -> ExchangeDocument {
        let organisations = try self.organisations().filter { slugs.isEmpty || slugs.contains($0.slug) }
        var assessments: [Assessment] = []
        var targets: [Target] = []
        var actions: [PlannedAction] = []
        for organisation in organisations {
            for summary in try assessmentSummaries(organisationSlug: organisation.slug) {
                assessments.append(try assessment(summary))
            }
            targets += try self.targets(organisationSlug: organisation.slug)
            actions += try self.actions(organisationSlug: organisation.slug)
        }
        return ExchangeDocument(organisations: organisations, assessments: assessments, targets: targets, actions: actions)
    }
}
