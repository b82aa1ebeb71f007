/// Gathers the scores of a cohort's organisations on one grid version, one
/// (organisation, session) at a time, and computes the comparison.
///
/// Built to stream: it keeps only, per organisation and session, the dimension scores
/// (Doubles) and the criterion scores (two bytes each, to 0.01 point), so 10,000 organisations
/// × 3 sessions × 130 criteria take about 8 MB; no `Assessment` is kept.
public struct CohortAccumulator: Sendable {
    public let referentiel: Referentiel
    public let sha256: String?
    public let sessions: [String]
    /// Changes smaller than this (in score points) count as « stayed ».
    public let stableThreshold: Double

    private let dimensionIDs: [String]
    private let criterionIDs: [String]
    private let criterionDimensions: [String]
    private let criterionMaxLevels: [Int]
    private let criterionIndex: [String: Int]
    private let dimensionIndex: [String: Int]
    private var organisationIndex: [String: Int] = [:]
    private var organisations: [String] = []
    /// `[organisation][session][dimension + overall]`, NaN when missing.
    private var dimensionScores: [Double] = []
    /// `[organisation][session][criterion]`, score × 100 rounded; `UInt16.max` when missing.
    private var criterionScores: [UInt16] = []

    private static let missing = UInt16.max

    /// An accumulator for `referentiel` (one version) and the cohort's session labels in order.
    public init(referentiel: Referentiel, sha256: String? = nil, sessions: [String], stableThreshold: Double = 1) {
        self.referentiel = referentiel
        self.sha256 = sha256
        self.sessions = sessions
        self.stableThreshold = stableThreshold
        dimensionIDs = referentiel.dimensions.map(\.id)
        var ids: [String] = [], dimensions: [String] = [], maxima: [Int] = []
        for dimension in referentiel.dimensions {
            for criterion in dimension.criteria where criterion.isScored {
                let maximum = ScoringEngine.maxValue(of: criterion, in: referentiel)
                guard maximum > 0 else { continue }
                ids.append(criterion.id)
                dimensions.append(dimension.id)
                maxima.append(Int(maximum.rounded()))
            }
        }
        criterionIDs = ids
        criterionDimensions = dimensions
        criterionMaxLevels = maxima
        criterionIndex = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        dimensionIndex = Dictionary(dimensionIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private var dimensionStride: Int { dimensionIDs.count + 1 }

    /// Records the score of `organisation` (a slug) at the session at position `session`;
    /// a second score for the same organisation and session replaces the first.
    public mutating func add(organisation: String, session: Int, score: AssessmentScore) {
        precondition(sessions.indices.contains(session), "session \(session) out of range")
        let index: Int
        if let known = organisationIndex[organisation] {
            index = known
        } else {
            index = organisations.count
            organisationIndex[organisation] = index
            organisations.append(organisation)
            dimensionScores.append(contentsOf: repeatElement(Double.nan, count: sessions.count * dimensionStride))
            criterionScores.append(contentsOf: repeatElement(Self.missing, count: sessions.count * criterionIDs.count))
        }
        let dimensionBase = (index * sessions.count + session) * dimensionStride
        for position in 0..<dimensionStride { dimensionScores[dimensionBase + position] = .nan }
        for dimension in score.dimensions {
            if let position = dimensionIndex[dimension.dimensionID], let value = dimension.score {
                dimensionScores[dimensionBase + position] = value
            }
        }
        if let overall = score.overall { dimensionScores[dimensionBase + dimensionIDs.count] = overall }
        let criterionBase = (index * sessions.count + session) * criterionIDs.count
        for position in 0..<criterionIDs.count { criterionScores[criterionBase + position] = Self.missing }
        var expected = 0
        for criterion in score.criteria {
            guard let value = criterion.score else { continue }
            // The score's criteria come in grid order: find the next scored one without a lookup.
            let position: Int
            if expected < criterionIDs.count && criterionIDs[expected] == criterion.criterionID {
                position = expected
            } else if let found = criterionIndex[criterion.criterionID] {
                position = found
            } else { continue }
            expected = position + 1
            criterionScores[criterionBase + position] = UInt16((Swift.min(100, Swift.max(0, value)) * 100).rounded())
        }
    }

    /// Organisations recorded so far.
    public var organisationCount: Int { organisations.count }

    /// The statistics, paired progress, level distributions and criterion ranking.
    public func finish() -> CohortGridComparison {
        let sessionCount = sessions.count, stride = dimensionStride, criterionCount = criterionIDs.count
        let order = organisations.indices.sorted { organisations[$0] < organisations[$1] }
        var scores = [Double](repeating: .nan, count: order.count * sessionCount * stride)
        for (newIndex, oldIndex) in order.enumerated() {
            let from = oldIndex * sessionCount * stride, to = newIndex * sessionCount * stride
            for offset in 0..<(sessionCount * stride) { scores[to + offset] = dimensionScores[from + offset] }
        }
        func value(_ organisation: Int, _ session: Int, _ dimension: Int) -> Double {
            scores[(organisation * sessionCount + session) * stride + dimension]
        }
        var statistics: [[DistributionStatistics]] = []
        var column: [Double] = []
        column.reserveCapacity(order.count)
        for session in 0..<sessionCount {
            var row: [DistributionStatistics] = []
            for dimension in 0..<stride {
                column.removeAll(keepingCapacity: true)
                for organisation in 0..<order.count {
                    let score = value(organisation, session, dimension)
                    if !score.isNaN { column.append(score) }
                }
                column.sort()
                row.append(DistributionStatistics(sorted: column))
            }
            statistics.append(row)
        }
        var pairs: [SessionPair] = []
        if sessionCount >= 2 {
            for session in 1..<sessionCount { pairs.append(SessionPair(from: session - 1, to: session)) }
            if sessionCount > 2 { pairs.append(SessionPair(from: 0, to: sessionCount - 1)) }
        }
        var progress: [[PairedProgress]] = []
        for pair in pairs {
            var row: [PairedProgress] = []
            for dimension in 0..<stride {
                column.removeAll(keepingCapacity: true)
                for organisation in 0..<order.count {
                    let before = value(organisation, pair.from, dimension), after = value(organisation, pair.to, dimension)
                    if !before.isNaN && !after.isNaN { column.append(after - before) }
                }
                row.append(PairedProgress(changes: column, stableThreshold: stableThreshold))
            }
            progress.append(row)
        }
        var criteria: [CohortGridComparison.CriterionSummary] = []
        for criterion in 0..<criterionCount {
            let maxLevel = criterionMaxLevels[criterion]
            var counts = Array(repeating: Array(repeating: 0, count: maxLevel + 1), count: sessionCount)
            var sums = Array(repeating: 0.0, count: sessionCount), ns = Array(repeating: 0, count: sessionCount)
            column.removeAll(keepingCapacity: true)
            for organisation in 0..<organisations.count {
                let base = organisation * sessionCount * criterionCount + criterion
                for session in 0..<sessionCount {
                    let stored = criterionScores[base + session * criterionCount]
                    guard stored != Self.missing else { continue }
                    let score = Double(stored) / 100
                    sums[session] += score
                    ns[session] += 1
                    counts[session][CohortGridComparison.CriterionSummary.level(ofScore: score, maxLevel: maxLevel)] += 1
                }
                if sessionCount >= 2 {
                    let first = criterionScores[base], last = criterionScores[base + (sessionCount - 1) * criterionCount]
                    if first != Self.missing && last != Self.missing { column.append((Double(last) - Double(first)) / 100) }
                }
            }
            criteria.append(CohortGridComparison.CriterionSummary(
                criterionID: criterionIDs[criterion], dimensionID: criterionDimensions[criterion], maxLevel: maxLevel, levelCounts: counts,
                meanScores: (0..<sessionCount).map { ns[$0] > 0 ? sums[$0] / Double(ns[$0]) : nil },
                progress: PairedProgress(changes: column, stableThreshold: stableThreshold)))
        }
        return CohortGridComparison(referentiel: referentiel, sha256: sha256, sessions: sessions, organisations: order.map { organisations[$0] },
                                    dimensionIDs: dimensionIDs, statistics: statistics, pairs: pairs, progress: progress,
                                    criteria: criteria, stableThreshold: stableThreshold, scores: scores,
                                    criterionScores: criterionScores, criterionRows: order)
    }
}
