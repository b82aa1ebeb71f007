import Foundation
import PratiquesCore

/// A value read from a spreadsheet cell.
public enum XlsxValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    /// An error value such as `#N/A`.
    case error(String)
}

/// Reads the cell values of an .xlsx workbook (any producer: Excel, LibreOffice, libxlsxwriter):
/// sheets by name, shared strings (rich text runs joined), inline strings, numbers, booleans,
/// the cached result of formulas. Styles, formats and everything else are ignored.
///
/// The file may come from a stranger: it is read under ``XlsxLimits`` (sizes counted while
/// inflating, entries, nesting, cells, rows and columns within Excel's sheet), streaming the
/// worksheets, and every refusal is an ``XlsxReadError`` naming the part and the cell.
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

    public private(set) var sheets: [Sheet] = []
    /// Whether date numbers count from 1904-01-01 (an old Mac setting) instead of 1899-12-30.
    public private(set) var usesDate1904 = false

    /// Reads the workbook at `path` within `limits`: the workbook, its relationships, shared
    /// strings and styles, then every sheet the workbook lists.
    public init(path: String, limits: XlsxLimits = XlsxLimits()) throws(XlsxReadError) {
        var archive = try XlsxArchive(path: path, limits: limits)
        func tree(_ name: String) throws(XlsxReadError) -> XMLTreeNode? {
            try archive.data(of: name).map { data throws(XlsxReadError) in try XMLTreeNode.parse(data, part: name, limits: limits) }
        }
        guard let workbook = try tree("xl/workbook.xml") else {
            throw XlsxReadError(part: "xl/workbook.xml", fr: "partie absente", en: "missing part")
        }
        let date1904 = workbook.descendants("workbookPr").first?.attributes["date1904"]?.lowercased()
        usesDate1904 = date1904 == "1" || date1904 == "true"
        var targets: [String: String] = [:]
        for relation in try tree("xl/_rels/workbook.xml.rels")?.descendants("Relationship") ?? [] {
            if let id = relation.attributes["Id"], let target = relation.attributes["Target"] { targets[id] = target }
        }
        let sharedPart = "xl/sharedStrings.xml"
        let (shared, sharedText) = try archive.data(of: sharedPart).map { data throws(XlsxReadError) in
            try XlsxSharedStrings.read(data, part: sharedPart, limits: limits)
        } ?? ([], 0)
        let percentStyles = Self.percentStyles(try tree("xl/styles.xml"))
        let sheetNodes = workbook.descendants("sheet")
        guard sheetNodes.count <= limits.sheets else {
            throw XlsxReadError(part: "xl/workbook.xml", fr: "plus de \(limits.sheets) feuilles", en: "more than \(limits.sheets) sheets")
        }
        var budget = limits.cells, textBudget = limits.keptText - sharedText
        for node in sheetNodes {
            let name = node.attributes["name"] ?? ""
            guard let id = node.attributes["id"], let target = targets[id] else { continue }
            // Targets are relative to xl/ (`worksheets/sheet1.xml`) or absolute (`/xl/worksheets/sheet1.xml`).
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            let reader = XlsxSheetReader(part: path, shared: shared, percentStyles: percentStyles, budget: budget, textBudget: textBudget,
                                         limits: limits)
            do throws(XlsxReadError) {
                guard let data = try archive.data(of: path) else {
                    throw XlsxReadError(part: path, fr: "partie absente", en: "missing part")
                }
                try reader.run(data)
            } catch {
                var located = error
                located.sheet = name
                throw located
            }
            budget = reader.budget
            textBudget = reader.textBudget
            let state = node.attributes["state"] ?? "visible"
            sheets.append(Sheet(name: name, hidden: state != "visible", cells: reader.cells, percentCells: reader.percentCells))
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
            guard let id = format.attributes["numFmtId"].flatMap(Self.index), let code = format.attributes["formatCode"] else { continue }
            let unquoted = code.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
            if unquoted.replacingOccurrences(of: "\\%", with: "").contains("%") { percentFormats.insert(id) }
        }
        guard let cellXfs = styles.descendants("cellXfs").first else { return [] }
        var result: Set<Int> = []
        for (index, xf) in cellXfs.children("xf").enumerated() {
            if let id = xf.attributes["numFmtId"].flatMap(Self.index), percentFormats.contains(id) { result.insert(index) }
        }
        return result
    }

    /// A format or style index; `nil` when it is not one (styles are presentation only).
    static func index(_ text: String) -> Int? {
        try? CheckedNumber.integer(text, in: 0...Int(Int32.max), signed: false).get()
    }

    /// The cells of one worksheet's bytes (`part` names it in errors).
    static func cells(ofSheet data: Data, shared: [String], part: String, limits: XlsxLimits = XlsxLimits()) throws(XlsxReadError) -> [String: XlsxValue] {
        let reader = XlsxSheetReader(part: part, shared: shared, percentStyles: [], budget: limits.cells, textBudget: limits.keptText, limits: limits)
        try reader.run(data)
        return reader.cells
    }
}
