import PratiquesApp
import PratiquesCore

/// Prints a new draft: what was carried from the earlier assessment, criterion by criterion,
/// and what must be answered fresh.
struct DraftPrinter {
    var language: Language

    func render(_ draft: CreatedDraft) -> String {
        let l = language
        let assessment = draft.assessment
        let referentiel = draft.referentiel.referentiel
        var lines = [AssessText.draftCreated.text(in: l, ["id": draft.id, "organisation": assessment.organisationSlug, "referentiel": referentiel.reference,
                                                           "label": assessment.label, "date": assessment.date])]
        guard let carried = draft.carried else {
            lines.append(AssessText.draftEmpty.text(in: l, ["id": draft.id]))
            return lines.joined(separator: "\n")
        }
        let report = carried.report
        lines.append(AssessText.carriedFrom.text(in: l, ["label": carried.original.label, "from": report.from])
                     + (report.isCarried ? AssessText.versions.text(in: l, ["path": report.pathText]) : AssessText.sameVersion[l]))
        lines.append(AssessText.respondents[l] + assessment.respondents.map { ScoreFormat.respondent(role: $0.role, name: $0.name, l) }.joined(separator: ", "))
        var rows: [[String]] = []
        var carriedAnswers = 0
        for criterion in referentiel.criteria {
            let count = assessment.respondents.filter { $0.answers[criterion.id] != nil }.count
            carriedAnswers += count
            let how: String
            if let trace = report.trace(of: criterion.id) {
                how = trace.isEqual ? trace.how(in: l) : "\(trace.sourceIDs.joined(separator: " + ")) → \(trace.how(in: l))"
            } else {
                how = AssessText.toAnswer[l]
            }
            rows.append([criterion.id, how, count == 0 ? "—" : "\(count)" + (assessment.consensus[criterion.id] != nil ? " + consensus" : "")])
        }
        lines.append(TextTable.render(header: [HeaderText.criterion[l], HeaderText.carried[l], HeaderText.answers[l]], rows: rows, rightAligned: [2]))
        lines.append(AssessText.carriedAnswers.text(in: l, ["n": carriedAnswers, "id": draft.id]))
        if !draft.unanswered.isEmpty {
            lines.append(AssessText.toAnswerFresh[l] + draft.unanswered.joined(separator: ", "))
        }
        let lost = report.notComparable.filter { $0.reason != .added }
        if !lost.isEmpty {
            lines.append(AssessText.notCarried[l] + lost.map { $0.describe(in: l) }.joined(separator: " ; "))
        }
        return lines.joined(separator: "\n")
    }
}
