/// How the respondents' answers to one criterion spread, in the criterion's level units.
///
/// The answers themselves, by role, stay in the assessment; these are the figures derived
/// from them.
public struct RespondentStatistics: Sendable, Hashable, Codable {
    /// Respondents who gave a scored value (N/A and unanswered excluded).
    public var n: Int
    /// Respondents who answered « non applicable ».
    public var notApplicable: Int
    public var mean: Double?
    public var median: Double?
    public var min: Double?
    public var max: Double?
    /// `max - min`.
    public var spread: Double?
    /// Whether the spread reaches the divergence threshold (two levels, or yes against no).
    public var isDivergent: Bool

    /// Computes the statistics of `values` (« non applicable » given as `nil`) for a scale
    /// whose highest value is `maxValue`.
    public init(values: [Double?], maxValue: Double) {
        var numbers = values.compactMap { $0 }
        let notApplicable = values.count - numbers.count
        self = numbers.withUnsafeMutableBufferPointer { buffer in
            RespondentStatistics(sorting: buffer, count: buffer.count, notApplicable: notApplicable, maxValue: maxValue)
        }
    }

    /// Computes the statistics of the first `count` values of `buffer`, sorting them in place
    /// (the scorer passes a stack buffer: no allocation per criterion).
    init(sorting buffer: UnsafeMutableBufferPointer<Double>, count: Int, notApplicable: Int, maxValue: Double) {
        n = count
        self.notApplicable = notApplicable
        guard count > 0 else {
            isDivergent = false
            return
        }
        // Insertion sort: a handful of respondents.
        var index = 1
        while index < count {
            let value = buffer[index]
            var position = index - 1
            while position >= 0 && buffer[position] > value {
                buffer[position + 1] = buffer[position]
                position -= 1
            }
            buffer[position + 1] = value
            index += 1
        }
        var sum = 0.0
        for position in 0..<count { sum += buffer[position] }
        let first = buffer[0], last = buffer[count - 1]
        mean = sum / Double(count)
        let middle = count / 2
        median = count % 2 == 1 ? buffer[middle] : (buffer[middle - 1] + buffer[middle]) / 2
        min = first
        max = last
        spread = last - first
        isDivergent = last - first >= Swift.min(2, maxValue)
    }

    /// Median of sorted values (mean of the two middle ones for an even count).
    public static func median(ofSorted values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }
}
