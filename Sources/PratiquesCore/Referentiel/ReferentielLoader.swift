import Foundation
import Yams

/// A référentiel read from a file, with its text and canonical hash.
public struct LoadedReferentiel: Sendable {
    public var referentiel: Referentiel
    /// The path it was read from.
    public var path: String
    /// The file's text as it was read.
    public var text: String
    /// Canonical sha256 (see ``ContentHash``).
    public var sha256: String
}

/// Reads and validates référentiel files.
///
/// Every problem is reported as a located ``ValidationIssue``; all the issues of a file are
/// collected at once. Nothing here crashes or hangs on hostile input: files over
/// ``maximumFileSize`` are refused before parsing, bytes that are not UTF-8 are located, and
/// YAML alias bombs are stopped by a node budget.
public enum ReferentielLoader {
    /// Larger files are refused (the shipped grids weigh about 30 KB).
    public static let maximumFileSize = 4 * 1024 * 1024

    /// Loads a file, throwing ``InputError`` with every issue found.
    public static func load(path: String) throws(InputError) -> LoadedReferentiel {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > maximumFileSize {
                throw InputError(issues: [ValidationIssue(
                    location: SourceLocation(file: path, line: 1, column: 1), field: "", rule: .fileTooLarge,
                    detail: Bilingual(fr: "fichier trop gros (\(size) octets, maximum \(maximumFileSize))",
                                      en: "file too large (\(size) bytes, at most \(maximumFileSize))"))])
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(issues: [ValidationIssue(
                location: SourceLocation(file: path, line: 0, column: 0), field: "", rule: .fileUnreadable,
                detail: Bilingual(fr: "lecture impossible : \(error.localizedDescription)",
                                  en: "cannot read: \(error.localizedDescription)"))])
        }
        return try load(data: data, path: path)
    }

    /// Loads a grid from bytes; `path` only names it in messages.
    public static func load(data: Data, path: String) throws(InputError) -> LoadedReferentiel {
        func fail(_ line: Int, _ column: Int, _ rule: ValidationRule, fr: String, en: String) -> InputError {
            InputError(issues: [ValidationIssue(location: SourceLocation(file: path, line: line, column: column),
                                                                field: "", rule: rule, detail: Bilingual(fr: fr, en: en))])
        }
        if data.count > maximumFileSize {
            throw fail(1, 1, .fileTooLarge, fr: "fichier trop gros (\(data.count) octets, maximum \(maximumFileSize))",
                       en: "file too large (\(data.count) bytes, at most \(maximumFileSize))")
        }
        guard let text = String(validatingUTF8Data: data) else {
            let (line, column) = firstInvalidUTF8Position(in: data)
            throw fail(line, column, .notUTF8, fr: "le fichier n'est pas en UTF-8 (octet invalide)",
                       en: "the file is not UTF-8 (invalid byte)")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw InputError(issues: [issue(for: error, path: path)])
        } catch {
            throw fail(1, 1, .yamlSyntax, fr: "YAML illisible : \(error)", en: "unreadable YAML: \(error)")
        }
        guard let root, !(root.scalar.map { $0.string.isEmpty && root.resolvedTag == .null } ?? false) else {
            throw fail(1, 1, .emptyFile, fr: "fichier vide : aucun référentiel", en: "empty file: no référentiel")
        }
        let reader = YAMLNodeReader(file: path)
        var parser = ReferentielParser(reader: reader)
        guard let referentiel = parser.parse(root: root), reader.issues.isEmpty else {
            throw InputError(issues: reader.issues.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) })
        }
        return LoadedReferentiel(referentiel: referentiel, path: path, text: text,
                                 sha256: ContentHash.sha256(of: referentiel))
    }

    /// The issues of a file, empty when it is valid.
    public static func validate(path: String) -> [ValidationIssue] {
        do {
            _ = try load(path: path)
            return []
        } catch {
            return error.issues
        }
    }

    static func issue(for error: YamlError, path: String) -> ValidationIssue {
        func make(_ mark: Mark?, _ rule: ValidationRule, fr: String, en: String) -> ValidationIssue {
            ValidationIssue(location: SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1),
                            field: "", rule: rule, detail: Bilingual(fr: fr, en: en))
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let where_ = context.map { " (\($0.text))" } ?? ""
            return make(mark, .yamlSyntax, fr: "erreur de syntaxe YAML : \(problem)\(where_)",
                        en: "YAML syntax error: \(problem)\(where_)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.joined(separator: ", ")
            return make(context.mark, .duplicateKey, fr: "clé répétée dans un même objet : \(keys)",
                        en: "key repeated in one mapping: \(keys)")
        case let .reader(problem, offset, _, yaml):
            let (line, column) = offset.map { position(ofOffset: $0, in: yaml) } ?? (1, 1)
            return ValidationIssue(location: SourceLocation(file: path, line: line, column: column), field: "",
                                   rule: .yamlSyntax, detail: Bilingual(fr: "YAML illisible : \(problem)", en: "unreadable YAML: \(problem)"))
        default:
            return make(nil, .yamlSyntax, fr: "YAML illisible : \(error)", en: "unreadable YAML: \(error)")
        }
    }

    private static func position(ofOffset offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index >= offset { break }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// Line and column of the first byte that breaks UTF-8.
    public static func firstInvalidUTF8Position(in data: Data) -> (Int, Int) {
        let bytes = [UInt8](data)
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column)
            }
            if index + length > bytes.count { return (line, column) }
            for next in bytes[(index + 1)..<(index + length)] where next & 0xC0 != 0x80 { return (line, column) }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return (line, column)
    }
}

extension String {
    /// Decodes UTF-8, returning nil (instead of repairing) when a byte is invalid.
    init?(validatingUTF8Data data: Data) {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        self = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}
