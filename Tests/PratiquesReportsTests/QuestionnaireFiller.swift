import Foundation
import Testing
import ZIPFoundation

/// Fills a questionnaire .xlsx the way an office suite saves it: answers go into the sheet XML
/// as shared strings (added to `sharedStrings.xml`), inline strings, numbers or booleans,
/// replacing the blank styled cells; an extra sheet can be added. The zip is written anew.
struct QuestionnaireFiller {
    enum Value {
        case shared(String)
        case inline(String)
        case number(Double)
        case bool(Bool)
    }

    var parts: [(name: String, data: Data)]

    init(path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        parts = try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, data)
        }
    }

    func text(_ name: String) -> String? { parts.first { $0.name == name }.map { String(decoding: $0.data, as: UTF8.self) } }

    mutating func setText(_ name: String, _ text: String) {
        if let index = parts.firstIndex(where: { $0.name == name }) {
            parts[index].data = Data(text.utf8)
        } else {
            parts.append((name, Data(text.utf8)))
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The part holding the sheet named `sheet`.
    func part(ofSheet sheet: String) throws -> String {
        let workbook = try #require(text("xl/workbook.xml"))
        let relations = try #require(text("xl/_rels/workbook.xml.rels"))
        let sheetPattern = try NSRegularExpression(pattern: "<sheet name=\"\(NSRegularExpression.escapedPattern(for: Self.escape(sheet)))\"[^>]*r:id=\"([^\"]+)\"")
        let match = try #require(sheetPattern.firstMatch(in: workbook, range: NSRange(workbook.startIndex..., in: workbook)))
        let id = String(workbook[Range(match.range(at: 1), in: workbook)!])
        let relationPattern = try NSRegularExpression(pattern: "<Relationship Id=\"\(id)\"[^>]*Target=\"([^\"]+)\"")
        let relation = try #require(relationPattern.firstMatch(in: relations, range: NSRange(relations.startIndex..., in: relations)))
        return "xl/" + String(relations[Range(relation.range(at: 1), in: relations)!])
    }

    /// Adds a string to the shared strings and returns its index.
    mutating func share(_ string: String) throws -> Int {
        var shared = try #require(text("xl/sharedStrings.xml"))
        let count = shared.components(separatedBy: "<si>").count - 1
        shared = shared.replacingOccurrences(of: "</sst>", with: "<si><t xml:space=\"preserve\">\(Self.escape(string))</t></si></sst>")
        shared = shared.replacingOccurrences(of: "uniqueCount=\"\(count)\"", with: "uniqueCount=\"\(count + 1)\"")
        setText("xl/sharedStrings.xml", shared)
        return count
    }

    /// Writes `value` into `cell` of `sheet`, replacing the existing cell (keeping its style).
    mutating func set(_ sheet: String, _ cell: String, _ value: Value) throws {
        let name = try part(ofSheet: sheet)
        var xml = try #require(text(name))
        let pattern = try NSRegularExpression(pattern: "<c r=\"\(cell)\"( s=\"[0-9]+\")?[^>]*?(/>|>.*?</c>)")
        let match = try #require(pattern.firstMatch(in: xml, range: NSRange(xml.startIndex..., in: xml)), "cell \(sheet)!\(cell) not in the sheet")
        let style = Range(match.range(at: 1), in: xml).map { String(xml[$0]) } ?? ""
        let replacement: String
        switch value {
        case .shared(let string): replacement = "<c r=\"\(cell)\"\(style) t=\"s\"><v>\(try share(string))</v></c>"
        case .inline(let string): replacement = "<c r=\"\(cell)\"\(style) t=\"inlineStr\"><is><t>\(Self.escape(string))</t></is></c>"
        case .number(let number): replacement = "<c r=\"\(cell)\"\(style)><v>\(number)</v></c>"
        case .bool(let yes): replacement = "<c r=\"\(cell)\"\(style) t=\"b\"><v>\(yes ? 1 : 0)</v></c>"
        }
        xml = try #require(text(name))
        let range = Range(match.range, in: xml)!
        xml.replaceSubrange(range, with: replacement)
        setText(name, xml)
    }

    /// Adds a cell style showing numbers as a percentage (built-in format 9, `0%`), as a
    /// spreadsheet does when `45 %` is typed; returns its index.
    mutating func addPercentStyle() throws -> Int {
        var styles = try #require(text("xl/styles.xml"))
        let pattern = try NSRegularExpression(pattern: "<cellXfs count=\"([0-9]+)\">")
        let match = try #require(pattern.firstMatch(in: styles, range: NSRange(styles.startIndex..., in: styles)))
        let count = Int(styles[Range(match.range(at: 1), in: styles)!])!
        styles = styles.replacingOccurrences(of: "<cellXfs count=\"\(count)\">", with: "<cellXfs count=\"\(count + 1)\">")
        styles = styles.replacingOccurrences(of: "</cellXfs>", with: "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>")
        setText("xl/styles.xml", styles)
        return count
    }

    /// Gives `cell` of `sheet` the style `style` (the number format changes, the value stays).
    mutating func restyle(_ sheet: String, _ cell: String, style: Int) throws {
        let name = try part(ofSheet: sheet)
        let xml = try #require(text(name))
        let pattern = try NSRegularExpression(pattern: "<c r=\"\(cell)\" s=\"[0-9]+\"")
        let match = try #require(pattern.firstMatch(in: xml, range: NSRange(xml.startIndex..., in: xml)))
        setText(name, (xml as NSString).replacingCharacters(in: match.range, with: "<c r=\"\(cell)\" s=\"\(style)\""))
    }

    /// Adds a visible sheet `name` with one text cell, as a person adding their notes would.
    mutating func addSheet(_ name: String) throws {
        var workbook = try #require(text("xl/workbook.xml"))
        var relations = try #require(text("xl/_rels/workbook.xml.rels"))
        var types = try #require(text("[Content_Types].xml"))
        workbook = workbook.replacingOccurrences(of: "</sheets>", with: "<sheet name=\"\(Self.escape(name))\" sheetId=\"99\" r:id=\"rId99\"/></sheets>")
        relations = relations.replacingOccurrences(of: "</Relationships>", with:
            "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet99.xml\"/></Relationships>")
        types = types.replacingOccurrences(of: "</Types>", with:
            "<Override PartName=\"/xl/worksheets/sheet99.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>")
        setText("xl/workbook.xml", workbook)
        setText("xl/_rels/workbook.xml.rels", relations)
        setText("[Content_Types].xml", types)
        setText("xl/worksheets/sheet99.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nos notes</t></is></c></row></sheetData></worksheet>
            """)
    }

    /// Renames a sheet (in the workbook part only, as a person renaming the tab would).
    mutating func renameSheet(_ old: String, to new: String) throws {
        let workbook = try #require(text("xl/workbook.xml"))
        #expect(workbook.contains("<sheet name=\"\(Self.escape(old))\""))
        setText("xl/workbook.xml", workbook.replacingOccurrences(of: "<sheet name=\"\(Self.escape(old))\"", with: "<sheet name=\"\(Self.escape(new))\""))
    }

    /// Writes the workbook to `path` (a new zip).
    func write(to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for part in parts {
            let data = part.data
            try archive.addEntry(with: part.name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}
