import PratiquesCore
import PratiquesStore

/// How far one respondent of a draft has got.
public struct RespondentProgress: Sendable {
    public var respondent: Respondent
    /// Criteria done (a value that does not await confirmation) of those asked.
    public var done: Int
    public var asked: Int
    /// Carried answers still awaiting this respondent's confirmation.
    public var awaitingConfirmation: Int
}

extension Workspace {
    /// Who has answered how much in a draft, respondent by respondent (in the draft's order),
    /// counted as the respondent's own fill counts.
    public func respondentProgress(assessment id: Int64) throws -> [RespondentProgress] {
        let respondents = try withStore(.read) { store in try store.assessment(requireAssessment(id, store)).respondents }
        return try respondents.compactMap(\.id).map { respondentID in
            let session = try fillSession(assessment: id, respondent: respondentID)
            let awaiting = session.criteria.filter { session.answers[$0.id]?.awaitsConfirmation == true }.count
            return RespondentProgress(respondent: respondents.first { $0.id == respondentID }!, done: session.doneCount,
                                      asked: session.criteria.count, awaitingConfirmation: awaiting)
        }
    }
}
