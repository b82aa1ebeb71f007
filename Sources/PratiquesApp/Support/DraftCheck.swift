import PratiquesCore

/// The one check that a stored assessment can take a person's answers: it is the draft of
/// that organisation on that grid (and version, when one is given).
enum DraftCheck {
    enum Problem: Equatable {
        /// Another organisation's, or on another grid or version.
        case ofAnother
        /// Complete: no more answers.
        case complete
    }

    static func problem(with summary: AssessmentSummary, organisation: String, referentiel: String, version: SemanticVersion? = nil) -> Problem? {
        guard isOf(summary, organisation: organisation, referentiel: referentiel, version: version) else { return .ofAnother }
        return summary.status == .draft ? nil : .complete
    }

    /// Whether the assessment is that organisation's on that grid (and version).
    static func isOf(_ summary: AssessmentSummary, organisation: String, referentiel: String, version: SemanticVersion? = nil) -> Bool {
        summary.organisationSlug == organisation && summary.referentiel.id == referentiel && (version.map { $0 == summary.referentiel.version } ?? true)
    }
}
