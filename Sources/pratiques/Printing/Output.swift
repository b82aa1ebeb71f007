import Foundation

/// Writing to the terminal and JSON output.
enum Output {
    static func line(_ text: String = "") {
        print(text)
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Pretty JSON with sorted keys on standard output.
    static func json<T: Encodable>(_ value: T) throws {
        print(String(decoding: try exchangeJSON(value), as: UTF8.self))
    }

    /// Pretty JSON with sorted keys, slashes as they are: the form of every JSON we write.
    static func exchangeJSON<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(value)
    }
}
