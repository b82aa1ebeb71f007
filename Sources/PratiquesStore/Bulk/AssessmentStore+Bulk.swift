import GRDB
import PratiquesCore

/// Totals of the stored answers: a check that two bulk writes stored the same rows.
public struct AnswerTotals: Sendable, Equatable {
    /// Answer rows.
    public var rows: Int
    /// Sum of the level values.
    public var levelSum: Int
}

extension AssessmentStore {
    /// The number of answer rows and the sum of their levels.
    public func answerTotals() throws -> AnswerTotals {
        try pool.read { db in
            AnswerTotals(rows: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM answer") ?? 0,
                         levelSum: try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(level), 0) FROM answer") ?? 0)
        }
    }

    /// Visits stored assessments with all their answers, reading the store in four queries
    /// instead of three per assessment, and streaming: each assessment is handed to `body` as
    /// soon as its answers are read, then dropped, so memory stays that of one assessment.
    /// Assessments are visited in the order of their ids; with `only`, just those ids (the other
    /// rows are skipped without being decoded). The bulk read behind cohort statistics and the
    /// benchmarks.
    public func forEachAssessment(only: Set<Int64>? = nil, _ body: (AssessmentSummary, Assessment) throws -> Void) throws {
        let summaries = try assessmentSummaries().filter { only?.contains($0.id) ?? true }
        guard !summaries.isEmpty else { return }
        let byID = Dictionary(uniqueKeysWithValues: summaries.map { ($0.id, $0) })
        try pool.read { db in
            // Respondents (few rows): who belongs to which assessment.
            var respondentsByAssessment: [Int64: [Respondent]] = [:]
            var respondentOwner: [Int64: (assessment: Int64, index: Int)] = [:]
            let respondents = try Row.fetchCursor(db, sql: "SELECT id, assessment_id, role, name FROM respondent ORDER BY assessment_id, position")
            while let row = try respondents.next() {
                let assessmentID: Int64 = row["assessment_id"]
                guard byID[assessmentID] != nil else { continue }
                respondentOwner[row["id"]] = (assessmentID, respondentsByAssessment[assessmentID, default: []].count)
                respondentsByAssessment[assessmentID, default: []].append(
                    Respondent(id: row["id"], role: RespondentRole(rawValue: row["role"]) ?? .salarie, name: row["name"]))
            }
            // Consensus values (few rows).
            var consensusByAssessment: [Int64: [Answer]] = [:]
            let consensus = try Row.fetchCursor(db, sql: "SELECT assessment_id, criterion_id, \(AnswerColumns.names), comment, origin FROM consensus_answer")
            while let row = try consensus.next() {
                let assessmentID: Int64 = row["assessment_id"]
                guard byID[assessmentID] != nil else { continue }
                consensusByAssessment[assessmentID, default: []].append(Answer(row: row))
            }
            var visited: Set<Int64> = []
            func makeAssessment(_ summary: AssessmentSummary) -> Assessment {
                Assessment(id: summary.id, organisationSlug: summary.organisationSlug, referentiel: summary.referentiel, date: summary.date,
                           label: summary.label, status: summary.status, respondents: respondentsByAssessment[summary.id] ?? [],
                           consensus: consensusByAssessment[summary.id] ?? [])
            }
            // Answers grouped by assessment then respondent (the respondent index gives this order
            // without sorting), read through the raw C API: the hot path.
            let answers = try RawStatement(db, sql: """
                SELECT a.respondent_id, a.criterion_id, a.level, a.yes_no, a.number, a.text, a.not_applicable, a.comment, a.origin
                FROM respondent r JOIN answer a ON a.respondent_id = r.id ORDER BY r.assessment_id, r.id
                """)
            enum Column {
                static let respondent: Int32 = 0, criterion: Int32 = 1, level: Int32 = 2, yesNo: Int32 = 3, number: Int32 = 4, text: Int32 = 5
                static let notApplicable: Int32 = 6, comment: Int32 = 7, origin: Int32 = 8
            }
            var current: (summary: AssessmentSummary, assessment: Assessment)?
            var currentRespondent: Int64 = -1
            var owner: (assessment: Int64, index: Int)?
            // The previous respondent's number of answers: the next one most likely has as many.
            var capacity = 0
            var respondentAnswers: [String: Answer] = [:]
            func flushRespondent() {
                if let owner, current?.summary.id == owner.assessment, !respondentAnswers.isEmpty {
                    current!.assessment.respondents[owner.index].answers = respondentAnswers
                    capacity = respondentAnswers.count
                }
                respondentAnswers = Dictionary(minimumCapacity: capacity)
            }
            func flushAssessment() throws {
                flushRespondent()
                if let finished = current {
                    visited.insert(finished.summary.id)
                    try body(finished.summary, finished.assessment)
                }
                current = nil
            }
            while try answers.step() {
                let respondentID = answers.int64(Column.respondent)
                if respondentID != currentRespondent {
                    flushRespondent()
                    currentRespondent = respondentID
                    owner = respondentOwner[respondentID]
                    if let owner, current?.summary.id != owner.assessment {
                        try flushAssessment()
                        if let summary = byID[owner.assessment], !visited.contains(summary.id) {
                            current = (summary, makeAssessment(summary))
                        }
                    }
                }
                guard current != nil, owner != nil, let criterionID = answers.string(Column.criterion) else { continue }
                let columns = AnswerColumns(level: answers.int(Column.level), yesNo: answers.bool(Column.yesNo), number: answers.double(Column.number),
                                            text: answers.string(Column.text), notApplicable: answers.int64(Column.notApplicable) != 0)
                respondentAnswers[criterionID] = Answer(criterionID: criterionID, value: columns.value, comment: answers.string(Column.comment),
                                                        origin: answers.string(Column.origin))
            }
            try flushAssessment()
            // Assessments without any answer row.
            for summary in summaries where !visited.contains(summary.id) {
                try body(summary, makeAssessment(summary))
            }
        }
    }
}
