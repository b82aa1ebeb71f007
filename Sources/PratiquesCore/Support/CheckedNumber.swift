import Foundation

/// The one way to turn text from outside (an import file, a spreadsheet cell, the terminal) into
/// a number. Every numeric conversion of user input goes through it, so that no input can crash
/// the tool (`Int(1e19)` traps) or be read in an unexpected base.
///
/// The rules:
/// - digits are ASCII decimal digits, always in base 10: `0x10` is not 16, `010` is 10 (not 8),
///   `٣` is not 3;
/// - `inf`, `nan`, `.inf`, `1_000`, `1:30` and empty text are not numbers;
/// - a number may be written with an exponent (`1e3`, `1,5E+2`: spreadsheets export large values
///   so), but its magnitude must stay within ``largestMagnitude``;
/// - an integer must fit the range the caller asks for (an Excel row, a level…), and a whole
///   `Double` becomes an `Int` only when exact.
public enum CheckedNumber {
    /// Why a text is not the number asked for.
    public enum Failure: Error, Sendable, Equatable {
        /// Not written as a decimal number at all.
        case notANumber
        /// A decimal number, but outside the range allowed there.
        case outOfRange
        /// A number with a fractional part where an integer is expected.
        case notAnInteger
    }

    /// Largest magnitude of a number read from input: 10^15. Beyond it a `Double` no longer holds
    /// every integer and no indicator of an organisation means anything; the limit keeps every
    /// later conversion (to `Int`, to text) safe.
    public static let largestMagnitude: Double = 1e15

    /// An integer written `[+-]digits` in base 10 (without a sign when `signed` is false),
    /// within `range`.
    ///
    /// `"12"`, `"-3"`, `"+4"`, `"007"` are read; `"1e3"`, `"0x10"`, `"1.0"`, `" 1"` are not.
    public static func integer<S: StringProtocol>(_ text: S, in range: ClosedRange<Int> = Int.min...Int.max,
                                                  signed: Bool = true) -> Result<Int, Failure> {
        var utf8 = Substring(text).utf8[...]
        var negative = false
        if signed, let sign = utf8.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        guard !utf8.isEmpty, utf8.allSatisfy(isDigit) else { return .failure(.notANumber) }
        var value = 0
        for byte in utf8 {
            let digit = Int(byte - UInt8(ascii: "0"))
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = negative ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return .failure(.outOfRange) }
            value = next
        }
        return range.contains(value) ? .success(value) : .failure(.outOfRange)
    }

    /// A decimal number written `[+-]digits[.digits][e[+-]digits]` (or `.5`), with a point.
    /// Finite and within `largest` (``largestMagnitude`` unless said otherwise: a spreadsheet
    /// reader keeps any finite cell, the answer rules judge it later).
    public static func decimal<S: StringProtocol>(_ text: S, largest: Double = largestMagnitude) -> Result<Double, Failure> {
        guard isDecimalSyntax(Substring(text).utf8) else { return .failure(.notANumber) }
        // The syntax is checked: Swift's parser only converts (it would also take hex, inf, nan).
        guard let value = Double(String(text)) else { return .failure(.notANumber) }
        guard value.isFinite, abs(value) <= largest else { return .failure(.outOfRange) }
        return .success(value == 0 ? 0 : value)
    }

    /// A number as people type it in French or English: `12,5`, `12.5`, `1 234,5` (spaces,
    /// non-breaking or narrow no-break spaces between digits), `45 %` (45), `-3`, `1,5E+3`.
    public static func typed(_ text: String) -> Result<Double, Failure> {
        var cleaned = text.trimmingCharacters(in: .whitespaces)
        if cleaned.hasSuffix("%") { cleaned.removeLast() }
        cleaned = String(cleaned.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" })
        // One decimal comma, never a thousands comma: `1,234` is 1.234 as a French cell means.
        if cleaned.contains(",") && cleaned.contains(".") { return .failure(.notANumber) }
        return decimal(cleaned.replacingOccurrences(of: ",", with: "."))
    }

    /// A whole `Double` as an `Int`: `3.0` gives 3; `2.5` is not an integer; anything beyond
    /// ``largestMagnitude`` (or not finite) is out of range, never a trap.
    public static func integer(exactly value: Double) -> Result<Int, Failure> {
        guard value.isFinite, abs(value) <= largestMagnitude else { return .failure(.outOfRange) }
        guard let integer = Int(exactly: value) else { return .failure(.notAnInteger) }
        return .success(integer)
    }

    // MARK: Syntax

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func isDecimalSyntax(_ utf8: Substring.UTF8View) -> Bool {
        var rest = utf8[...]
        func digits() -> Int {
            let count = rest.prefix(while: isDigit).count
            rest = rest.dropFirst(count)
            return count
        }
        if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { rest = rest.dropFirst() }
        var mantissa = digits()
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = rest.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            rest = rest.dropFirst()
            if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { rest = rest.dropFirst() }
            // Exponents beyond four digits only write zeros or infinities.
            let exponent = digits()
            guard exponent > 0, exponent <= 4 else { return false }
        }
        return rest.isEmpty
    }
}

extension CheckedNumber.Failure {
    /// How the refusal reads, for `quoted` (already quoted by ``MessageQuote``) and what was
    /// expected (`un niveau`, `a level`).
    public func explanation(_ quoted: Bilingual, expected: Bilingual) -> Bilingual {
        switch self {
        case .notANumber:
            return Bilingual(fr: "\(quoted.fr) n'est pas \(expected.fr) (chiffres décimaux attendus)",
                             en: "\(quoted.en) is not \(expected.en) (decimal digits expected)")
        case .notAnInteger:
            return Bilingual(fr: "\(quoted.fr) n'est pas \(expected.fr) (nombre entier attendu)",
                             en: "\(quoted.en) is not \(expected.en) (a whole number is expected)")
        case .outOfRange:
            return Bilingual(fr: "\(quoted.fr) : nombre hors des limites permises pour \(expected.fr)",
                             en: "\(quoted.en): number outside the range allowed for \(expected.en)")
        }
    }
}
