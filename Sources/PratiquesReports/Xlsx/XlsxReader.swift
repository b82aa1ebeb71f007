import Foundation
import ZIPFoundation

/// A value read from a spreadsheet cell.
public enum XlsxValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    /// An error value such as `#N/A`.
    case error(String)
}

/// Why an .xlsx file could not be read.
public struct XlsxReadError: Error, Sendable {
    /// The part of the file (or the file) at fault.
    public var part: String
    public var reason: String
}

/// Reads the cell values of an .xlsx workbook (any producer: Excel, LibreOffice, libxlsxwriter):
/// sheets by name, shared strings (rich text runs joined), inline strings, numbers, booleans,
/// the cached result of formulas. Styles, formats and everything else are ignored.
public struct XlsxReader {
    /// One sheet: its name, whether it is hidden, and its cells keyed by reference (`E5`).
    public struct Sheet: Sendable {
        public var name: String
        public var hidden: Bool
        public var cells: [String: XlsxValue]
        /// Number cells shown as a percentage (`45 %` typed in a cell holds 0.45).
        public var percentCells: Set<String> = []

        /// The value of a cell (`nil` when empty).
        public subscript(_ reference: String) -> XlsxValue? { cells[reference] }
    }

    /// Largest part read (uncompressed), against zip bombs: questionnaires are a few hundred kB.
    public static let maximumPartSize = 64 * 1024 * 1024

    public private(set) var sheets: [Sheet] = []
    /// Whether date numbers count from 1904-01-01 (an old Mac setting) instead of 1899-12-30.
    public private(set) var usesDate1904 = false

