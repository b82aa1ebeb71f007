/// How the respondents' answers to one criterion spread, in the criterion's level units.
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
    /// Each respondent's value, by role, in the order of the respondents.
    public var values: [RoleValue]

    /// One respondent's value.
    public struct RoleValue: Sendable, Hashable, Codable {
        public var role: RespondentRole
        public var name: String?
        /// `nil` for « non applicable ».
        public var value: Double?
    }

    /// Computes the statistics of `values` (N/A given as `nil`) for a scale whose highest value is `maxValue`.
    public init(values: [RoleValue], maxValue: Double) {
        self.values = values
        if values.count <= 1 {
            // The common case of one respondent, without allocating.
            let number = values.first?.value
            n = number == nil ? 0 : 1
            notApplicable = values.count - n
            mean = number
            median = number
            min = number
            max = number
            spread = number.map { _ in 0 }
            isDivergent = false
            return
        }
        var numbers: [Double] = []
        numbers.reserveCapacity(values.count)
        var notApplicable = 0
        for value in values {
            if let number = value.value { numbers.append(number) } else { notApplicable += 1 }
        }
        self.notApplicable = notApplicable
        n = numbers.count
        guard !numbers.isEmpty else {
            isDivergent = false
            return
        }
        if numbers.count > 1 { numbers.sort() }
        let first = numbers[0], last = numbers[numbers.count - 1]
        var sum = 0.0
        for number in numbers { sum += number }
        mean = sum / Double(numbers.count)
        median = Self.median(ofSorted: numbers)
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
