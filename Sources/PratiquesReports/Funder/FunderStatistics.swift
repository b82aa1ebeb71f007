import PratiquesCore

/// What the funder workbook publishes, decided in one place by the ``DisclosureRule``;
/// ``FunderWorkbook`` only writes it. A figure is either shown with its n, or withheld with
/// the reason (no figure, no n).
///
/// Every figure of a grid rests on its panel (``CohortPanel``: the organisations with an overall
/// score at every session) or on a group K or more organisations smaller; means, changes and
/// quartiles are whole points, shares whole percent; median and quartiles only from 2K
/// organisations; a criterion's levels are not given when all its organisations, or all but
/// one, are at one level; no mean that K − 2 organisations could turn into the others' scores
/// at a bound of the scale; minimum and maximum never.
public struct FunderStatistics: Sendable {
    /// Why a figure is not given.
    public enum Withheld: Sendable, Hashable {
        /// Its group has fewer than K organisations.
        case smallGroup
        /// Its group differs from the panel (or its dimension's group) by fewer than K organisations.
        case nearGroup
        /// All the organisations, or all but one, are at the same level; or all but K − 2 at the
        /// top (or bottom) of the scale.
        case concentrated
    }

    public enum Published<Value: Sendable>: Sendable {
        case shown(Value)
        case withheld(Withheld)

        public var value: Value? { if case .shown(let value) = self { return value } else { return nil } }
        public var reason: Withheld? { if case .withheld(let reason) = self { return reason } else { return nil } }
    }

    /// A dimension's figures at a session, in whole points.
    public struct Figure: Sendable {
        public var n: Int
        public var mean: Double?
        /// `nil` below 2K organisations.
        public var median: Double?
        public var firstQuartile: Double?
        public var thirdQuartile: Double?
    }

    /// A paired change between two sessions: whole points, shares in whole percent.
    public struct Change: Sendable {
        public var n: Int
        public var meanChange: Double?
        public var progressed: Double?
        public var stable: Double?
        public var regressed: Double?
    }

    /// A criterion's distribution at a session: shares of organisations at each level (whole
    /// percent) and the mean score (whole points).
    public struct Distribution: Sendable {
        public var n: Int
        public var shares: [Double]
        public var meanScore: Double?
    }

    public struct Criterion: Sendable {
        public var criterionID: String
        public var dimensionID: String
        public var maxLevel: Int
        /// Per session.
        public var distributions: [Published<Distribution>]
        /// From the first to the last session.
        public var change: Published<Change>
    }

    public struct Grid: Sendable {
        public var referentiel: Referentiel
        public var sessions: [String]
        /// Dimension ids; index `dimensionIDs.count` is the overall score.
        public var dimensionIDs: [String]
        /// Organisations of the panel, when it has K or more.
        public var panelSize: Published<Int>
        /// Organisations assessed on the grid at some session but not at every one: in no figure.
        public var leftOut: Int
        /// `[session][dimension]`.
        public var figures: [[Published<Figure>]]
        public var pairs: [SessionPair]
        /// `[pair][dimension]`.
        public var changes: [[Published<Change>]]
        public var criteria: [Criterion]

        /// Whether nothing of the grid is published.
        public var isFullyWithheld: Bool { panelSize.value == nil }
        /// Whether some group of the grid has its median and quartiles.
        public var hasQuartiles: Bool { figures.contains { $0.contains { $0.value?.median != nil } } }
        public var dimensionCount: Int { dimensionIDs.count + 1 }

        public func dimensionTitle(_ index: Int, in language: Language) -> String {
            if index == dimensionIDs.count { return language == .fr ? "Global" : "Overall" }
            return referentiel.dimensions.first { $0.id == dimensionIDs[index] }?.title.text(in: language) ?? dimensionIDs[index]
        }
    }

    public var rule: DisclosureRule
    public var grids: [Grid]

    /// K: the smallest group published.
    public var minimumGroup: Int { rule.minimumGroup }

