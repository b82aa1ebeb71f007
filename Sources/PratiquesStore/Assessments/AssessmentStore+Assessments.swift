import GRDB
import PratiquesCore

extension AssessmentStore {
    /// Assessments, oldest first; only those of one organisation when `organisationSlug` is set.
    public func assessmentSummaries(organisationSlug: String? = nil) throws -> [AssessmentSummary] {
        try pool.read { db in
            if let organisationSlug {
                return try Row.fetchAll(db, sql: AssessmentSummary.selection + " WHERE o.slug = ? ORDER BY a.date, s.referentiel_id, a.id",
                                        arguments: [organisationSlug]).map(AssessmentSummary.init(row:))
            }
            return try Row.fetchAll(db, sql: AssessmentSummary.selection + " ORDER BY o.slug, a.date, s.referentiel_id, a.id").map(AssessmentSummary.init(row:))
        }
    }

    /// One assessment's summary.
    public func assessmentSummary(id: Int64) throws -> AssessmentSummary? {
        try pool.read { db in try Row.fetchOne(db, sql: AssessmentSummary.selection + " WHERE a.id = ?", arguments: [id]).map(AssessmentSummary.init(row:)) }
    }

    /// One assessment with every respondent's answers and the consensus values.
    public func assessment(id: Int64) throws -> Assessment? {
        guard let summary = try assessmentSummary(id: id) else { return nil }
        return try assessment(summary)
    }

    /// The full assessment behind a summary: respondents in their order, answers as given.
    public func assessment(_ summary: AssessmentSummary) throws -> Assessment {
        try pool.read { db in
            var respondents: [Int64: Respondent] = [:]
            var order: [Int64] = []
            for row in try Row.fetchAll(db, sql: "SELECT id, role, name FROM respondent WHERE assessment_id = ? ORDER BY position", arguments: [summary.id]) {
                let id: Int64 = row["id"]
                order.append(id)
                respondents[id] = Respondent(id: id, role: RespondentRole(rawValue: row["role"]) ?? .salarie, name: row["name"])
            }
            let answers = try Row.fetchCursor(db, sql: """
                SELECT a.respondent_id, a.criterion_id, \(AnswerColumns.names), a.comment, a.origin
                FROM answer a JOIN respondent r ON r.id = a.respondent_id WHERE r.assessment_id = ?
                """, arguments: [summary.id])
            while let row = try answers.next() {
                let answer = Answer(row: row)
                respondents[row["respondent_id"]]?.answers[answer.criterionID] = answer
            }
            let consensus = try Row.fetchAll(db, sql: """
                SELECT criterion_id, \(AnswerColumns.names), comment, origin FROM consensus_answer WHERE assessment_id = ?
                """, arguments: [summary.id]).map(Answer.init(row:))
            return Assessment(id: summary.id, organisationSlug: summary.organisationSlug, referentiel: summary.referentiel,
                              date: summary.date, label: summary.label, status: summary.status,
                              respondents: order.compactMap { respondents[$0] }, consensus: consensus)
        }
    }

    /// The newest draft of an organisation on one version of a grid, if any.
    public func newestDraft(organisationSlug: String, referentielID: String, version: SemanticVersion) throws -> AssessmentSummary? {
        try assessmentSummaries(organisationSlug: organisationSlug)
            .filter { $0.status == .draft && $0.referentiel.id == referentielID && $0.referentiel.version == version }
            .max { $0.id < $1.id }
    }
}
