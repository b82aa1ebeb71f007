import GRDB
import PratiquesCore

/// Drafts filled answer by answer (`pratiques fill`): every answer is written in its own small
/// transaction, so that quitting, a closed terminal or a crash loses nothing already given.
extension AssessmentStore {
    /// The newest draft of an organisation on one version of a grid, if any.
    public func newestDraft(organisationSlug: String, referentielID: String, version: SemanticVersion) throws -> AssessmentSummary? {
        try assessmentSummaries(organisationSlug: organisationSlug)
            .filter { $0.status == .draft && $0.referentiel.id == referentielID && $0.referentiel.version == version }
            .max { $0.id < $1.id }
    }

    /// Creates an empty draft of `organisationSlug` on `loaded`, dated `date` and labelled
    /// `date` (with « (2) », « (3) »… when that label is taken), and returns its id.
    public func createDraft(organisationSlug: String, loaded: LoadedReferentiel, date: String) throws -> Int64 {
        try writeTransaction { db in
            guard let organisationID = try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE slug = ?", arguments: [organisationSlug]) else {
                throw StoreError(fr: "organisation « \(organisationSlug) » inconnue (voir « pratiques org list »)",
                                 en: "unknown organisation '\(organisationSlug)' (see 'pratiques org list')")
            }
            let snapshotID = try Self.snapshotID(for: loaded, db)
            var label = date
            var suffix = 2
            while try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM assessment WHERE organisation_id = ? AND snapshot_id = ? AND label = ?)",
                                    arguments: [organisationID, snapshotID, label]) == true {
                label = "\(date) (\(suffix))"
                suffix += 1
            }
            try db.execute(sql: "INSERT INTO assessment (organisation_id, snapshot_id, date, label, status, created_at) VALUES (?, ?, ?, ?, 'draft', ?)",
                           arguments: [organisationID, snapshotID, date, label, Self.now()])
            return db.lastInsertedRowID
        }
    }

    /// Adds a respondent (without answers) after the assessment's others; returns its id.
    public func addRespondent(assessmentID: Int64, role: RespondentRole, name: String?) throws -> Int64 {
        try writeTransaction { db in
            let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM respondent WHERE assessment_id = ?",
                                            arguments: [assessmentID]) ?? 0
            try db.execute(sql: "INSERT INTO respondent (assessment_id, position, role, name) VALUES (?, ?, ?, ?)",
                           arguments: [assessmentID, position, role.rawValue, name])
            return db.lastInsertedRowID
        }
    }

    /// Writes (or replaces) one respondent's answer to one criterion and, in the same
    /// transaction, where that respondent's questionnaire now stands (`position`, a criterion id).
    public func saveAnswer(_ answer: Answer, respondentID: Int64, position: String?) throws {
        try writeTransaction { db in
            let columns = AssessmentInserter.columns(of: answer.value)
            try db.execute(sql: """
                INSERT INTO answer (respondent_id, criterion_id, level, number, text, not_applicable, comment, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (respondent_id, criterion_id) DO UPDATE SET level = excluded.level, number = excluded.number, text = excluded.text,
                    not_applicable = excluded.not_applicable, comment = excluded.comment, origin = excluded.origin
                """, arguments: [respondentID, answer.criterionID, columns.level, columns.number, columns.text, columns.notApplicable,
                                 answer.comment, answer.origin])
            if let position { try Self.setFillPosition(position, respondentID: respondentID, db) }
        }
    }

    /// Records where a respondent's questionnaire stands (the criterion to show next).
    public func setFillPosition(_ criterionID: String, respondentID: Int64) throws {
        try writeTransaction { db in try Self.setFillPosition(criterionID, respondentID: respondentID, db) }
    }

    static func setFillPosition(_ criterionID: String, respondentID: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO fill_position (respondent_id, criterion_id, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (respondent_id) DO UPDATE SET criterion_id = excluded.criterion_id, updated_at = excluded.updated_at
            """, arguments: [respondentID, criterionID, now()])
    }

    /// Where a respondent's questionnaire stands, when it was started with `pratiques fill`.
    public func fillPosition(respondentID: Int64) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT criterion_id FROM fill_position WHERE respondent_id = ?", arguments: [respondentID]) }
    }

    /// Marks an assessment as a draft or complete.
    public func setStatus(_ status: AssessmentStatus, assessmentID: Int64) throws {
        try writeTransaction { db in
            try db.execute(sql: "UPDATE assessment SET status = ? WHERE id = ?", arguments: [status.rawValue, assessmentID])
            if db.changesCount == 0 {
                throw StoreError(fr: "évaluation \(assessmentID) inconnue", en: "unknown assessment \(assessmentID)")
            }
        }
    }
}
