/// What carrying answers from one version of a grid to a newer one does, criterion by criterion.
///
/// It depends only on the two versions and the chain between them, not on the answers.
public struct CarryReport: Sendable, Hashable, Codable {
    /// The version the answers were given on.
    public var from: ReferentielReference
    /// The version they are carried onto.
    public var to: ReferentielReference
    /// The versions passed through, `from` and `to` included.
    public var path: [SemanticVersion]
    /// Every criterion of `to` that receives answers, in its display order, with how.
    public var traces: [CarryTrace]
    /// Criteria that cannot be compared: added since `from`, dropped on the way, or changed.
    public var notComparable: [NotComparableCriterion]

    public init(from: ReferentielReference, to: ReferentielReference, path: [SemanticVersion], traces: [CarryTrace],
                notComparable: [NotComparableCriterion]) {
        self.from = from
        self.to = to
        self.path = path
        self.traces = traces
        self.notComparable = notComparable
    }

    /// Whether the answers changed version at all.
    public var isCarried: Bool { from.version != to.version }

    /// The trace of one criterion of `to`.
    public func trace(of criterionID: String) -> CarryTrace? { traces.first { $0.criterionID == criterionID } }

    /// `1.0.0 → 1.1.0 → 2.0.0`.
    public var pathText: String { path.map(\.description).joined(separator: " → ") }

    /// Computes the report of carrying from the first version of `steps` to the last.
    public init(steps: ArraySlice<VersionStep>, origin: ReferentielReference) {
        let start = steps.first?.from
        var traces: [String: CarryTrace] = [:]
        for criterion in start?.criteria ?? [] {
            traces[criterion.id] = CarryTrace(criterionID: criterion.id, sourceIDs: [criterion.id])
        }
        var notComparable: [NotComparableCriterion] = []
        var covered = Set(traces.keys)
        var path = [origin.version]
        for step in steps {
            var next: [String: CarryTrace] = [:]
            for link in step.links {
                if let trace = CarryTrace.following(link, from: traces) { next[link.target] = trace }
            }
            for incompatibility in step.incompatible where incompatibility.sources.contains(where: { traces[$0] != nil }) {
                notComparable.append(NotComparableCriterion(criterionID: incompatibility.target, version: step.to.version, reason: .changed,
                                                            detail: LocalizedText(fr: incompatibility.reason.fr, en: incompatibility.reason.en)))
            }
            let nowCovered = Set(next.values.flatMap(\.sourceIDs))
            let changedSources = Set(step.incompatible.flatMap(\.sources))
            for criterion in start?.criteria ?? [] where covered.contains(criterion.id) && !nowCovered.contains(criterion.id) {
                // Lost through a changed criterion: already listed as `changed`.
                let lostAsChanged = traces.values.contains { $0.sourceIDs.contains(criterion.id) && changedSources.contains($0.criterionID) }
                if !lostAsChanged {
                    notComparable.append(NotComparableCriterion(criterionID: criterion.id, version: step.to.version, reason: .dropped))
                }
            }
            covered = nowCovered
            traces = next
            path.append(step.to.version)
        }
        let end = steps.last?.to ?? start
        for criterion in end?.criteria ?? [] where traces[criterion.id] == nil
            && !notComparable.contains(where: { $0.criterionID == criterion.id && $0.reason == .changed }) {
            let version = steps.last(where: { $0.added.contains(criterion.id) })?.to.version ?? end?.version ?? origin.version
            notComparable.append(NotComparableCriterion(criterionID: criterion.id, version: version, reason: .added))
        }
        self.init(from: origin,
                  to: end.map { ReferentielReference(id: $0.id, version: $0.version) } ?? origin,
                  path: path,
                  traces: (end?.criteria ?? []).compactMap { traces[$0.id] },
                  notComparable: notComparable)
    }
}
