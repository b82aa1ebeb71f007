import PratiquesCore

/// What the funder workbook publishes, decided in one place from the cohort comparison and
/// the smallest group shown (K); ``FunderWorkbook`` only writes it. A figure is either shown
/// with its n, or withheld (no figure, no n).
///
/// The rule today: a group (organisations behind a figure) of fewer than K organisations is
/// withheld; minimum and maximum are never published; progress is given as shares only. A
/// stricter disclosure rule (one fixed panel per grid, rounding) replaces this type's
/// initialiser without touching the writer.
public struct FunderStatistics: Sendable {
    public enum Published<Value: Sendable>: Sendable {
        case shown(Value)
        case withheld

        public var value: Value? { if case .shown(let value) = self { return value } else { return nil } }
    }

    /// A dimension's figures at a session.
    public struct Figure: Sendable {
        public var n: Int
        public var mean: Double?
        public var median: Double?
        public var firstQuartile: Double?
        public var thirdQuartile: Double?
    }

    /// A paired change between two sessions.
    public struct Change: Sendable {
        public var n: Int
        public var meanChange: Double?
        public var progressed: Double?
        public var stable: Double?
        public var regressed: Double?
    }

    /// A criterion's distribution at a session: shares of organisations at each level.
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
        /// `[session][dimension]`.
        public var figures: [[Published<Figure>]]
        public var pairs: [SessionPair]
        /// `[pair][dimension]`.
        public var changes: [[Published<Change>]]
        public var criteria: [Criterion]

        /// Organisations with an overall score at each session, when that group is shown.
        public var sessionSizes: [Published<Int>] { figures.map { $0.last.map { $0.value.map { .shown($0.n) } ?? .withheld } ?? .withheld } }
        /// Whether nothing of the grid is published.
        public var isFullyWithheld: Bool { figures.allSatisfy { $0.allSatisfy { $0.value == nil } } }
        public var dimensionCount: Int { dimensionIDs.count + 1 }

        public func dimensionTitle(_ index: Int, in language: Language) -> String {
            if index == dimensionIDs.count { return language == .fr ? "Global" : "Overall" }
            return referentiel.dimensions.first { $0.id == dimensionIDs[index] }?.title.text(in: language) ?? dimensionIDs[index]
        }
    }

    public var minimumGroup: Int
    public var grids: [Grid]

    /// Applies the rule to every figure of `comparison`.
    public init(comparison: CohortComparison, minimumGroup: Int) {
        self.minimumGroup = minimumGroup
        func publish<Value>(_ n: Int, _ value: () -> Value) -> Published<Value> { n >= minimumGroup ? .shown(value()) : .withheld }
        grids = comparison.grids.map { grid in
            let figures = grid.statistics.map { session in
                session.map { statistics in
                    publish(statistics.n) {
                        Figure(n: statistics.n, mean: statistics.mean, median: statistics.median,
                               firstQuartile: statistics.firstQuartile, thirdQuartile: statistics.thirdQuartile)
                    }
                }
            }
            func change(_ progress: PairedProgress) -> Published<Change> {
                publish(progress.n) {
                    let shares = progress.shares
                    return Change(n: progress.n, meanChange: progress.meanChange, progressed: shares?.progressed, stable: shares?.stable,
                                  regressed: shares?.regressed)
                }
            }
            let criteria = grid.criteria.map { criterion in
                Criterion(criterionID: criterion.criterionID, dimensionID: criterion.dimensionID, maxLevel: criterion.maxLevel,
                          distributions: grid.sessions.indices.map { session in
                              let n = criterion.n(session: session)
                              return publish(n) {
                                  Distribution(n: n, shares: criterion.levelCounts[session].map { Double($0) / Double(n) },
                                               meanScore: criterion.meanScores[session])
                              }
                          },
                          change: change(criterion.progress))
            }
            return Grid(referentiel: grid.referentiel, sessions: grid.sessions, dimensionIDs: grid.dimensionIDs, figures: figures,
                        pairs: grid.pairs, changes: grid.progress.map { $0.map(change) }, criteria: criteria)
        }
    }
}
