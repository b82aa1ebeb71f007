import PratiquesCore

/// A draft assessment just written to the store.
public struct CreatedDraft: Sendable {
    /// Its id in the store.
    public var id: Int64
    /// The draft as stored: on the newest version of the grid, status `draft`.
    public var assessment: Assessment
    /// The version it is on.
    public var referentiel: LoadedReferentiel
    /// What was carried from the earlier assessment, when the draft starts from one.
    public var carried: CarriedAssessment?

    /// Criteria of the draft's version that no respondent (nor the consensus) has an answer
    /// for: they must be answered fresh.
    public var unanswered: [String] {
        referentiel.referentiel.criteria.map(\.id).filter { id in
            assessment.consensus[id] == nil && !assessment.respondents.contains { $0.answers[id] != nil }
        }
    }
}
