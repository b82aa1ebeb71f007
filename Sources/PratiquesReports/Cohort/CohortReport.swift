import PratiquesCore

/// Everything the cohort workbooks show, gathered by the caller (from the store, or built in
/// memory as the benchmark does).
public struct CohortReport: Sendable {
    public var comparison: CohortComparison
    /// The member organisations (names, and consent to be named for the funder workbook).
    public var organisations: [Organisation]
    /// `YYYY-MM-DD`.
    public var generatedOn: String
    public var language: Language

    private let names: [String: String]

    public init(comparison: CohortComparison, organisations: [Organisation], generatedOn: String, language: Language) {
        self.comparison = comparison
        self.organisations = organisations
        self.generatedOn = generatedOn
        self.language = language
        names = Dictionary(organisations.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    public var cohort: Cohort { comparison.cohort }

    /// The organisation's name, or its slug when unknown.
    public func name(_ slug: String) -> String { names[slug] ?? slug }

    /// Session label with its date: « T0 (15/03/2024) ».
    func sessionTitle(_ label: String) -> String {
        guard let session = cohort.session(label: label) else { return label }
        return "\(label) (\(ReportText.day(session.date, language)))"
    }
}
