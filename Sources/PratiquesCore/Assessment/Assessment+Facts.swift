/// Reading the value of a fact criterion, whatever the assessment holds.
///
/// Assessments given before a criterion became a fact (or imported, or filled by tools that
/// know nothing of facts) hold each respondent's answer instead of one fact. Their fact is
/// read the same way everywhere (scores, carrying, storing): the recorded fact if any; else the
/// consensus, a value the group agreed on; else the respondents' answers in their order, the
/// first value entering the fact and every other value becoming a proposal to settle
/// (``AssessmentFact/entering(_:comment:by:)``). Never a mean.
extension Assessment {
    /// The fact of `criterionID`: recorded, else read from the consensus or the answers;
    /// `nil` when nobody said anything about it.
    public func fact(for criterionID: String) -> AssessmentFact? {
        if let recorded = facts[criterionID] { return recorded }
        if let agreed = consensus[criterionID], agreed.value != nil || agreed.comment != nil {
            return AssessmentFact(criterionID: criterionID, value: agreed.value, comment: agreed.comment, origin: agreed.origin)
        }
        var fact: AssessmentFact?
        for respondent in respondents {
            guard let answer = respondent.answers[criterionID] else { continue }
            var current = fact ?? AssessmentFact(criterionID: criterionID, value: nil, origin: answer.origin)
            if let value = answer.value {
                current = current.entering(value, comment: answer.comment, by: respondent.key)
            } else if let comment = answer.comment, !comment.isEmpty {
                current.comment = AssessmentFact.join(current.comment, comment)
            }
            fact = current
        }
        return fact
    }

    /// The same assessment with a recorded fact for every fact criterion of `referentiel` that
    /// has any answer, read by ``fact(for:)``; the respondents' answers and the consensus of
    /// those criteria are removed, since their values now live in the fact and its proposals.
    /// What a store calls on a draft it creates (from carried answers, say) before keeping it;
    /// never on an import, whose answers are kept as given (``fact(for:)`` reads them).
    public func recordingFacts(of referentiel: Referentiel) -> Assessment {
        var result = self
        for criterion in referentiel.criteria where criterion.isFact {
            guard let fact = fact(for: criterion.id) else { continue }
            result.facts[criterion.id] = fact
            result.consensus[criterion.id] = nil
            for index in result.respondents.indices { result.respondents[index].answers[criterion.id] = nil }
        }
        return result
    }
}
