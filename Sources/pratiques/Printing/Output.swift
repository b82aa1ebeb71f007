import Foundation
import PratiquesCore

/// Writing to the terminal and JSON output: text lines with ``line(_:)`` and ``error(_:)``,
/// data exactly as it is with ``json(_:)`` and ``raw(_:)``.
enum Output {
    static func line(_ text: String = "") {
        print(text)
    }

    static func error(_ text: String) {
        errorVerbatim(text)
    }

    /// A located issue on standard error (its location verbatim).
    static func error(_ issue: ValidationIssue, _ language: Language) {
        errorVerbatim(issue.message(in: language))
    }

    /// A refusal on standard error, as ``ErrorPrinter`` words it.
    static func error(_ failure: any LocalizedFailure, _ language: Language) {
        errorVerbatim(ErrorPrinter.message(failure, language))
    }

    /// Text as it is on standard error.
    static func errorVerbatim(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Data on standard output, exactly as it is (the exchange JSON, a document).
    static func raw(_ text: String) {
        print(text)
    }

    /// Pretty JSON with sorted keys on standard output.
    static func json<T: Encodable>(_ value: T) throws {
        raw(String(decoding: try exchangeJSON(value), as: UTF8.self))
    }

    /// Pretty JSON with sorted keys, slashes as they are: the form of every JSON we write.
    static func exchangeJSON<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(value)
    }
}