    /// Applies `rule` to every grid of `comparison`.
    public init(comparison: CohortComparison, rule: DisclosureRule) {
        self.rule = rule
        grids = comparison.grids.map { Self.grid($0, rule: rule) }
    }

    static func grid(_ grid: CohortGridComparison, rule: DisclosureRule) -> Grid {
        let panel = CohortPanel(grid)
        let panelSize = panel.members.count
        let sessionCount = grid.sessions.count
        func whole(_ value: Double?) -> Double? { value.map(DisclosureRule.wholePoints) }
        func percent(_ value: Double?) -> Double? { value.map(DisclosureRule.wholePercent) }
        func change(_ progress: PairedProgress) -> Change {
            let shares = progress.shares
            return Change(n: progress.n, meanChange: whole(progress.meanChange), progressed: percent(shares?.progressed),
                          stable: percent(shares?.stable), regressed: percent(shares?.regressed))
        }
        /// Why a group nested in the panel (and in `outer` members, when given) is withheld, if it is.
        func withheld(_ size: Int, within outer: Int? = nil) -> Withheld? {
            if !rule.allowsGroup(size) || !rule.allowsGroup(panelSize) { return .smallGroup }
            if !rule.allowsSubgroup(size, of: panelSize) { return .nearGroup }
            if let outer, !rule.allowsSubgroup(size, of: outer) { return .nearGroup }
            return nil
        }
        // A dimension pinned at a bound at any session goes whole: its change would give the mean back.
        let dimensionReasons = panel.dimensions.map { dimension in
            withheld(dimension.members.count) ?? (dimension.scores.contains { rule.pinsAtBound($0) } ? .concentrated : nil)
        }
        let figures = (0..<sessionCount).map { session in
            panel.dimensions.indices.map { dimension -> Published<Figure> in
                if let reason = dimensionReasons[dimension] { return .withheld(reason) }
                let statistics = panel.dimensions[dimension].statistics[session]
                let quartiles = rule.allowsQuartiles(statistics.n)
                return .shown(Figure(n: statistics.n, mean: whole(statistics.mean), median: quartiles ? whole(statistics.median) : nil,
                                     firstQuartile: quartiles ? whole(statistics.firstQuartile) : nil,
                                     thirdQuartile: quartiles ? whole(statistics.thirdQuartile) : nil))
            }
        }
        let changes = grid.pairs.indices.map { pair in
            panel.dimensions.indices.map { dimension -> Published<Change> in
                if let reason = dimensionReasons[dimension] { return .withheld(reason) }
                return .shown(change(panel.dimensions[dimension].progress[pair]))
            }
        }
        let criteria = panel.criteria.map { criterion in
            let n = criterion.members.count
            let reason = withheld(n, within: panel.dimensions[criterion.dimension].members.count)
            let distributions = criterion.levelCounts.enumerated().map { session, counts -> Published<Distribution> in
                if let reason { return .withheld(reason) }
                if rule.isConcentrated(counts) || rule.pinsAtBound(criterion.scores[session]) { return .withheld(.concentrated) }
                return .shown(Distribution(n: n, shares: counts.map { DisclosureRule.wholePercent(Double($0) / Double(n)) },
                                           meanScore: whole(criterion.meanScores[session])))
            }
            // The change would give back a withheld mean from the other one.
            let changeReason = reason ?? (distributions.first?.reason ?? distributions.last?.reason)
            return Criterion(criterionID: criterion.criterionID, dimensionID: criterion.dimensionID, maxLevel: criterion.maxLevel,
                             distributions: distributions,
                             change: changeReason.map { .withheld($0) } ?? (sessionCount >= 2 ? .shown(change(criterion.change)) : .withheld(.smallGroup)))
        }
        return Grid(referentiel: grid.referentiel, sessions: grid.sessions, dimensionIDs: grid.dimensionIDs,
                    panelSize: rule.allowsGroup(panelSize) ? .shown(panelSize) : .withheld(.smallGroup), leftOut: panel.leftOut,
                    figures: figures, pairs: grid.pairs, changes: changes, criteria: criteria)
    }
}
