/// One session of a cohort (T0, T1, …): a label, the day it refers to, and the window of
/// assessment dates that count for it.
public struct CohortSession: Sendable, Hashable, Codable {
    /// 0 for the first session.
    public var position: Int
    public var label: String
    /// `YYYY-MM-DD`.
    public var date: String
    /// First day of the window (`YYYY-MM-DD`), inclusive.
    public var windowStart: String
    /// Last day of the window (`YYYY-MM-DD`), inclusive.
    public var windowEnd: String

    /// Half-width of the window when none is given: 182 days each side of the session's date.
    public static let defaultHalfWindowDays = 182

    public init(position: Int, label: String, date: String, windowStart: String? = nil, windowEnd: String? = nil) {
        self.position = position
        self.label = label
        self.date = date
        self.windowStart = windowStart ?? Day(date).map { $0.adding(days: -Self.defaultHalfWindowDays).description } ?? date
        self.windowEnd = windowEnd ?? Day(date).map { $0.adding(days: Self.defaultHalfWindowDays).description } ?? date
    }

    /// Whether an assessment dated `day` (`YYYY-MM-DD`) falls in the window.
    public func contains(day: String) -> Bool { windowStart <= day && day <= windowEnd }

    /// Whether the two sessions' windows share a day.
    public func overlaps(_ other: CohortSession) -> Bool { windowStart <= other.windowEnd && other.windowStart <= windowEnd }
}
