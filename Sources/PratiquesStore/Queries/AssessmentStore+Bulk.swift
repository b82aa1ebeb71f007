import GRDB
import PratiquesCore

extension AssessmentStore {
    /// Visits every stored assessment with all its answers, reading the whole store in three
    /// queries (summaries, respondents, answers in respondent order) instead of three per
    /// assessment. Used to score many assessments at once (cohorts, benchmarks).
    public func forEachAssessment(_ body: (AssessmentSummary, Assessment) throws -> Void) throws {
        let summaries = try assessmentSummaries()
        guard !summaries.isEmpty else { return }
        var kindsBySnapshot: [Int64: [String: CriterionKind]] = [:]
        for snapshotID in Set(summaries.map(\.snapshotID)) {
            let referentiel = try referentiel(snapshotID: snapshotID).referentiel
            kindsBySnapshot[snapshotID] = Dictionary(referentiel.criteria.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        }
        let byID = Dictionary(uniqueKeysWithValues: summaries.map { ($0.id, $0) })
        var assessments: [Int64: Assessment] = [:]
        var respondentOwner: [Int64: (assessment: Int64, index: Int)] = [:]
        try pool.read { db in
            let respondents = try Row.fetchCursor(db, sql: "SELECT id, assessment_id, role, name FROM respondent ORDER BY assessment_id, position")
            while let row = try respondents.next() {
                let assessmentID: Int64 = row[1]
                guard let summary = byID[assessmentID] else { continue }
                if assessments[assessmentID] == nil {
                    assessments[assessmentID] = Assessment(id: assessmentID, organisationSlug: summary.organisationSlug, referentiel: summary.referentiel,
                                                           date: summary.date, label: summary.label, status: summary.status)
                }
                respondentOwner[row[0]] = (assessmentID, assessments[assessmentID]!.respondents.count)
                assessments[assessmentID]!.respondents.append(Respondent(id: row[0], role: RespondentRole(rawValue: row[2]) ?? .salarie, name: row[3]))
            }
            let answers = try RawStatement(db, sql: """
                SELECT respondent_id, criterion_id, level, number, text, not_applicable, comment, origin FROM answer ORDER BY respondent_id
                """)
            var currentRespondent: Int64 = -1
            var owner: (assessment: Int64, index: Int)?
            var kinds: [String: CriterionKind] = [:]
            var respondentAnswers: [String: Answer] = [:]
            func flush() {
                if let owner { assessments[owner.assessment]!.respondents[owner.index].answers = respondentAnswers }
                respondentAnswers = Dictionary(minimumCapacity: kinds.count)
            }
            while try answers.step() {
                let respondentID = answers.int64(0)
                if respondentID != currentRespondent {
                    flush()
                    currentRespondent = respondentID
                    owner = respondentOwner[respondentID]
                    if let owner, let summary = byID[owner.assessment] { kinds = kindsBySnapshot[summary.snapshotID] ?? [:] }
                }
                guard owner != nil, let criterionID = answers.string(1) else { continue }
                let value = Self.answerValue(level: answers.int(2), number: answers.double(3), text: answers.string(4),
                                             notApplicable: answers.int64(5) != 0, kind: kinds[criterionID])
                respondentAnswers[criterionID] = Answer(criterionID: criterionID, value: value, comment: answers.string(6), origin: answers.string(7))
            }
            flush()
            let consensus = try Row.fetchCursor(db, sql: """
                SELECT assessment_id, criterion_id, level, number, text, not_applicable, comment, origin FROM consensus_answer
                """)
            while let row = try consensus.next() {
                let assessmentID: Int64 = row[0]
                guard let summary = byID[assessmentID] else { continue }
                let criterionID: String = row[1]
                let value = Self.answerValue(level: row[2], number: row[3], text: row[4], notApplicable: row[5],
                                             kind: kindsBySnapshot[summary.snapshotID]?[criterionID])
                assessments[assessmentID]?.consensus[criterionID] = Answer(criterionID: criterionID, value: value, comment: row[6], origin: row[7])
            }
        }
        for summary in summaries {
            let assessment = assessments[summary.id] ?? Assessment(id: summary.id, organisationSlug: summary.organisationSlug,
                                                                   referentiel: summary.referentiel, date: summary.date, label: summary.label,
                                                                   status: summary.status)
            try body(summary, assessment)
        }
    }
}
