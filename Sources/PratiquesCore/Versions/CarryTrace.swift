/// How one criterion of the newest version takes its answers from an older version, through
/// every step of a chain.
public struct CarryTrace: Sendable, Hashable, Codable {
    /// The criterion of the newest version.
    public var criterionID: String
    /// Its sources in the older version (several after a merge).
    public var sourceIDs: [String]
    /// The non-trivial steps met on the way (`split`, `merge`), in order; empty when the
    /// criterion was carried as it is (`equal` all the way).
    public var kinds: [MigrationStep.Kind]
    /// The rule of the merges met on the way, in order.
    public var rules: [MigrationStep.MergeRule]

    public init(criterionID: String, sourceIDs: [String], kinds: [MigrationStep.Kind] = [], rules: [MigrationStep.MergeRule] = []) {
        self.criterionID = criterionID
        self.sourceIDs = sourceIDs
        self.kinds = kinds
        self.rules = rules
    }

    /// Whether the answers were carried as they are (only `equal` steps).
    public var isEqual: Bool { kinds.isEmpty }

    /// `equal`, `split`, `merge (mean)` or `split + merge (min)`.
    public var how: String {
        guard !kinds.isEmpty else { return MigrationStep.Kind.equal.rawValue }
        var ruleIterator = rules.makeIterator()
        return kinds.map { kind in
            kind == .merge ? "merge (\(ruleIterator.next()?.rawValue ?? "?"))" : kind.rawValue
        }.joined(separator: " + ")
    }

    /// The same, in words for people.
    public func how(in language: Language) -> String {
        guard language == .fr else { return how }
        guard !kinds.isEmpty else { return "identique" }
        var ruleIterator = rules.makeIterator()
        return kinds.map { kind -> String in
            switch kind {
            case .split: return "scission"
            case .merge:
                let rule = ruleIterator.next()
                return "fusion par " + (rule == .min ? "minimum" : rule == .max ? "maximum" : rule == .mean ? "moyenne" : "?")
            case .equal: return "identique"
            case .dropped: return "supprimé"
            }
        }.joined(separator: " + ")
    }

    /// The ``Answer/origin`` written on an answer carried this way:
    /// `gouvernance-democratique@1.0.0 gd.regles-ecrites → gd.regles-redigees (split)`.
    public func origin(from reference: String) -> String {
        "\(reference) \(sourceIDs.joined(separator: " + ")) → \(criterionID) (\(how))"
    }

    /// The trace of `link.target`, given the traces of the criteria of the version it starts
    /// from; `nil` when none of its sources has a trace.
    static func following(_ link: VersionStep.Link, from previous: [String: CarryTrace]) -> CarryTrace? {
        let traces = link.sources.compactMap { previous[$0] }
        guard !traces.isEmpty else { return nil }
        var sources: [String] = []
        for id in traces.flatMap(\.sourceIDs) where !sources.contains(id) { sources.append(id) }
        var kinds = traces.count == 1 ? traces[0].kinds : traces.flatMap(\.kinds)
        var rules = traces.count == 1 ? traces[0].rules : traces.flatMap(\.rules)
        if link.kind != .equal { kinds.append(link.kind) }
        if link.kind == .merge, let rule = link.rule { rules.append(rule) }
        return CarryTrace(criterionID: link.target, sourceIDs: sources, kinds: kinds, rules: rules)
    }
}
