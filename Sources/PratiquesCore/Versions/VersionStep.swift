/// How the criteria of one version of a grid map onto the next version of the same grid.
///
/// A major version carries its ``Migration``: each step names old and new criteria. Between a
/// version and its minor or patch successor there is no migration: criteria are matched by id.
/// Either way every criterion of the newer version gets a ``VersionStep/Link`` to its sources
/// in the older one, or is listed as ``VersionStep/added``; old criteria with no successor are
/// ``VersionStep/dropped``.
public struct VersionStep: Sendable {
    /// Where one criterion of the newer version takes its answers from.
    public struct Link: Sendable, Hashable {
        /// The criterion of the newer version.
        public var target: String
        /// Its criteria in the older version (one, or several for a merge).
        public var sources: [String]
        /// `equal`, `split` or `merge` (never `dropped`).
        public var kind: MigrationStep.Kind
        /// How merged answers combine (merges only).
        public var rule: MigrationStep.MergeRule?
    }

    /// A criterion of the newer version whose answers cannot come from the older one.
    public struct Incompatibility: Sendable, Hashable {
        public var target: String
        public var sources: [String]
        /// Why (kind or scale changed), in both languages.
        public var reason: Bilingual
    }

    public let from: Referentiel
    public let to: Referentiel
    /// Links by target criterion, in the newer version's display order.
    public let links: [Link]
    /// Criteria of the newer version with no predecessor.
    public let added: [String]
    /// Criteria of the older version with no successor.
    public let dropped: [String]
    /// Criteria mapped by the migration whose answers cannot be carried (kind or scale changed).
    public let incompatible: [Incompatibility]

    /// Builds the step from `from` to `to` (two versions of one grid, `from` older): through
    /// `to.migration` when it starts from `from`, else by id.
    public init(from: Referentiel, to: Referentiel) {
        self.from = from
        self.to = to
        var links: [Link] = []
        var incompatible: [Incompatibility] = []
        var dropped: [String] = []
        var linked = Set<String>()
        func add(_ link: Link) {
            if let reason = Self.incompatibility(of: link, from: from, to: to) {
                incompatible.append(Incompatibility(target: link.target, sources: link.sources, reason: reason))
            } else {
                links.append(link)
            }
            linked.insert(link.target)
        }
        if let migration = to.migration, migration.from == from.version {
            var byTarget: [String: Link] = [:]
            for step in migration.steps {
                switch step.kind {
                case .dropped:
                    dropped += step.from
                case .equal, .split, .merge:
                    for target in step.to where to.criterion(id: target) != nil {
                        byTarget[target] = Link(target: target, sources: step.from.filter { from.criterion(id: $0) != nil },
                                                kind: step.kind, rule: step.rule)
                    }
                }
            }
            for criterion in to.criteria {
                if let link = byTarget[criterion.id], !link.sources.isEmpty { add(link) }
            }
        } else {
            for criterion in to.criteria where from.criterion(id: criterion.id) != nil {
                add(Link(target: criterion.id, sources: [criterion.id], kind: .equal, rule: nil))
            }
            dropped = from.criteria.map(\.id).filter { to.criterion(id: $0) == nil }
        }
        self.links = links
        self.incompatible = incompatible
        self.added = to.criteria.map(\.id).filter { !linked.contains($0) }
        self.dropped = dropped
    }

    /// Why answers of `link.sources` cannot become answers of `link.target`, or `nil` when they can.
    ///
    /// Equal and split steps keep the value: the kind must be the same, every level of the
    /// old scale must exist in the new one, and a yes/no keeps its polarity. (A number keeps its
    /// raw value: new bands score it anew.) A merge combines values in level units: its target
    /// must be a `level` or `yes_no` criterion and its sources must be scored.
    static func incompatibility(of link: Link, from: Referentiel, to: Referentiel) -> Bilingual? {
        guard let target = to.criterion(id: link.target) else { return nil }
        let sources = link.sources.compactMap { from.criterion(id: $0) }
        if link.kind == .merge {
            if target.kind != .level && target.kind != .yesNo || sources.contains(where: { !$0.isScored }) {
                return Bilingual(fr: "fusion impossible à reporter (type \(target.kind.rawValue))",
                                 en: "merge cannot be carried (kind \(target.kind.rawValue))")
            }
            return nil
        }
        for source in sources {
            if source.kind != target.kind {
                return Bilingual(fr: "type changé (\(source.kind.rawValue) → \(target.kind.rawValue))",
                                 en: "kind changed (\(source.kind.rawValue) → \(target.kind.rawValue))")
            }
            if source.kind == .yesNo && source.yesIs != target.yesIs {
                return Bilingual(fr: "polarité changée (« oui » \(source.yesIs == .good ? "bon" : "mauvais") → \(target.yesIs == .good ? "bon" : "mauvais"))",
                                 en: "polarity changed ('yes' \(source.yesIs.rawValue) → \(target.yesIs.rawValue))")
            }
            if source.kind == .level {
                let old = Set(source.scaleID.flatMap(from.scale(id:))?.levels.map(\.value) ?? [])
                let new = Set(target.scaleID.flatMap(to.scale(id:))?.levels.map(\.value) ?? [])
                if !old.isSubset(of: new) {
                    return Bilingual(fr: "échelle changée (niveaux \(old.sorted()) → \(new.sorted()))",
                                     en: "scale changed (levels \(old.sorted()) → \(new.sorted()))")
                }
            }
        }
        return nil
    }
}