    public init(path: String) throws(XlsxReadError) {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw XlsxReadError(part: path, reason: "not a zip archive (\(error))")
        }
        func part(_ name: String) throws(XlsxReadError) -> XMLTreeNode? {
            guard let entry = archive[name] else { return nil }
            guard entry.uncompressedSize <= UInt64(Self.maximumPartSize) else { throw XlsxReadError(part: name, reason: "part too large") }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            } catch {
                throw XlsxReadError(part: name, reason: "cannot extract (\(error))")
            }
            guard let tree = XMLTreeNode.parse(data) else { throw XlsxReadError(part: name, reason: "malformed XML") }
            return tree
        }
        guard let workbook = try part("xl/workbook.xml") else { throw XlsxReadError(part: "xl/workbook.xml", reason: "missing") }
        let date1904 = workbook.descendants("workbookPr").first?.attributes["date1904"]?.lowercased()
        usesDate1904 = date1904 == "1" || date1904 == "true"
        var targets: [String: String] = [:]
        for relation in try part("xl/_rels/workbook.xml.rels")?.descendants("Relationship") ?? [] {
            if let id = relation.attributes["Id"], let target = relation.attributes["Target"] { targets[id] = target }
        }
        let shared: [String] = try part("xl/sharedStrings.xml")?.descendants("si").map(Self.text(of:)) ?? []
        let percentStyles = Self.percentStyles(try part("xl/styles.xml"))
        for node in workbook.descendants("sheet") {
            let name = node.attributes["name"] ?? ""
            guard let id = node.attributes["id"], let target = targets[id] else { continue }
            // Targets are relative to xl/ (`worksheets/sheet1.xml`) or absolute (`/xl/worksheets/sheet1.xml`).
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let tree = try part(path) else { throw XlsxReadError(part: path, reason: "missing sheet « \(name) »") }
            let state = node.attributes["state"] ?? "visible"
            var sheet = Sheet(name: name, hidden: state != "visible", cells: try Self.cells(of: tree, shared: shared, part: path))
            if !percentStyles.isEmpty {
                for cell in tree.descendants("c") {
                    guard let style = cell.attributes["s"].flatMap(Int.init), percentStyles.contains(style),
                          let reference = cell.attributes["r"], case .number = sheet.cells[reference] else { continue }
                    sheet.percentCells.insert(reference)
                }
            }
            sheets.append(sheet)
        }
    }

    /// The day (`YYYY-MM-DD`, UTC) of a date number, `nil` when out of range.
    public func day(fromDateNumber number: Double) -> String? {
        guard number >= 1, number < 2_958_466 else { return nil }
        // Days since 1899-12-30 (25,569 days before 1970-01-01), or since 1904-01-01 (1,462 days later).
        let days = number.rounded(.down) + (usesDate1904 ? 1_462 : 0) - 25_569
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: days * 86_400))
    }

    /// The sheet with this name.
    public func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

    /// The cell styles (indices in `cellXfs`) whose number format is a percentage: the built-in
    /// formats 9 (`0%`) and 10 (`0.00%`), or a custom format with a `%` outside quotes.
    static func percentStyles(_ styles: XMLTreeNode?) -> Set<Int> {
        guard let styles else { return [] }
        var percentFormats: Set<Int> = [9, 10]
        for format in styles.descendants("numFmt") {
            guard let id = format.attributes["numFmtId"].flatMap(Int.init), let code = format.attributes["formatCode"] else { continue }
            let unquoted = code.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
            if unquoted.replacingOccurrences(of: "\\%", with: "").contains("%") { percentFormats.insert(id) }
        }
        guard let cellXfs = styles.descendants("cellXfs").first else { return [] }
        var result: Set<Int> = []
        for (index, xf) in cellXfs.children("xf").enumerated() {
            if let id = xf.attributes["numFmtId"].flatMap(Int.init), percentFormats.contains(id) { result.insert(index) }
        }
        return result
    }

    /// The text of a shared or inline string: its `t`, or its rich text runs' `t` joined
    /// (phonetic runs left out).
    static func text(of item: XMLTreeNode) -> String {
        if let plain = item.child("t") { return plain.text }
        return item.children("r").compactMap { $0.child("t")?.text }.joined()
    }

    static func cells(of sheet: XMLTreeNode, shared: [String], part: String) throws(XlsxReadError) -> [String: XlsxValue] {
        var cells: [String: XlsxValue] = [:]
        var rowNumber = 0
        for row in sheet.descendants("row") {
            rowNumber = row.attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            var column = 0
            for cell in row.children("c") {
                // The reference is optional in the format: a cell without one follows the previous.
                if let reference = cell.attributes["r"], let parsed = CellReference(reference) {
                    column = parsed.column
                } else {
                    column += 1
                }
                let reference = CellReference.name(row: rowNumber, column: column)
                let raw = cell.child("v")?.text
                switch cell.attributes["t"] ?? "n" {
                case "s":
                    guard let raw, let index = Int(raw.trimmingCharacters(in: .whitespaces)), shared.indices.contains(index) else {
                        throw XlsxReadError(part: part, reason: "cell \(reference): shared string \(raw ?? "?") missing")
                    }
                    cells[reference] = .string(shared[index])
                case "inlineStr":
                    if let item = cell.child("is") { cells[reference] = .string(text(of: item)) }
                case "str":
                    cells[reference] = .string(raw ?? "")
                case "b":
                    if let raw { cells[reference] = .bool(raw.trimmingCharacters(in: .whitespaces) == "1") }
                case "e":
                    cells[reference] = .error(raw ?? "")
                case "d":
                    if let raw { cells[reference] = .string(raw) }
                default:
                    if let raw, let number = Double(raw.trimmingCharacters(in: .whitespaces)) { cells[reference] = .number(number) }
                }
            }
        }
        return cells
    }
}

/// A cell reference such as `E5`: 1-based row and column.
struct CellReference {
    var row: Int
    var column: Int

    init?(_ text: String) {
        var column = 0
        var digits = ""
        for character in text.uppercased() where character != "$" {
            if let ascii = character.asciiValue, character.isLetter, digits.isEmpty {
                column = column * 26 + Int(ascii - 64)
            } else if character.isNumber {
                digits.append(character)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        self.row = row
        self.column = column
    }

    /// `E5` for row 5, column 5.
    static func name(row: Int, column: Int) -> String {
        var letters = ""
        var rest = column
        while rest > 0 {
            let remainder = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            rest = (rest - 1) / 26
        }
        return letters + String(row)
    }
}
