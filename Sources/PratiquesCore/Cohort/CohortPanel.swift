/// One grid's figures computed on its **panel**: the organisations with an overall score at
/// every session of the cohort. The figures meant for funders rest on it (``DisclosureRule``);
/// the accompanist's statistics (``CohortGridComparison/statistics``) keep every organisation
/// present at a session.
///
/// Within the panel, each dimension has its group (the panel members with a score on it at
/// every session) and each criterion its group (the panel members with a level on it at every
/// session): a dimension's statistics at every session and its paired progress rest on the
/// same organisations, so that no difference between them isolates anyone.
public struct CohortPanel: Sendable {
    /// A dimension (or the overall score) on its group.
    public struct Dimension: Sendable {
        /// Positions in ``CohortGridComparison/organisations``.
        public var members: [Int]
        /// The members' scores per session, in the order of ``members``.
        public var scores: [[Double]]
        /// Per session.
        public var statistics: [DistributionStatistics]
        /// Per pair of ``CohortGridComparison/pairs``.
        public var progress: [PairedProgress]
    }

    /// A criterion on its group.
    public struct Criterion: Sendable {
        public var criterionID: String
        public var dimensionID: String
        /// Position of its dimension in ``CohortPanel/dimensions``.
        public var dimension: Int
        public var maxLevel: Int
        /// Positions in ``CohortGridComparison/organisations``.
        public var members: [Int]
        /// The members' criterion scores per session, in the order of ``members``.
        public var scores: [[Double]]
        /// Members at each level, `[session][level]`.
        public var levelCounts: [[Int]]
        /// Members' mean criterion score (0–100) per session; `nil` without members.
        public var meanScores: [Double?]
        /// Paired change of the criterion score from the first to the last session.
        public var change: PairedProgress
    }

    /// The panel: positions in ``CohortGridComparison/organisations``.
    public var members: [Int]
    /// Organisations with a score at one session at least but not at every one: outside every figure.
    public var leftOut: Int
    /// Per dimension, the overall score last (its group is the panel).
    public var dimensions: [Dimension]
    /// Scored criteria in grid order.
    public var criteria: [Criterion]

    /// The panel of `grid` and its figures.
    public init(_ grid: CohortGridComparison) {
        let sessions = grid.sessions.indices
        let organisations = grid.organisations.indices
        members = organisations.filter { organisation in
            sessions.allSatisfy { grid.score(organisation: organisation, session: $0, dimension: grid.overallIndex) != nil }
        }
        let panel = Set(members)
        leftOut = organisations.filter { organisation in
            !panel.contains(organisation) && sessions.contains { grid.isPresent(organisation: organisation, session: $0) }
        }.count
        let panelMembers = members
        dimensions = (0..<grid.dimensionCount).map { dimension in
            let group = panelMembers.filter { organisation in
                sessions.allSatisfy { grid.score(organisation: organisation, session: $0, dimension: dimension) != nil }
            }
            func value(_ organisation: Int, _ session: Int) -> Double { grid.score(organisation: organisation, session: session, dimension: dimension)! }
            let scores = sessions.map { session in group.map { value($0, session) } }
            return Dimension(members: group, scores: scores, statistics: scores.map { DistributionStatistics($0) },
                             progress: grid.pairs.map { pair in
                                 PairedProgress(changes: group.map { value($0, pair.to) - value($0, pair.from) }, stableThreshold: grid.stableThreshold)
                             })
        }
        let dimensionPositions = Dictionary(grid.dimensionIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        criteria = grid.criteria.enumerated().map { position, summary in
            let group = panelMembers.filter { organisation in
                sessions.allSatisfy { grid.criterionScore(organisation: organisation, session: $0, criterion: position) != nil }
            }
            func score(_ organisation: Int, _ session: Int) -> Double { grid.criterionScore(organisation: organisation, session: session, criterion: position)! }
            let scores = sessions.map { session in group.map { score($0, session) } }
            let counts = scores.map { values in
                values.reduce(into: Array(repeating: 0, count: summary.maxLevel + 1)) {
                    $0[CohortGridComparison.CriterionSummary.level(ofScore: $1, maxLevel: summary.maxLevel)] += 1
                }
            }
            let means = scores.map { values in values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }
            let changes = grid.sessions.count >= 2 ? group.map { score($0, grid.sessions.count - 1) - score($0, 0) } : []
            return Criterion(criterionID: summary.criterionID, dimensionID: summary.dimensionID,
                             dimension: dimensionPositions[summary.dimensionID] ?? grid.overallIndex, maxLevel: summary.maxLevel,
                             members: group, scores: scores, levelCounts: counts, meanScores: means,
                             change: PairedProgress(changes: changes, stableThreshold: grid.stableThreshold))
        }
    }
}
