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
