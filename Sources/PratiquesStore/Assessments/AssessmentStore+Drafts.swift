import GRDB
import PratiquesCore

/// Drafts filled answer by answer: every answer is written in its own small transaction, so
/// that quitting, a closed terminal or a crash loses nothing already given.
extension AssessmentStore {
    /// Creates an empty draft of `organisationSlug` on `loaded`, dated `date`, and returns its id.
    /// Its label is the first of `label(1)`, `label(2)`… that the organisation does not use on
    /// that version yet.
    public func createDraft(organisationSlug: String, loaded: LoadedReferentiel, date: String,
                            label: @Sendable (Int) -> String) throws -> Int64 {
        try writeTransaction { db in
            let organisationID = try Self.organisationID(slug: organisationSlug, db)
            let snapshotID = try Self.snapshotID(for: loaded, db)
            var attempt = 1
            while try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM assessment WHERE organisation_id = ? AND snapshot_id = ? AND label = ?)",
                                    arguments: [organisationID, snapshotID, label(attempt)]) == true {
                attempt += 1
            }
            try db.execute(sql: "INSERT INTO assessment (organisation_id, snapshot_id, date, label, status, created_at) VALUES (?, ?, ?, ?, 'draft', ?)",
                           arguments: [organisationID, snapshotID, date, label(attempt), Self.now()])
            let id = db.lastInsertedRowID
            try Self.audit(.draft, organisationID: organisationID, assessmentID: id, subject: label(attempt), db)
            return id
        }
    }

    /// Adds a respondent (without answers) after the assessment's others; returns its id.
    public func addRespondent(assessmentID: Int64, role: RespondentRole, name: String?) throws -> Int64 {
        try writeTransaction { db in
            let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM respondent WHERE assessment_id = ?",
                                            arguments: [assessmentID]) ?? 0
            try db.execute(sql: "INSERT INTO respondent (assessment_id, position, role, name) VALUES (?, ?, ?, ?)",
                           arguments: [assessmentID, position, role.rawValue, name])
            let id = db.lastInsertedRowID
            try Self.audit(.respondent, organisationID: try Self.organisationID(ofAssessment: assessmentID, db), assessmentID: assessmentID,
                           respondentID: id, subject: role.rawValue, db)
            return id
        }
    }

    /// Writes (or replaces) one respondent's answer to one criterion and, in the same
    /// transaction, where that respondent's questionnaire now stands (`position`, a criterion id).
    public func saveAnswer(_ answer: Answer, respondentID: Int64, position: String?) throws {
        try writeTransaction { db in
            try Self.upsert(answer, into: "answer", owner: "respondent_id", respondentID, db)
            let assessmentID = try Int64.fetchOne(db, sql: "SELECT assessment_id FROM respondent WHERE id = ?", arguments: [respondentID])
            try Self.audit(.answer, organisationID: try assessmentID.flatMap { try Self.organisationID(ofAssessment: $0, db) },
                           assessmentID: assessmentID, respondentID: respondentID, subject: answer.criterionID, db)
            if let position { try Self.setFillPosition(position, respondentID: respondentID, db) }
        }
    }

    /// Records (or replaces) the value agreed by the group for one criterion.
    public func setConsensus(_ answer: Answer, assessmentID: Int64) throws {
        try writeTransaction { db in
            try Self.upsert(answer, into: "consensus_answer", owner: "assessment_id", assessmentID, db)
            try Self.audit(.consensus, organisationID: try Self.organisationID(ofAssessment: assessmentID, db), assessmentID: assessmentID,
                           subject: answer.criterionID, db)
        }
    }

    /// One row of `answer` (owned by a respondent) or `consensus_answer` (by an assessment), replaced when it exists.
    private static func upsert(_ answer: Answer, into table: String, owner column: String, _ owner: Int64, _ db: Database) throws {
        let columns = AnswerColumns(answer.value)
        try db.execute(sql: """
            INSERT INTO \(table) (\(column), criterion_id, \(AnswerColumns.names), comment, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (\(column), criterion_id) DO UPDATE SET level = excluded.level, yes_no = excluded.yes_no, number = excluded.number,
                text = excluded.text, not_applicable = excluded.not_applicable, comment = excluded.comment, origin = excluded.origin
            """, arguments: [owner, answer.criterionID, columns.level, columns.yesNo, columns.number, columns.text, columns.notApplicable,
                             answer.comment, answer.origin])
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

    /// Where a respondent's questionnaire stands, if it was started answer by answer.
    public func fillPosition(respondentID: Int64) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT criterion_id FROM fill_position WHERE respondent_id = ?", arguments: [respondentID]) }
    }

    /// Marks an assessment as a draft or complete.
    public func setStatus(_ status: AssessmentStatus, assessmentID: Int64) throws {
        try writeTransaction { db in
            try db.execute(sql: "UPDATE assessment SET status = ? WHERE id = ?", arguments: [status.rawValue, assessmentID])
            if db.changesCount == 0 { throw StoreError.unknownAssessment(assessmentID) }
            try Self.audit(.status, organisationID: try Self.organisationID(ofAssessment: assessmentID, db), assessmentID: assessmentID,
                           subject: status.rawValue, db)
        }
    }
}
