import PratiquesCore

extension OrganisationWorkbook {
    /// What the grid sheet says of a fact or an indicator: ONE value, never a mean.
    /// `Fait : 53 % — indicateur, non noté`, `Fait : 4 ratio → 3 Établi : …`,
    /// `Indicateur : 12 personnes — non noté`, `Indicateur, non noté : réponses différentes`.
    func factOrIndicatorText(_ criterion: Criterion, scored: CriterionScore?, assessment: Assessment, referentiel: Referentiel) -> String {
        let fact = criterion.isFact ? assessment.fact(for: criterion.id) : nil
        let lead = criterion.isFact ? t("Fait", "Fact") : t("Indicateur", "Indicator")
        var value: String?
        if criterion.isFact, let factValue = fact?.value {
            value = answerText(factValue, criterion: criterion, referentiel: referentiel)
        } else if let number = scored?.number {
            value = answerText(.number(number), criterion: criterion, referentiel: referentiel)
        } else if scored?.isNotApplicable == true {
            value = t("non applicable", "not applicable")
        }
        guard let value else {
            let missing = criterion.isFact && fact != nil
                ? t("à trancher", "to settle")
                : assessment.respondents.contains { $0.answers[criterion.id]?.value != nil } ? t("réponses différentes", "answers differ") : t("sans réponse", "no answer")
            return lead + (criterion.isIndicator ? t(", non noté : ", ", not scored: ") : t(" : ", ": ")) + missing
        }
        var text = lead + t(" : ", ": ") + value
        if criterion.isIndicator {
            text += criterion.isFact ? t(" — indicateur, non noté", " — indicator, not scored") : t(" — non noté", " — not scored")
        } else if let level = scored?.value {
            let (label, descriptor) = OrganisationBrief.levelText(criterion, value: level, referentiel: referentiel, language: language)
            text += " → " + (descriptor.isEmpty ? label : label + t(" : ", ": ") + descriptor)
        }
        return text
    }

    /// The answers column of a fact: the values proposed besides the fact, to settle (who
    /// proposed what only with ``OrganisationReport/withNames``, else how many proposed each
    /// value, when more than one did); with names and nothing to settle, who entered it.
    func factAnswers(_ fact: AssessmentFact?, criterion: Criterion, referentiel: Referentiel) -> String {
        guard let fact else { return "" }
        let differing = fact.proposals.filter { $0.value != fact.value }
        guard !differing.isEmpty else {
            guard report.withNames, let key = fact.enteredBy else { return "" }
            return t("Saisi par ", "Entered by ") + who(key)
        }
        let lead = t("À trancher : ", "To settle: ")
        if report.withNames {
            return lead + differing.map { proposal in
                who(proposal.respondent) + t(" : ", ": ") + answerText(proposal.value, criterion: criterion, referentiel: referentiel)
                    + (proposal.comment.map { " « \($0) »" } ?? "")
            }.joined(separator: " ; ")
        }
        var counts: [(text: String, count: Int)] = []
        for proposal in differing {
            let text = answerText(proposal.value, criterion: criterion, referentiel: referentiel)
            if let index = counts.firstIndex(where: { $0.text == text }) { counts[index].count += 1 } else { counts.append((text, 1)) }
        }
        return lead + counts.map { $0.text + ($0.count > 1 ? " (\($0.count) " + t("propositions", "proposals") + ")" : "") }
            .joined(separator: ", ")
    }

    private func who(_ key: RespondentKey) -> String {
        key.role.label(in: language) + (key.name.map { " (\($0))" } ?? "")
    }
}
