import PratiquesCore
import PratiquesStore

/// Prints a new draft: what was carried from the earlier assessment, criterion by criterion,
/// and what must be answered fresh.
struct DraftPrinter {
    var language: Language

    func render(_ draft: CreatedDraft) -> String {
        let fr = language == .fr
        let assessment = draft.assessment
        let referentiel = draft.referentiel.referentiel
        var lines = [fr ? "Brouillon \(draft.id) créé : \(assessment.organisationSlug), \(referentiel.reference), « \(assessment.label) » (\(assessment.date))"
                        : "Draft \(draft.id) created: \(assessment.organisationSlug), \(referentiel.reference), '\(assessment.label)' (\(assessment.date))"]
        guard let carried = draft.carried else {
            lines.append(fr ? "Aucune réponse : à remplir avec « pratiques fill \(draft.id) »." : "No answer yet: fill it with 'pratiques fill \(draft.id)'.")
            return lines.joined(separator: "\n")
        }
        let report = carried.report
        let people = assessment.respondents.map { $0.role.label(in: language) + ($0.name.map { " (\($0))" } ?? "") }
        lines.append((fr ? "Repris de l'évaluation « \(carried.original.label) » (\(report.from)), " : "Carried from assessment '\(carried.original.label)' (\(report.from)), ")
                     + (report.isCarried ? (fr ? "versions \(report.pathText)" : "versions \(report.pathText)") : (fr ? "même version" : "same version")))
        lines.append((fr ? "Répondants : " : "Respondents: ") + people.joined(separator: ", "))
        let header = [fr ? "critère" : "criterion", fr ? "reprise" : "carried", fr ? "réponses" : "answers"]
        var rows: [[String]] = []
        var carriedAnswers = 0
        for criterion in referentiel.criteria {
            let count = assessment.respondents.filter { $0.answers[criterion.id] != nil }.count
            carriedAnswers += count
            let how: String
            if let trace = report.trace(of: criterion.id) {
                how = trace.isEqual ? trace.how(in: language) : "\(trace.sourceIDs.joined(separator: " + ")) → \(trace.how(in: language))"
            } else {
                how = fr ? "à renseigner" : "to answer"
            }
            rows.append([criterion.id, how, count == 0 ? "—" : "\(count)" + (assessment.consensus[criterion.id] != nil ? " + consensus" : "")])
        }
        lines.append(TextTable.render(header: header, rows: rows, rightAligned: [2]))
        lines.append(fr ? "\(carriedAnswers) réponse(s) reprise(s), chacune marquée de son origine : à confirmer ou changer avec « pratiques fill \(draft.id) »."
                        : "\(carriedAnswers) answer(s) carried, each marked with its origin: confirm or change them with 'pratiques fill \(draft.id)'.")
        let fresh = draft.unanswered
        if !fresh.isEmpty {
            lines.append((fr ? "À renseigner sans reprise : " : "To answer fresh: ") + fresh.joined(separator: ", "))
        }
        let lost = report.notComparable.filter { $0.reason != .added }
        if !lost.isEmpty {
            lines.append((fr ? "Non repris : " : "Not carried: ") + lost.map { $0.describe(in: language) }.joined(separator: " ; "))
        }
        return lines.joined(separator: "\n")
    }
}
