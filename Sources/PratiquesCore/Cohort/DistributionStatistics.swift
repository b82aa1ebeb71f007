/// n, mean, median, quartiles, minimum and maximum of a set of values (scores of the
/// organisations of a cohort, say).
///
/// Quartiles use linear interpolation between order statistics — type 7 of Hyndman and Fan,
/// the rule of spreadsheets' `QUARTILE.INC` / `PERCENTILE.INC` and of R's default: for the
/// sorted values x₀ ≤ … ≤ xₙ₋₁ and a proportion p, h = (n − 1) × p and the quantile is
/// x⌊h⌋ + (h − ⌊h⌋) × (x⌊h⌋₊₁ − x⌊h⌋). The median is the p = 0.5 quantile (the mean of the two
/// middle values for an even count).
public struct DistributionStatistics: Sendable, Hashable, Codable {
    public var n: Int
    public var mean: Double?
    public var median: Double?
    /// First quartile (p = 0.25, type 7).
    public var firstQuartile: Double?
    /// Third quartile (p = 0.75, type 7).
    public var thirdQuartile: Double?
    public var minimum: Double?
    public var maximum: Double?

    /// The statistics of `values` (NaN values are ignored).
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        var sorted = values.filter { !$0.isNaN }
        sorted.sort()
        self.init(sorted: sorted)
    }

    /// The statistics of values already sorted in increasing order.
    public init(sorted: [Double]) {
        n = sorted.count
        guard let first = sorted.first, let last = sorted.last else { return }
        var sum = 0.0
        for value in sorted { sum += value }
        mean = sum / Double(sorted.count)
        median = Self.quantile(sorted: sorted, 0.5)
        firstQuartile = Self.quantile(sorted: sorted, 0.25)
        thirdQuartile = Self.quantile(sorted: sorted, 0.75)
        minimum = first
        maximum = last
    }

    /// The `p` quantile of sorted values by linear interpolation (type 7); `nil` when empty.
    public static func quantile(sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let h = Double(sorted.count - 1) * p
        let lower = Int(h.rounded(.down))
        let upper = Swift.min(lower + 1, sorted.count - 1)
        return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }

    /// Third quartile minus first quartile.
    public var interquartileRange: Double? {
        guard let firstQuartile, let thirdQuartile else { return nil }
        return thirdQuartile - firstQuartile
    }
}
