import Foundation
import Testing
@testable import PratiquesCore

/// ``Day``: the one reader of `YYYY-MM-DD`, and its arithmetic.
@Suite struct DayTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "1970-01-01", "2026-12-31"])
    func realDaysAreRead(_ text: String) throws {
        let day = try #require(Day(text))
        #expect(day.description == text)
    }

    @Test(arguments: ["2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-01-00", "24-01-01",
                      "2024-1-011", "2024-+1-01", "+024-01-01", "2024/01/01", "2024-01-01 ", "", "２０２４-01-01"])
    func anythingElseIsRefused(_ text: String) {
        #expect(Day(text) == nil)
        #expect(!DateText.isValid(text))
    }

    @Test func daysAreNumberedFrom1970() throws {
        #expect(Day("1970-01-01")?.number == 0)
        // 54 years from 1970 to 2024 with 13 leap days (1972 … 2020): 54 × 365 + 13 = 19,723; then 31 + 29 + 13 days.
        #expect(Day("2024-03-14")?.number == 19_723 + 31 + 29 + 13)
        let day = try #require(Day("2024-03-14"))
        // 182 days back: 14 days of March, 29 of February, 31 of January → 2023-12-31 (74), then 108 more:
        // December 31, November 30, October 31 → 2023-09-30 (166), 16 more → 2023-09-14.
        #expect(day.adding(days: -182).description == "2023-09-14")
        #expect(day.adding(days: 182).description == "2024-09-12")
        #expect(Day("2023-12-31")! < Day("2024-01-01")!)
    }

    @Test func todayIsTheUTCDay() {
        // 19,796 days and 23 hours after 1970-01-01 00:00 UTC: still 2024-03-14 in UTC.
        #expect(Day.today(Date(timeIntervalSince1970: 19_796 * 86_400 + 23 * 3_600)).description == "2024-03-14")
        #expect(DateText.today(Date(timeIntervalSince1970: 19_797 * 86_400)) == "2024-03-15")
    }

    @Test func encodesAsItsText() throws {
        let data = try JSONEncoder().encode(["date": Day("2025-03-18")!])
        #expect(String(decoding: data, as: UTF8.self) == "{\"date\":\"2025-03-18\"}")
        #expect(try JSONDecoder().decode([String: Day].self, from: data)["date"]?.description == "2025-03-18")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Day].self, from: Data("[\"2025-02-30\"]".utf8)) }
    }
}
