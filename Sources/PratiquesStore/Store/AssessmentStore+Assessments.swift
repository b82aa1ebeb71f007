import GRDB
import PratiquesCore

extension AssessmentStore {
    /// The answer value stored in a row, read according to the criterion's kind.
    static func answerValue(level: Int?, number: Double?, text: String?, notApplicable: Bool, kind: CriterionKind?) -> AnswerValue? {
        if notApplicable { return .notApplicable }
        if let level { return kind == .yesNo ? .yesNo(level != 0) : .level(level) }
        if let number { return .number(number) }
        if let text { return .text(text) }
        return nil
    }

    // MARK: Reading

    private static let summarySQL = """
        SELECT a.id, o.slug, s.referentiel_id, s.version, s.sha256, a.snapshot_id, a.date, a.label, a.status,
               (SELECT COUNT(*) FROM respondent r WHERE r.assessment_id = a.id) AS respondents
        FROM assessment a JOIN organisation o ON o.id = a.organisation_id JOIN referentiel_snapshot s ON s.id = a.snapshot_id
        """

    private static func summary(_ row: Row) -> AssessmentSummary {
        AssessmentSummary(id: row[0], organisationSlug: row[1],
                          referentiel: ReferentielReference(id: row[2], version: SemanticVersion(row[3] as String) ?? SemanticVersion(0, 0, 0), sha256: row[4]),
                          snapshotID: row[5], date: row[6], label: row[7], status: AssessmentStatus(rawValue: row[8]) ?? .complete,
                          respondentCount: row[9])
    }

    /// Assessments, oldest first; only those of one organisation when `organisationSlug` is set.
    public func assessmentSummaries(organisationSlug: String? = nil) throws -> [AssessmentSummary] {
        try pool.read { db in
            if let organisationSlug {
                return try Row.fetchAll(db, sql: Self.summarySQL + " WHERE o.slug = ? ORDER BY a.date, s.referentiel_id, a.id",
                                        arguments: [organisationSlug]).map(Self.summary)
            }
            return try Row.fetchAll(db, sql: Self.summarySQL + " ORDER BY o.slug, a.date, s.referentiel_id, a.id").map(Self.summary)
        }
    }

    /// One assessment's summary.
    public func assessmentSummary(id: Int64) throws -> AssessmentSummary? {
        try pool.read { db in try Row.fetchOne(db, sql: Self.summarySQL + " WHERE a.id = ?", arguments: [id]).map(Self.summary) }
    }

    /// One assessment with every respondent's answers and the consensus values.
    public func assessment(id: Int64) throws -> Assessment? {
        guard let summary = try assessmentSummary(id: id) else { return nil }
        return try assessment(summary)
    }

    /// The full assessment behind a summary.
    public func assessment(_ summary: AssessmentSummary) throws -> Assessment {
        let referentiel = try referentiel(snapshotID: summary.snapshotID).referentiel
        let kinds = Dictionary(referentiel.criteria.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        return try pool.read { db in
            var respondents: [Int64: Respondent] = [:]
            var order: [Int64] = []
            for row in try Row.fetchAll(db, sql: "SELECT id, role, name FROM respondent WHERE assessment_id = ? ORDER BY position", arguments: [summary.id]) {
                let id: Int64 = row[0]
                order.append(id)
                respondents[id] = Respondent(id: id, role: RespondentRole(rawValue: row[1]) ?? .salarie, name: row[2])
            }
            let answers = try Row.fetchCursor(db, sql: """
                SELECT r.id, a.criterion_id, a.level, a.number, a.text, a.not_applicable, a.comment, a.origin
                FROM answer a JOIN respondent r ON r.id = a.respondent_id WHERE r.assessment_id = ?
                """, arguments: [summary.id])
            while let row = try answers.next() {
                let criterionID: String = row[1]
                let value = Self.answerValue(level: row[2], number: row[3], text: row[4], notApplicable: row[5], kind: kinds[criterionID])
                respondents[row[0]]?.answers[criterionID] = Answer(criterionID: criterionID, value: value, comment: row[6], origin: row[7])
            }
            var consensus: [Answer] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT criterion_id, level, number, text, not_applicable, comment, origin FROM consensus_answer WHERE assessment_id = ?
                """, arguments: [summary.id]) {
                let criterionID: String = row[0]
                consensus.append(Answer(criterionID: criterionID,
                                        value: Self.answerValue(level: row[1], number: row[2], text: row[3], notApplicable: row[4], kind: kinds[criterionID]),
                                        comment: row[5], origin: row[6]))
            }
            return Assessment(id: summary.id, organisationSlug: summary.organisationSlug, referentiel: summary.referentiel,
                              date: summary.date, label: summary.label, status: summary.status,
                              respondents: order.compactMap { respondents[$0] }, consensus: consensus)
        }
    }

    /// Records (or replaces) the value agreed by the group for one criterion.
    public func setConsensus(_ answer: Answer, assessmentID: Int64) throws {
        try writeTransaction { db in
            try db.execute(sql: "DELETE FROM consensus_answer WHERE assessment_id = ? AND criterion_id = ?", arguments: [assessmentID, answer.criterionID])
            try AssessmentInserter(db).insertConsensus(answer, assessmentID: assessmentID)
        }
    }
}
