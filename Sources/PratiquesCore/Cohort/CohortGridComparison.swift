/// The comparison of a cohort's sessions on one grid version, computed by
/// ``CohortAccumulator/finish()``.
///
/// Dimension index `dimensionIDs.count` is the overall score (« global »).
public struct CohortGridComparison: Sendable {
    /// What one criterion did across the sessions.
    public struct CriterionSummary: Sendable {
        public var criterionID: String
        public var dimensionID: String
        /// Highest level of the criterion's scale (1 for yes/no).
        public var maxLevel: Int
        /// Organisations at each level, `[session][level]`; an organisation's level is its
        /// criterion value (consensus or mean of respondents) rounded to the nearest level,
        /// halves upwards.
        public var levelCounts: [[Int]]
        /// Mean criterion score (0–100) per session over the organisations that have one.
        public var meanScores: [Double?]
        /// Paired change of the criterion score from the first to the last session.
        public var progress: PairedProgress

        /// Organisations with a level at a session.
        public func n(session: Int) -> Int { levelCounts[session].reduce(0, +) }

        /// The level of a criterion score (0–100) on a scale whose top level is `maxLevel`: the
        /// value (score × maxLevel / 100) rounded to the nearest level, halves upwards.
        public static func level(ofScore score: Double, maxLevel: Int) -> Int {
            Swift.min(maxLevel, Int((score * Double(maxLevel) / 100 + 0.5 + 1e-9).rounded(.down)))
        }
    }

    public var referentiel: Referentiel
    public var sha256: String?
    /// Session labels in order.
    public var sessions: [String]
    /// Slugs, sorted.
    public var organisations: [String]
    public var dimensionIDs: [String]
    /// `[session][dimension]`, the overall score last.
    public var statistics: [[DistributionStatistics]]
    /// Consecutive sessions, then first against last when there are more than two.
    public var pairs: [SessionPair]
    /// `[pair][dimension]`, the overall score last.
    public var progress: [[PairedProgress]]
    /// Scored criteria in grid order.
    public var criteria: [CriterionSummary]
    public var stableThreshold: Double
    /// `[organisation][session][dimension]` flattened; NaN when missing.
    let scores: [Double]
    /// The accumulator's criterion scores, `[organisation][session][criterion]` flattened in the
    /// accumulator's order of organisations, score × 100 rounded; `UInt16.max` when missing.
    let criterionScores: [UInt16]
    /// For each organisation (sorted order), its position in ``criterionScores``.
    let criterionRows: [Int]

    init(referentiel: Referentiel, sha256: String?, sessions: [String], organisations: [String], dimensionIDs: [String],
         statistics: [[DistributionStatistics]], pairs: [SessionPair], progress: [[PairedProgress]], criteria: [CriterionSummary],
         stableThreshold: Double, scores: [Double], criterionScores: [UInt16] = [], criterionRows: [Int] = []) {
        self.referentiel = referentiel
        self.sha256 = sha256
        self.sessions = sessions
        self.organisations = organisations
        self.dimensionIDs = dimensionIDs
        self.statistics = statistics
        self.pairs = pairs
        self.progress = progress
        self.criteria = criteria
        self.stableThreshold = stableThreshold
        self.scores = scores
        self.criterionScores = criterionScores
        self.criterionRows = criterionRows
    }

    /// Dimensions plus the overall score.
    public var dimensionCount: Int { dimensionIDs.count + 1 }
    /// Index of the overall score among the dimensions.
    public var overallIndex: Int { dimensionIDs.count }

    /// An organisation's score (0–100) at a session on a dimension (``overallIndex`` for overall).
    public func score(organisation: Int, session: Int, dimension: Int) -> Double? {
        let value = scores[(organisation * sessions.count + session) * dimensionCount + dimension]
        return value.isNaN ? nil : value
    }

    /// An organisation's score (0–100, to 0.01 point) at a session on the criterion at position
    /// `criterion` of ``criteria``; `nil` when it has none (not answered, not applicable).
    public func criterionScore(organisation: Int, session: Int, criterion: Int) -> Double? {
        guard criterionRows.indices.contains(organisation) else { return nil }
        let stored = criterionScores[(criterionRows[organisation] * sessions.count + session) * criteria.count + criterion]
        return stored == UInt16.max ? nil : Double(stored) / 100
    }

    /// The organisation's score minus the cohort median at that session and dimension.
    public func gapToMedian(organisation: Int, session: Int, dimension: Int) -> Double? {
        guard let score = score(organisation: organisation, session: session, dimension: dimension),
              let median = statistics[session][dimension].median else { return nil }
        return score - median
    }

    /// Whether the organisation has any score at the session.
    public func isPresent(organisation: Int, session: Int) -> Bool {
        (0..<dimensionCount).contains { score(organisation: organisation, session: session, dimension: $0) != nil }
    }

    /// Criteria ranked by paired mean change from first to last session, largest first
    /// (criteria without any paired organisation left out).
    public var criteriaByProgress: [CriterionSummary] {
        criteria.filter { $0.progress.meanChange != nil }
            .sorted { ($0.progress.meanChange!, $1.criterionID) > ($1.progress.meanChange!, $0.criterionID) }
    }

    /// The `count` criteria where the cohort progressed most.
    public func mostProgressed(_ count: Int = 5) -> [CriterionSummary] { Array(criteriaByProgress.prefix(count)) }

    /// The `count` criteria where the cohort progressed least (least first).
    public func leastProgressed(_ count: Int = 5) -> [CriterionSummary] { Array(criteriaByProgress.reversed().prefix(count)) }

    /// Title of a dimension (or « Global » / « Overall » for ``overallIndex``).
    public func dimensionTitle(_ index: Int, in language: Language) -> String {
        if index == overallIndex { return language == .fr ? "Global" : "Overall" }
        return referentiel.dimensions.first { $0.id == dimensionIDs[index] }?.title.text(in: language) ?? dimensionIDs[index]
    }
}
