import Testing
@testable import PratiquesCore

/// Every number read from input goes through `CheckedNumber`: a table of what people and
/// strangers write, with what each must give.
@Suite struct CheckedNumberTests {
    @Test(arguments: [
        ("12", Result<Int, CheckedNumber.Failure>.success(12)), ("-3", .success(-3)), ("+4", .success(4)), ("007", .success(7)),
        ("9223372036854775807", .success(Int.max)), ("-9223372036854775808", .success(Int.min)),
        ("9223372036854775808", .failure(.outOfRange)), (String(repeating: "9", count: 20), .failure(.outOfRange)),
        ("-" + String(repeating: "9", count: 20), .failure(.outOfRange)),
        ("0x10", .failure(.notANumber)), ("1e3", .failure(.notANumber)), ("1.0", .failure(.notANumber)), (" 1", .failure(.notANumber)),
        ("", .failure(.notANumber)), ("-", .failure(.notANumber)), ("٣", .failure(.notANumber)), ("1_000", .failure(.notANumber)),
        ("1:00:00", .failure(.notANumber)), ("inf", .failure(.notANumber)),
    ])
    func integers(text: String, expected: Result<Int, CheckedNumber.Failure>) {
        #expect(CheckedNumber.integer(text) == expected)
    }

    @Test func integersWithinARange() {
        #expect(CheckedNumber.integer("1048576", in: 1...1_048_576) == .success(1_048_576))
        #expect(CheckedNumber.integer("1048577", in: 1...1_048_576) == .failure(.outOfRange))
        #expect(CheckedNumber.integer("0", in: 1...1_048_576) == .failure(.outOfRange))
        #expect(CheckedNumber.integer("+5", signed: false) == .failure(.notANumber))
    }

    @Test(arguments: [
        ("12.5", Result<Double, CheckedNumber.Failure>.success(12.5)), (".5", .success(0.5)), ("5.", .success(5)), ("-0", .success(0)),
        ("1e3", .success(1000)), ("1E+15", .success(1e15)), ("-1e15", .success(-1e15)),
        ("1e19", .failure(.outOfRange)), ("-1e19", .failure(.outOfRange)), ("1e308", .failure(.outOfRange)),
        ("inf", .failure(.notANumber)), ("-inf", .failure(.notANumber)), ("nan", .failure(.notANumber)), ("NaN", .failure(.notANumber)),
        ("infinity", .failure(.notANumber)), ("0x10", .failure(.notANumber)), ("0x1p4", .failure(.notANumber)),
        ("1e", .failure(.notANumber)), ("1e99999", .failure(.notANumber)), ("1,5", .failure(.notANumber)), ("", .failure(.notANumber)),
        (".", .failure(.notANumber)), ("1_000", .failure(.notANumber)), ("--1", .failure(.notANumber)),
    ])
    func decimals(text: String, expected: Result<Double, CheckedNumber.Failure>) {
        #expect(CheckedNumber.decimal(text) == expected)
    }

    @Test func aSpreadsheetKeepsAnyFiniteNumber() {
        #expect(CheckedNumber.decimal("1E+300", largest: .greatestFiniteMagnitude) == .success(1e300))
        #expect(CheckedNumber.decimal("1E+400", largest: .greatestFiniteMagnitude) == .failure(.outOfRange))
    }

    @Test(arguments: [
        ("12,5", Result<Double, CheckedNumber.Failure>.success(12.5)), ("1 234,5", .success(1234.5)), ("1\u{202F}234,5", .success(1234.5)),
        ("1\u{00A0}234", .success(1234)), ("45 %", .success(45)), ("-3", .success(-3)), ("1,5E+3", .success(1500)),
        ("1,234.5", .failure(.notANumber)), ("1e19", .failure(.outOfRange)), ("inf", .failure(.notANumber)), ("0x10", .failure(.notANumber)),
        ("abc", .failure(.notANumber)), ("%", .failure(.notANumber)),
    ])
    func typedNumbers(text: String, expected: Result<Double, CheckedNumber.Failure>) {
        #expect(CheckedNumber.typed(text) == expected)
    }

    @Test func wholeDoublesBecomeIntegersWithoutTrapping() {
        #expect(CheckedNumber.integer(exactly: 3.0) == .success(3))
        #expect(CheckedNumber.integer(exactly: -0.0) == .success(0))
        #expect(CheckedNumber.integer(exactly: 2.5) == .failure(.notAnInteger))
        #expect(CheckedNumber.integer(exactly: 1e19) == .failure(.outOfRange))
        #expect(CheckedNumber.integer(exactly: -1e19) == .failure(.outOfRange))
        #expect(CheckedNumber.integer(exactly: .infinity) == .failure(.outOfRange))
        #expect(CheckedNumber.integer(exactly: .nan) == .failure(.outOfRange))
    }

    @Test func datesUseDecimalDigitsOnly() {
        #expect(DateText.parse("2025-03-14") == "2025-03-14")
        #expect(DateText.parse("14/03/2025") == "2025-03-14")
        #expect(DateText.parse(" 1/3/2025 ") == "2025-03-01")
        #expect(DateText.parse("29/02/2024") == "2024-02-29")
        #expect(DateText.parse("29/02/2023") == nil)
        #expect(DateText.parse("14/03/+202") == nil)
        #expect(DateText.parse("+202-03-14") == nil)
        #expect(DateText.parse("14/13/2025") == nil)
        #expect(DateText.parse("٠١/٠٣/٢٠٢٥") == nil)
        #expect(DateText.parse("03/14/2025") == nil)
        #expect(DateText.parse("2025/03/14") == nil)
    }
}
