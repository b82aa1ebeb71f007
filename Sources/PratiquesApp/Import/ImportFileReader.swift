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
        let start = SourceLocation(file: path, line: 1, column: 1)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw InputError(SourceLocation(file: path, line: 0, column: 0), .fileUnreadable,
                             fr: "lecture impossible : \(error.localizedDescription)", en: "cannot read: \(error.localizedDescription)")
        }
        if data.count > Self.maximumFileSize {
            throw InputError(start, .fileTooLarge, fr: "fichier trop gros (\(data.count) octets)", en: "file too large (\(data.count) bytes)")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            let (line, column) = ReferentielLoader.firstInvalidUTF8Position(in: data)
            throw InputError(SourceLocation(file: path, line: line, column: column), .notUTF8,
                             fr: "le fichier n'est pas en UTF-8 (enregistrez-le en « CSV UTF-8 »)", en: "the file is not UTF-8 (save it as 'CSV UTF-8')")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstCharacter = text.first { !$0.isWhitespace }
        guard let firstCharacter else {
            throw InputError(start, .emptyFile, fr: "fichier vide", en: "empty file")
        }
        let lowered = path.lowercased()
        if firstCharacter == "{" || firstCharacter == "[" || lowered.hasSuffix(".json") || lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
            return try AssessmentJSONParser(catalog: catalog).parse(text: text, path: path)
        }
        return try AssessmentCSVParser(catalog: catalog).parse(text: text, path: path)
    }
}
