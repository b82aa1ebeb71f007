import Foundation
import PratiquesCore

/// Reads an import file and detects its format from its content: JSON (or YAML) exchange
/// documents, or CSV as French spreadsheets write it.
public struct ImportFileReader: Sendable {
    public let catalog: ReferentielCatalog
    /// Larger files are refused with a clear error.
    public static let maximumFileSize = 512 * 1024 * 1024

    public init(catalog: ReferentielCatalog) {
        self.catalog = catalog
    }

    /// The batch in the file at `path`, or every located error found in it.
    public func read(path: String) throws(InputError) -> ImportBatch {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw Self.refusal(SourceLocation(file: path, line: 0, column: 0), .fileUnreadable,
                               ImportMessage.unreadable(["reason": error.localizedDescription]))
        }
        return try read(data: data, name: path)
    }

    /// The batch in `data` (a file received by a front end; `name` locates its errors and, by its
    /// extension, tells JSON from CSV when the content does not), or every located error.
    public func read(data: Data, name: String) throws(InputError) -> ImportBatch {
        let start = SourceLocation(file: name, line: 1, column: 1)
        if data.count > Self.maximumFileSize {
            throw Self.refusal(start, .fileTooLarge, ImportMessage.tooLarge(["bytes": data.count]))
        }
        guard var text = String(data: data, encoding: .utf8) else {
            let (line, column) = ReferentielLoader.firstInvalidUTF8Position(in: data)
            throw Self.refusal(SourceLocation(file: name, line: line, column: column), .notUTF8, ImportMessage.notUTF8())
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard let firstCharacter = text.first(where: { !$0.isWhitespace }) else {
            throw Self.refusal(start, .emptyFile, ImportMessage.empty())
        }
        let lowered = name.lowercased()
        if firstCharacter == "{" || firstCharacter == "[" || lowered.hasSuffix(".json") || lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
            return try AssessmentJSONParser(catalog: catalog).parse(text: text, path: name)
        }
        return try AssessmentCSVParser(catalog: catalog).parse(text: text, path: name)
    }

    private static func refusal(_ location: SourceLocation, _ rule: ValidationRule, _ text: Bilingual) -> InputError {
        InputError(location, rule, fr: text.fr, en: text.en)
    }
}
