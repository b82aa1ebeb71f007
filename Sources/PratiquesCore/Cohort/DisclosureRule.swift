/// The rule that decides which cohort figures may leave the accompanist's hands (the funder
/// workbook), so that no organisation's score can be recovered from them.
///
/// Suppressing small groups is not enough: two figures on member sets that differ by one
/// organisation give its score by subtraction, and an order statistic of a small group is one
/// organisation's score. The rule, with K = ``minimumGroup``:
///
/// 1. **One panel per grid.** Every figure of a grid rests on its panel: the organisations with
///    an overall score at every session (``CohortPanel``). Sessions, dimensions and paired
///    progress then share their members, and no subtraction isolates anyone. A panel of fewer
///    than K organisations publishes nothing.
/// 2. **Nested groups K apart.** A dimension's group (panel members with that dimension at every
///    session) is the panel itself or at least K organisations fewer
///    (``allowsSubgroup(_:of:)``); so is a criterion's group against the panel and against its
///    dimension's group. Otherwise the group is withheld.
/// 3. **Whole points.** Means, changes and quartiles are rounded to whole points, shares to
///    whole percent (``wholePoints(_:)``, ``wholePercent(_:)``).
/// 4. **Quartiles from 2K.** Median, Q1 and Q3 only for groups of at least 2K organisations
///    (``allowsQuartiles(_:)``): below, they pin most of the group's scores (at n = 5, three of
///    the five scores exactly).
/// 5. **No concentrated distribution.** A criterion's levels at a session are not given when all
///    the organisations, or all but one, are at the same level (``isConcentrated(_:)``): the
///    shares would tell each one's level. Its mean score at that session is withheld with them.
/// 6. **No mean pinned at a bound.** A mean is not given when K − 2 of its organisations, adding
///    their own scores, would learn that all the others are at 100 (or at 0) within a point
///    (``pinsAtBound(_:)``); for a dimension, at any session, its whole row goes (the paired
///    change would give the mean back).
///
/// Minimum and maximum are never published. K is at least ``smallestAllowedGroup``.
public struct DisclosureRule: Sendable, Hashable {
    /// Why a rule cannot be made (worded by the application layer).
    public enum Failure: Error, Sendable, Equatable {
        /// K below ``DisclosureRule/smallestAllowedGroup``.
        case groupTooSmall(Int)
    }

    /// The smallest K accepted: with 2, either organisation of a pair knows the other's score.
    public static let smallestAllowedGroup = 3
    /// The K used when none is given.
    public static let defaultMinimumGroup = 5

    /// K: the smallest group whose figures are published.
    public let minimumGroup: Int

    /// The rule for groups of at least `minimumGroup` organisations; refuses K below
    /// ``smallestAllowedGroup``.
    public init(minimumGroup: Int = DisclosureRule.defaultMinimumGroup) throws(Failure) {
        guard minimumGroup >= Self.smallestAllowedGroup else { throw .groupTooSmall(minimumGroup) }
        self.minimumGroup = minimumGroup
    }

    /// The smallest group whose median and quartiles are published: 2K.
    public var quartileGroup: Int { 2 * minimumGroup }

    /// Whether a group of `count` organisations may be published at all.
    public func allowsGroup(_ count: Int) -> Bool { count >= minimumGroup }

    /// Whether a group of `part` organisations, all members of a published group of `whole`,
    /// may be published beside it: the same members, or at least K organisations fewer (and K
    /// or more itself). Otherwise the difference of the two figures would rest on fewer than K.
    public func allowsSubgroup(_ part: Int, of whole: Int) -> Bool {
        allowsGroup(part) && (part == whole || whole - part >= minimumGroup)
    }

    /// Whether median, Q1 and Q3 of a group of `count` organisations may be published.
    public func allowsQuartiles(_ count: Int) -> Bool { count >= quartileGroup }

    /// Whether a distribution (organisations per class) tells each member's class: all of
    /// them, or all but one, are in the same class.
    public func isConcentrated(_ counts: [Int]) -> Bool {
        let total = counts.reduce(0, +)
        return (counts.max() ?? 0) >= total - 1
    }

    /// The precision, in points, under which a score counts as recovered: ±1.
    public static let recoveryMargin = 1.0

    /// Whether a mean of `values` (scores between `lower` and `upper`) would pin its members: K − 2
    /// of them (the lowest, the worst case), adding their own scores to the mean, would know that
    /// all the others are at `upper` within ±1 point — their scores fall short of it by
    /// 2 × ``recoveryMargin`` or less in total —, or likewise at `lower`. Whatever the rounding of
    /// the mean (half a point × n either way), the others' scores are then recoverable; otherwise
    /// they are not.
    public func pinsAtBound(_ values: [Double], lower: Double = 0, upper: Double = 100) -> Bool {
        let others = values.count - max(0, minimumGroup - 2)
        guard others > 0 else { return true }
        let sorted = values.sorted()
        let belowTop = sorted.suffix(others).reduce(0) { $0 + (upper - $1) }
        let aboveBottom = sorted.prefix(others).reduce(0) { $0 + ($1 - lower) }
        return min(belowTop, aboveBottom) <= 2 * Self.recoveryMargin
    }

    /// A score, mean or change rounded to a whole point (halves away from zero).
    public static func wholePoints(_ value: Double) -> Double { value.rounded(.toNearestOrAwayFromZero) }

    /// A share (0–1) rounded to a whole percent.
    public static func wholePercent(_ share: Double) -> Double { (share * 100).rounded(.toNearestOrAwayFromZero) / 100 }
}
