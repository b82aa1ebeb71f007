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
        self.windowStart = windowStart ?? DayArithmetic.adding(-Self.defaultHalfWindowDays, to: date) ?? date
        self.windowEnd = windowEnd ?? DayArithmetic.adding(Self.defaultHalfWindowDays, to: date) ?? date
    }

    /// Whether an assessment dated `day` (`YYYY-MM-DD`) falls in the window.
    public func contains(day: String) -> Bool { windowStart <= day && day <= windowEnd }

    /// Whether the two sessions' windows share a day.
    public func overlaps(_ other: CohortSession) -> Bool { windowStart <= other.windowEnd && other.windowStart <= windowEnd }
}

/// Calendar arithmetic on `YYYY-MM-DD` days (proleptic Gregorian, no time zone).
public enum DayArithmetic {
    /// Whether `text` is a real `YYYY-MM-DD` day.
    public static func isDay(_ text: String) -> Bool { dayNumber(text) != nil }

    /// `day` shifted by `days`; `nil` when `day` is not a valid day.
    public static func adding(_ days: Int, to day: String) -> String? {
        guard let number = dayNumber(day) else { return nil }
        return self.day(number + days)
    }

    /// Days since 1970-01-01.
    static func dayNumber(_ text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[m - 1] else { return nil }
        // Howard Hinnant's days_from_civil.
        let year = m <= 2 ? y - 1 : y
        let era = (year >= 0 ? year : year - 399) / 400
        let yoe = year - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func day(_ number: Int) -> String {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}
