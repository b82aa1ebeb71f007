/// A scored criterion below its target.
public struct TargetGap: Sendable, Hashable {
    public var criterionID: String
    /// The criterion's value, in levels.
    public var value: Double
    /// The level aimed for: the recorded target, else the top of the scale.
    public var target: Int

    public init(criterionID: String, value: Double, target: Int) {
        self.criterionID = criterionID
        self.value = value
        self.target = target
    }
}

extension AssessmentScore {
    /// The `count` scored criteria furthest below their target (`targets`: level by criterion
    /// id; the top of the scale where none is recorded), in level units, largest gap first (ties
    /// in grid order).
    public func furthestFromTarget(_ targets: [String: Int], count: Int = 3) -> [TargetGap] {
        var gaps: [TargetGap] = []
        for criterion in criteria where criterion.isScored {
            guard let value = criterion.value else { continue }
            let target = targets[criterion.criterionID] ?? Int(criterion.maxValue)
            if Double(target) - value > 0 { gaps.append(TargetGap(criterionID: criterion.criterionID, value: value, target: target)) }
        }
        return Array(gaps.enumerated().sorted { lhs, rhs in
            let a = Double(lhs.element.target) - lhs.element.value, b = Double(rhs.element.target) - rhs.element.value
            return a != b ? a > b : lhs.offset < rhs.offset
        }.map(\.element).prefix(count))
    }
}
