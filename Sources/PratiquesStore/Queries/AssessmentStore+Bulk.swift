import GRDB
import PratiquesCore

extension AssessmentStore {
    /// Visits every stored assessment with all its answers, reading the whole store in four
    /// queries instead of three per assessment, and streaming: each assessment is handed to
    /// `body` as soon as its answers are read, then dropped, so memory stays that of one
    /// assessment. Assessments are visited in the order of their ids.
    /// Used to score many assessments at once (cohorts, benchmarks).
    public func forEachAssessment(_ body: (AssessmentSummary, Assessment) throws -> Void) throws {
        let summaries = try assessmentSummaries()
        guard !summaries.isEmpty else { return }
        // The stored `level` column holds levels and yes/no: only yes/no criteria need their
        // kind looked up (most grids have none).
        var kindsBySnapshot: [Int64: [String: CriterionKind]] = [:]
        var criterionCounts: [Int64: Int] = [:]
        for snapshotID in Set(summaries.map(\.snapshotID)) {
            let referentiel = try referentiel(snapshotID: snapshotID).referentiel
            kindsBySnapshot[snapshotID] = Dictionary(referentiel.criteria.filter { $0.kind == .yesNo }.map { ($0.id, $0.kind) },
                                                     uniquingKeysWith: { a, _ in a })
            criterionCounts[snapshotID] = referentiel.criteria.count
        }
        let byID = Dictionary(uniqueKeysWithValues: summaries.map { ($0.id, $0) })
        try pool.read { db in
            // Respondents (few rows): who belongs to which assessment.
            var respondentsByAssessment: [Int64: [Respondent]] = [:]
            var respondentOwner: [Int64: (assessment: Int64, index: Int)] = [:]
            let respondents = try Row.fetchCursor(db, sql: "SELECT id, assessment_id, role, name FROM respondent ORDER BY assessment_id, position")
            while let row = try respondents.next() {
                let assessmentID: Int64 = row[1]
                respondentOwner[row[0]] = (assessmentID, respondentsByAssessment[assessmentID, default: []].count)
                respondentsByAssessment[assessmentID, default: []].append(
                    Respondent(id: row[0], role: RespondentRole(rawValue: row[2]) ?? .salarie, name: row[3]))
            }
            // Consensus values (few rows).
            var consensusByAssessment: [Int64: [Answer]] = [:]
            let consensus = try Row.fetchCursor(db, sql: """
                SELECT assessment_id, criterion_id, level, number, text, not_applicable, comment, origin FROM consensus_answer
                """)
            while let row = try consensus.next() {
                let assessmentID: Int64 = row[0]
                guard let summary = byID[assessmentID] else { continue }
                let criterionID: String = row[1]
                let value = Self.answerValue(level: row[2], number: row[3], text: row[4], notApplicable: row[5],
                                             kind: kindsBySnapshot[summary.snapshotID]?[criterionID])
                consensusByAssessment[assessmentID, default: []].append(Answer(criterionID: criterionID, value: value, comment: row[6], origin: row[7]))
            }
            var visited: Set<Int64> = []
            func makeAssessment(_ summary: AssessmentSummary) -> Assessment {
                Assessment(id: summary.id, organisationSlug: summary.organisationSlug, referentiel: summary.referentiel, date: summary.date,
                           label: summary.label, status: summary.status, respondents: respondentsByAssessment[summary.id] ?? [],
                           consensus: consensusByAssessment[summary.id] ?? [])
            }
            // Answers grouped by assessment then respondent (the respondent index gives this order
            // without sorting).
            let answers = try RawStatement(db, sql: """
                SELECT a.respondent_id, a.criterion_id, a.level, a.number, a.text, a.not_applicable, a.comment, a.origin
                FROM respondent r JOIN answer a ON a.respondent_id = r.id ORDER BY r.assessment_id, r.id
                """)
            var current: (summary: AssessmentSummary, assessment: Assessment)?
            var currentRespondent: Int64 = -1
            var owner: (assessment: Int64, index: Int)?
            var kinds: [String: CriterionKind] = [:]
            var capacity = 0
            var respondentAnswers: [String: Answer] = [:]
            func flushRespondent() {
                if let owner, current?.summary.id == owner.assessment, !respondentAnswers.isEmpty {
                    current!.assessment.respondents[owner.index].answers = respondentAnswers
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
                let respondentID = answers.int64(0)
                if respondentID != currentRespondent {
                    flushRespondent()
                    currentRespondent = respondentID
                    owner = respondentOwner[respondentID]
                    if let owner, current?.summary.id != owner.assessment {
                        try flushAssessment()
                        if let summary = byID[owner.assessment], !visited.contains(summary.id) {
                            current = (summary, makeAssessment(summary))
                            kinds = kindsBySnapshot[summary.snapshotID] ?? [:]
                            capacity = criterionCounts[summary.snapshotID] ?? 0
                            respondentAnswers = Dictionary(minimumCapacity: capacity)
                        }
                    }
                }
                guard current != nil, let criterionID = answers.string(1) else { continue }
                let value = Self.answerValue(level: answers.int(2), number: answers.double(3), text: answers.string(4),
                                             notApplicable: answers.int64(5) != 0, kind: kinds.isEmpty ? nil : kinds[criterionID])
                respondentAnswers[criterionID] = Answer(criterionID: criterionID, value: value, comment: answers.string(6), origin: answers.string(7))
            }
            try flushAssessment()
            // Assessments without any answer row.
            for summary in summaries where !visited.contains(summary.id) {
                try body(summary, makeAssessment(summary))
            }
        }
    }
}
