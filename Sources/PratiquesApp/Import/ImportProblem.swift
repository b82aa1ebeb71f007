import PratiquesCore

/// What is wrong with one item of an import.
public enum ImportProblem: Sendable, Hashable {
    /// Found while reading the file (its format, a value…).
    case invalid(ValidationRule, Bilingual)
    case unknownOrganisation(String)
    case unknownReferentielVersion(ReferentielReference)
    case changedWithoutBump(ChangedGrid)
    /// The same assessment (organisation, grid version, label) twice in the files.
    case duplicateInFiles(organisation: String, referentiel: ReferentielReference, label: String, first: SourceLocation)
    /// The assessment is stored already; `draft` is its id when it is a draft (respondents can join it).
    case alreadyStored(organisation: String, referentiel: ReferentielReference, label: String, draft: Int64?)
    /// Respondents to add to an assessment that is not stored.
    case unknownAssessment(Int64)
    /// Respondents to add to another organisation's assessment, or one on another grid version.
    case otherAssessment(AssessmentSummary, organisation: String, referentiel: ReferentielReference)
    /// Respondents to add to a complete assessment.
    case completeAssessment(Int64)
    /// The file declares a stored organisation with another value (and `--update-org` was not given).
    case organisationDiffers(organisation: String, field: String, old: String, new: String)
    /// The file declares another consent to be named than the stored one (only `org consent` changes it).
    case consentDiffers(organisation: String, stored: Bool)

    public var rule: ValidationRule {
        switch self {
        case .invalid(let rule, _): return rule
        case .unknownOrganisation: return .unknownOrganisation
        case .unknownReferentielVersion: return .unknownReferentielVersion
        case .changedWithoutBump: return .fileChangedWithoutBump
        case .duplicateInFiles, .alreadyStored: return .duplicateAssessment
        case .unknownAssessment: return .unknownAssessment
        case .otherAssessment, .completeAssessment: return .assessmentMismatch
        case .organisationDiffers, .consentDiffers: return .invalidValue
        }
    }

    /// The explanation in both languages.
    public var text: Bilingual { ImportMessage.text(of: self) }
}
