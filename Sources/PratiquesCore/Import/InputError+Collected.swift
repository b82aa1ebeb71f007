extension InputError {
    /// Most issues reported for one import file; the rest are counted in a last line. A file
    /// with thousands of errors is the wrong file: the first ones say so.
    public static let maximumIssues = 200

    /// The issues collected in a file: a document too complex to walk first (it explains the
    /// rest), then the first ones up to ``maximumIssues``, and a line counting the others, at
    /// the place of the first one not shown.
    public init(collected issues: [ValidationIssue]) {
        let ordered = issues.filter { $0.rule == .documentTooComplex } + issues.filter { $0.rule != .documentTooComplex }
        guard ordered.count > Self.maximumIssues else {
            self.init(issues: ordered)
            return
        }
        let more = ordered.count - Self.maximumIssues
        self.init(issues: Array(ordered.prefix(Self.maximumIssues)) + [ValidationIssue(
            location: ordered[Self.maximumIssues].location, field: "", rule: ordered[Self.maximumIssues].rule,
            detail: Bilingual(fr: "et \(more) autre(s) erreur(s) à partir d'ici, non affichée(s)",
                              en: "and \(more) more error(s) from here on, not shown"))])
    }
}
