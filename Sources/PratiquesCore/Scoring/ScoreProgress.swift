/// The change between two scores of one organisation on the same référentiel version (an
/// assessment of an older version is first carried onto it, see ``AnswerCarrier``).
public struct ScoreProgress: Sendable, Hashable, Codable {
    public struct Delta: Sendable, Hashable, Codable {
        public var id: String
        public var before: Double?
        public var after: Double?
        /// `after - before`, when both exist.
        public var change: Double? {
            guard let before, let after else { return nil }
            return after - before
        }
    }

    public var criteria: [Delta]
    public var dimensions: [Delta]
    public var overall: Delta

    /// Compares `before` with `after` criterion by criterion, dimension by dimension, and overall.
    public init(from before: AssessmentScore, to after: AssessmentScore) {
        let beforeCriteria = Dictionary(before.criteria.map { ($0.criterionID, $0.score) }, uniquingKeysWith: { a, _ in a })
        criteria = after.criteria.filter(\.isScored).map { Delta(id: $0.criterionID, before: beforeCriteria[$0.criterionID] ?? nil, after: $0.score) }
        let beforeDimensions = Dictionary(before.dimensions.map { ($0.dimensionID, $0.score) }, uniquingKeysWith: { a, _ in a })
        dimensions = after.dimensions.map { Delta(id: $0.dimensionID, before: beforeDimensions[$0.dimensionID] ?? nil, after: $0.score) }
        overall = Delta(id: "overall", before: before.overall, after: after.overall)
    }

    /// Criteria that rose, sorted by the largest change first.
    public var improved: [Delta] { criteria.filter { ($0.change ?? 0) > 0 }.sorted { $0.change! > $1.change! } }
    /// Criteria that fell, sorted by the largest drop first.
    public var regressed: [Delta] { criteria.filter { ($0.change ?? 0) < 0 }.sorted { $0.change! < $1.change! } }
}
