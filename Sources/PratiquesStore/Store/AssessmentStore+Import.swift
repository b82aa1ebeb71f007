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
                let existing = try Row.fetchOne(db, sql: "SELECT id, status FROM assessment WHERE organisation_id = ? AND snapshot_id = ? AND label = ?",
                                                arguments: [orgID, snapshotID, assessment.label])
                var hint = Bilingual(fr: "", en: "")
                if let existing, existing[1] == AssessmentStatus.draft.rawValue {
                    let id: Int64 = existing[0]
                    hint = Bilingual(fr: " (brouillon n° \(id) ; pour y ajouter les répondants d'un questionnaire : --assessment \(id))",
                                     en: " (draft #\(id); to add a questionnaire's respondents to it: --assessment \(id))")
                }
                refuse(located.location, "label", .duplicateAssessment,
                       fr: "l'évaluation « \(assessment.label) » de \(assessment.organisationSlug) sur \(reference) existe déjà dans la base" + hint.fr,
                       en: "assessment '\(assessment.label)' of \(assessment.organisationSlug) on \(reference) already exists in the database" + hint.en)
                continue
            }
            summary.assessments += 1
            summary.respondents += assessment.respondents.count
            summary.answers += assessment.respondents.reduce(0) { $0 + $1.answers.count }
            options.progress?(index + 1, batch.assessments.count)
        }
        for located in batch.respondentAdditions {
            let addition = located.item
            guard let row = try Row.fetchOne(db, sql: """
                SELECT o.slug, s.referentiel_id, s.version, a.status FROM assessment a JOIN organisation o ON o.id = a.organisation_id
                JOIN referentiel_snapshot s ON s.id = a.snapshot_id WHERE a.id = ?
                """, arguments: [addition.assessmentID]) else {
                refuse(located.location, "assessment", .unknownAssessment, fr: "évaluation \(addition.assessmentID) inconnue (voir « pratiques assess list »)",
                       en: "unknown assessment \(addition.assessmentID) (see 'pratiques assess list')")
                continue
            }
            let (slug, referentielID, version, status): (String, String, String, String) = (row[0], row[1], row[2], row[3])
            if slug != addition.organisationSlug || referentielID != addition.referentiel.id || version != addition.referentiel.version.description {
                refuse(located.location, slug != addition.organisationSlug ? located.organisationField : addition.referentielField, .assessmentMismatch,
                       fr: "l'évaluation \(addition.assessmentID) porte sur \(slug) et \(referentielID)@\(version), pas sur \(addition.organisationSlug) et \(addition.referentiel)",
                       en: "assessment \(addition.assessmentID) is about \(slug) and \(referentielID)@\(version), not \(addition.organisationSlug) and \(addition.referentiel)")
                continue
            }
            if status != AssessmentStatus.draft.rawValue {
                refuse(located.location, "assessment", .assessmentMismatch,
                       fr: "l'évaluation \(addition.assessmentID) est terminée : on n'y ajoute plus de répondants",
                       en: "assessment \(addition.assessmentID) is complete: no more respondents can be added")
                continue
            }
            let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM respondent WHERE assessment_id = ?",
                                            arguments: [addition.assessmentID]) ?? 0
            try inserter.insert(addition.respondent, assessmentID: addition.assessmentID, position: position)
            summary.respondents += 1
            summary.answers += addition.respondent.answers.count
            if !summary.assessmentIDs.contains(addition.assessmentID) { summary.assessmentIDs.append(addition.assessmentID) }
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
