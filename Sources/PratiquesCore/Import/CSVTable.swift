import Foundation

/// A CSV file as French spreadsheets write it, read without asking: `;` (or `,` or tab)
/// separators detected from the header, UTF-8 with or without BOM, CRLF or LF line ends,
/// quoted fields with doubled quotes and line breaks. Rows made only of separators (what Excel
/// writes for the empty rows below a table, `;;;;;;`) are left out like empty lines; text that
/// looks double-encoded (« Ã© » for « é ») is refused (``EncodingPlausibility``).
public struct CSVTable: Sendable {
    /// One record with the line it starts on.
    public struct Record: Sendable {
        public var line: Int
        public var fields: [String]
    }

    public var separator: Character
    public var header: [String]
    public var records: [Record]

    /// Parses `text`; `path` names the file in errors.
    public init(text: String, path: String) throws(InputError) {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        if let finding = EncodingPlausibility.firstDoubleEncoding(in: body) {
            throw InputError(issues: [EncodingPlausibility.issue(finding, path: path)])
        }
        let firstLine = body.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let candidates: [Character] = [";", "\t", ","]
        var detected = candidates.max { a, b in firstLine.filter { $0 == a }.count < firstLine.filter { $0 == b }.count } ?? ";"
        if !firstLine.contains(detected) { detected = ";" }
        let separator = detected
        self.separator = separator
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var quoteOpenedAt = 1
        var iterator = body.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let character = next() {
            if inQuotes {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { inQuotes = false; pending = following }
                    } else { inQuotes = false }
                } else {
                    if character == "\n" || character == "\r\n" || character == "\r" { line += 1; field.append("\n") } else { field.append(character) }
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty:
                inQuotes = true
                quoteOpenedAt = line
            case separator:
                fields.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                fields.append(field)
                field = ""
                if !Self.isBlank(fields) { records.append(Record(line: recordLine, fields: fields)) }
                fields = []
                line += 1
                recordLine = line
            default:
                field.append(character)
            }
        }
        if inQuotes {
            throw InputError(SourceLocation(file: path, line: quoteOpenedAt, column: 1), .csvStructure,
                             fr: "guillemet ouvert jamais refermé", en: "quote opened and never closed")
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            if !Self.isBlank(fields) { records.append(Record(line: recordLine, fields: fields)) }
        }
        guard let first = records.first else {
            throw InputError(SourceLocation(file: path, line: 1, column: 1), .emptyFile, fr: "fichier CSV vide", en: "empty CSV file")
        }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        self.records = Array(records.dropFirst())
    }

    /// Whether a row holds nothing but separators and spaces.
    static func isBlank(_ fields: [String]) -> Bool {
        fields.allSatisfy { $0.allSatisfy { $0 == " " || $0 == "\t" } }
    }

    /// Folds a header name for matching: lowercase, no accents, no spaces or underscores.
    public static func fold(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .filter { $0.isLetter || $0.isNumber }
    }
}
