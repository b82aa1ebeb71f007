import GRDB
import PratiquesCore

/// The facts of assessments (``AssessmentFact``): one row per assessment and fact criterion in
/// `assessment_fact`, one per other value given in `assessment_fact_proposal`.
///
/// Who entered a fact or proposed a value is kept by role and name, and linked to the
/// assessment's respondent of that role and name when there is one (the respondent's id, when
/// the key gives one of this assessment's respondents, else the first with that role and name).
extension AssessmentStore {
    /// Changes one fact of an assessment in one transaction: `change` receives the assessment
    /// as stored (respondents, consensus and facts) and returns the fact to keep (`nil` removes
    /// it). With `position`, the respondent's fill position is recorded in the same transaction.
    /// Returns the fact kept.
    @discardableResult
    public func updateFact(assessmentID: Int64, criterionID: String, position: (respondentID: Int64, criterionID: String)? = nil,
                           _ change: @Sendable (Assessment) throws -> AssessmentFact?) throws -> AssessmentFact? {
        try writeTransaction { db in
            guard let summary = try Row.fetchOne(db, sql: AssessmentSummary.selection + " WHERE a.id = ?", arguments: [assessmentID])
                .map(AssessmentSummary.init(row:)) else { throw StoreError.unknownAssessment(assessmentID) }
            let fact = try change(try Self.assessment(summary, db))
            if var fact {
                fact.criterionID = criterionID
                try Self.write(fact, assessmentID: assessmentID, db)
            } else {
                try db.execute(sql: "DELETE FROM assessment_fact WHERE assessment_id = ? AND criterion_id = ?", arguments: [assessmentID, criterionID])
            }
            if let position { try Self.setFillPosition(position.criterionID, respondentID: position.respondentID, db) }
            try Self.audit(.answer, organisationID: try Self.organisationID(ofAssessment: assessmentID, db), assessmentID: assessmentID,
                           respondentID: position?.respondentID, subject: "fact \(criterionID)", db)
            return try Self.facts(assessmentID: assessmentID, db).first { $0.criterionID == criterionID }
        }
    }

    /// Writes a fact and its proposals, replacing what the assessment held for that criterion.
    static func write(_ fact: AssessmentFact, assessmentID: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM assessment_fact WHERE assessment_id = ? AND criterion_id = ?", arguments: [assessmentID, fact.criterionID])
        let columns = AnswerColumns(fact.value)
        let author = try fact.enteredBy.map { ($0, try respondentID(for: $0, assessmentID: assessmentID, db)) }
        try db.execute(sql: """
            INSERT INTO assessment_fact (assessment_id, criterion_id, \(AnswerColumns.names), comment, entered_by_respondent_id,
                entered_by_role, entered_by_name, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [assessmentID, fact.criterionID, columns.level, columns.yesNo, columns.number, columns.text, columns.notApplicable,
                             fact.comment, author?.1, author?.0.role.rawValue, author?.0.name, fact.origin])
        for proposal in fact.proposals {
            let proposed = AnswerColumns(proposal.value)
            try db.execute(sql: """
                INSERT INTO assessment_fact_proposal (assessment_id, criterion_id, respondent_id, role, name, \(AnswerColumns.names), comment)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [assessmentID, fact.criterionID, try respondentID(for: proposal.respondent, assessmentID: assessmentID, db),
                                 proposal.respondent.role.rawValue, proposal.respondent.name, proposed.level, proposed.yesNo, proposed.number,
                                 proposed.text, proposed.notApplicable, proposal.comment])
        }
    }

    /// The assessment's respondent a key names: by id when it is one of the assessment's, else
    /// the first with the same role and name; `nil` when none (someone who answered nothing).
    private static func respondentID(for key: RespondentKey, assessmentID: Int64, _ db: Database) throws -> Int64? {
        if let id = key.respondentID,
           try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM respondent WHERE id = ? AND assessment_id = ?)", arguments: [id, assessmentID]) == true {
            return id
        }
        return try Int64.fetchOne(db, sql: "SELECT id FROM respondent WHERE assessment_id = ? AND role = ? AND name IS ? ORDER BY position LIMIT 1",
                                  arguments: [assessmentID, key.role.rawValue, key.name])
    }

    /// The facts of one assessment, their proposals in the order they were given.
    static func facts(assessmentID: Int64, _ db: Database) throws -> [AssessmentFact] {
        try facts(db, filter: "WHERE assessment_id = ?", arguments: [assessmentID])[assessmentID] ?? []
    }

    /// The facts of every assessment, by assessment id (the bulk read: few rows).
    static func factsByAssessment(_ db: Database) throws -> [Int64: [AssessmentFact]] {
        try facts(db, filter: "", arguments: [])
    }

    private static func facts(_ db: Database, filter: String, arguments: StatementArguments) throws -> [Int64: [AssessmentFact]] {
        var proposals: [Int64: [String: [FactProposal]]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT assessment_id, criterion_id, respondent_id, role, name, \(AnswerColumns.names), comment
            FROM assessment_fact_proposal \(filter) ORDER BY id
            """, arguments: arguments) {
            guard let value = AnswerColumns(row: row).value else { continue }
            let key = RespondentKey(respondentID: row["respondent_id"], role: RespondentRole(rawValue: row["role"]) ?? .salarie, name: row["name"])
            proposals[row["assessment_id"], default: [:]][row["criterion_id"], default: []]
                .append(FactProposal(respondent: key, value: value, comment: row["comment"]))
        }
        var facts: [Int64: [AssessmentFact]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT assessment_id, criterion_id, \(AnswerColumns.names), comment, entered_by_respondent_id, entered_by_role, entered_by_name, origin
            FROM assessment_fact \(filter) ORDER BY assessment_id, criterion_id
            """, arguments: arguments) {
            let assessmentID: Int64 = row["assessment_id"]
            let criterionID: String = row["criterion_id"]
            let author = (row["entered_by_role"] as String?).flatMap(RespondentRole.init(rawValue:)).map {
                RespondentKey(respondentID: row["entered_by_respondent_id"], role: $0, name: row["entered_by_name"])
            }
            facts[assessmentID, default: []].append(AssessmentFact(
                criterionID: criterionID, value: AnswerColumns(row: row).value, comment: row["comment"], enteredBy: author,
                origin: row["origin"], proposals: proposals[assessmentID]?[criterionID] ?? []))
        }
        return facts
    }
}

extension AnswerColumns {
    /// The value columns of a row (`level`, `yes_no`, `number`, `text`, `not_applicable`).
    init(row: Row) {
        self.init(level: row["level"], yesNo: row["yes_no"], number: row["number"], text: row["text"], notApplicable: row["not_applicable"])
    }
}
