/// One error found in a référentiel file: where, which field, which rule, and what to do.
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    /// The path of the field in the grid (`dimensions[1].criteria[0].weight`), empty for the whole file.
    public var field: String
    public var rule: ValidationRule
    /// The specific explanation, in both languages.
    public var detail: Bilingual

    public init(location: SourceLocation, field: String, rule: ValidationRule, detail: Bilingual) {
        self.location = location
        self.field = field
        self.rule = rule
        self.detail = detail
    }

    /// `file:line:column: field: explanation [rule]`.
    public func message(in language: Language) -> String {
        let fieldPart = field.isEmpty ? "" : "\(field): "
        let rulePart = language == .fr ? "règle" : "rule"
        return "\(location): \(fieldPart)\(detail.text(in: language)) [\(rulePart) \(rule.rawValue)]"
    }

    public var description: String { message(in: .en) }
}

/// Input that was refused (a référentiel, an import file…), with every error found in it.
public struct InputError: LocalizedFailure, Sendable {
    public var issues: [ValidationIssue]

    public init(issues: [ValidationIssue]) {
        self.issues = issues
    }

    /// One located issue.
    public init(_ location: SourceLocation, field: String = "", _ rule: ValidationRule, fr: String, en: String) {
        self.issues = [ValidationIssue(location: location, field: field, rule: rule, detail: Bilingual(fr: fr, en: en))]
    }

    public func message(in language: Language) -> String {
        issues.map { $0.message(in: language) }.joined(separator: "\n")
    }
}
