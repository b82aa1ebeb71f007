import PratiquesCore

/// An import refused: every problem found, each located in its file. Nothing was written.
public struct ImportRefusal: LocalizedFailure, Sendable {
    public var issues: [ImportIssue]

    public init(issues: [ImportIssue]) {
        self.issues = issues
    }

    public func message(in language: Language) -> String {
        issues.map { $0.message(in: language) }.joined(separator: "\n")
    }
}

/// One problem of an import, where it was found.
public struct ImportIssue: Sendable, Hashable {
    public var location: SourceLocation
    /// The field (`assessments[2].organisation`, `colonne critere`, `Répondant!B4`).
    public var field: String
    public var problem: ImportProblem

    public init(location: SourceLocation, field: String, problem: ImportProblem) {
        self.location = location
        self.field = field
        self.problem = problem
    }

    /// The problem as a located validation issue (the rule, and the explanation in both languages).
    public var validationIssue: ValidationIssue {
        ValidationIssue(location: location, field: field, rule: problem.rule, detail: problem.text)
    }

    public var rule: ValidationRule { problem.rule }

    /// `file:line:column: field: explanation [rule]`.
    public func message(in language: Language) -> String { validationIssue.message(in: language) }
}

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

    public var rule: ValidationRule {
        switch self {
        case .invalid(let rule, _): return rule
        case .unknownOrganisation: return .unknownOrganisation
        case .unknownReferentielVersion: return .unknownReferentielVersion
        case .changedWithoutBump: return .fileChangedWithoutBump
        case .duplicateInFiles, .alreadyStored: return .duplicateAssessment
        case .unknownAssessment: return .unknownAssessment
        case .otherAssessment, .completeAssessment: return .assessmentMismatch
        }
    }

    /// The explanation in both languages.
    public var text: Bilingual { ImportMessage.text(of: self) }
}
