import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Opens a produced .xlsx (a zip of XML parts) and exposes what tests check: sheets, cells,
/// data validations, conditional formats, panes, page set-up, protection and charts.
struct XlsxInspector {
    enum Cell: Equatable {
        case string(String)
        case number(Double)
        case bool(Bool)
        case formula(String)

        var text: String? { if case .string(let s) = self { return s } else { return nil } }
        var number: Double? { if case .number(let n) = self { return n } else { return nil } }
    }

    struct Sheet {
        var name: String
        var hidden: Bool
        var cells: [String: Cell] = [:]
        var validations: [(sqref: String, formula: String)] = []
        /// Validation type (`list`, `decimal`…) by range.
        var validationTypes: [String: String] = [:]
        var conditionalFormats: [(sqref: String, type: String)] = []
        var frozen: String?
        var landscape = false
        var fitToWidth: String?
        var protected = false
        var hiddenColumns: [Int] = []
        var unlockedStyles: Set<Int> = []
        var cellStyles: [String: Int] = [:]
        var drawing = false
        var paperSize: String?
        var fitToPage = false
        var fitToHeight: String?
        var header = ""
        var footer = ""
        /// Rows before which a manual page break starts a page (0-based).
        var rowBreaks: [Int] = []
        /// Chart anchors: (from row, from column, to row, to column), 0-based.
        var chartAnchors: [(fromRow: Int, fromColumn: Int, toRow: Int, toColumn: Int)] = []
    }

    struct Chart {
        var types: [String]
        var references: [String]
    }

    var sheets: [Sheet] = []
    var charts: [Chart] = []
    var unlockedStyleIndices: Set<Int> = []
    /// Custom number format of each cell style index (`0.0"*"`…).
    var styleNumberFormats: [Int: String] = [:]
    var entryNames: [String] = []
    /// Defined names (print areas and titles): name and sheet-local index → formula.
    var definedNames: [(name: String, sheet: Int?, formula: String)] = []
    /// Every XML part, parsed: whether each is well-formed.
    var malformedParts: [String] = []

    init(path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        func part(_ name: String) throws -> Data? {
            guard let entry = archive[name] else { return nil }
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return data
        }
        entryNames = archive.map(\.path)
        let shared = try part("xl/sharedStrings.xml").map { XMLTree.parse($0) }?.all("si").map { $0.allText("t") } ?? []
        let workbook = XMLTree.parse(try part("xl/workbook.xml") ?? Data())
        let relations = XMLTree.parse(try part("xl/_rels/workbook.xml.rels") ?? Data())
        var targets: [String: String] = [:]
        for relation in relations.all("Relationship") { targets[relation.attributes["Id"] ?? ""] = relation.attributes["Target"] }
        if let styles = try part("xl/styles.xml").map({ XMLTree.parse($0) }), let cellXfs = styles.all("cellXfs").first {
            var formats: [String: String] = [:]
            for format in styles.all("numFmt") { formats[format.attributes["numFmtId"] ?? ""] = format.attributes["formatCode"] }
            for (index, xf) in cellXfs.children.filter({ $0.name == "xf" }).enumerated() {
                if let code = xf.attributes["numFmtId"].flatMap({ formats[$0] }) { styleNumberFormats[index] = code }
            }
            for (index, xf) in cellXfs.children.filter({ $0.name == "xf" }).enumerated()
            where xf.children.contains(where: { $0.name == "protection" && $0.attributes["locked"] == "0" }) {
                unlockedStyleIndices.insert(index)
            }
        }
        definedNames = workbook.all("definedName").map { ($0.attributes["name"] ?? "", $0.attributes["localSheetId"].flatMap(Int.init), $0.text) }
        for name in entryNames where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
            if let data = try part(name), !XMLParser(data: data).parse() { malformedParts.append(name) }
        }
        for sheetNode in workbook.all("sheet") {
            var sheet = Sheet(name: sheetNode.attributes["name"] ?? "", hidden: sheetNode.attributes["state"] == "hidden")
            let target = targets[sheetNode.attributes["r:id"] ?? ""] ?? ""
            let tree = XMLTree.parse(try part("xl/" + target) ?? Data())
            for cell in tree.all("c") {
                let reference = cell.attributes["r"] ?? ""
                if let style = cell.attributes["s"].flatMap(Int.init) { sheet.cellStyles[reference] = style }
                if let formula = cell.children.first(where: { $0.name == "f" }) {
                    sheet.cells[reference] = .formula(formula.text)
                    continue
                }
                let value = cell.children.first { $0.name == "v" }?.text
                switch cell.attributes["t"] {
                case "s": sheet.cells[reference] = value.flatMap(Int.init).map { .string(shared[$0]) }
                case "inlineStr": sheet.cells[reference] = .string(cell.allText("t"))
                case "str": sheet.cells[reference] = .string(value ?? "")
                case "b": sheet.cells[reference] = .bool(value == "1")
                default: if let value, let number = Double(value) { sheet.cells[reference] = .number(number) }
                }
            }
            sheet.validations = tree.all("dataValidation").map { ($0.attributes["sqref"] ?? "", $0.children.first { $0.name == "formula1" }?.text ?? "") }
            for validation in tree.all("dataValidation") { sheet.validationTypes[validation.attributes["sqref"] ?? ""] = validation.attributes["type"] }
            sheet.conditionalFormats = tree.all("conditionalFormatting").flatMap { node in
                node.children.filter { $0.name == "cfRule" }.map { (node.attributes["sqref"] ?? "", $0.attributes["type"] ?? "") }
            }
            sheet.frozen = tree.all("pane").first { $0.attributes["state"] == "frozen" }?.attributes["topLeftCell"]
            sheet.landscape = tree.all("pageSetup").first?.attributes["orientation"] == "landscape"
            sheet.fitToWidth = tree.all("pageSetup").first?.attributes["fitToWidth"]
            sheet.protected = !tree.all("sheetProtection").isEmpty
            sheet.drawing = !tree.all("drawing").isEmpty
            let pageSetup = tree.all("pageSetup").first
            sheet.paperSize = pageSetup?.attributes["paperSize"]
            sheet.fitToHeight = pageSetup?.attributes["fitToHeight"]
            sheet.fitToPage = tree.all("pageSetUpPr").first?.attributes["fitToPage"] == "1"
            sheet.header = tree.all("oddHeader").first?.text ?? ""
            sheet.footer = tree.all("oddFooter").first?.text ?? ""
            sheet.rowBreaks = tree.all("rowBreaks").flatMap { $0.all("brk") }.compactMap { $0.attributes["id"].flatMap(Int.init) }
            let sheetRelations = "xl/worksheets/_rels/" + (target as NSString).lastPathComponent + ".rels"
            if let relationsData = try part(sheetRelations) {
                for relation in XMLTree.parse(relationsData).all("Relationship") where relation.attributes["Target"]?.contains("drawings/") == true {
                    let drawingPath = "xl/drawings/" + ((relation.attributes["Target"] ?? "") as NSString).lastPathComponent
                    let drawing = XMLTree.parse(try part(drawingPath) ?? Data())
                    for anchor in drawing.all("xdr:twoCellAnchor") {
                        func cell(_ name: String) -> (Int, Int) {
                            let node = anchor.all(name).first
                            return (Int(node?.all("xdr:row").first?.text ?? "") ?? -1, Int(node?.all("xdr:col").first?.text ?? "") ?? -1)
                        }
                        let (fromRow, fromColumn) = cell("xdr:from"), (toRow, toColumn) = cell("xdr:to")
                        sheet.chartAnchors.append((fromRow, fromColumn, toRow, toColumn))
                    }
                }
            }
            for column in tree.all("col") where column.attributes["hidden"] == "1" {
                let min = Int(column.attributes["min"] ?? "0") ?? 0, max = Int(column.attributes["max"] ?? "0") ?? 0
                sheet.hiddenColumns += Array(min...max)
            }
            sheets.append(sheet)
        }
        for name in entryNames.sorted() where name.hasPrefix("xl/charts/chart") && name.hasSuffix(".xml") {
            let tree = XMLTree.parse(try part(name) ?? Data())
            let plot = tree.all("c:plotArea").first
            let types = plot?.children.map(\.name).filter { $0.hasSuffix("Chart") } ?? []
            charts.append(Chart(types: types, references: tree.all("c:f").map(\.text)))
        }
    }

    var sheetNames: [String] { sheets.map(\.name) }

    /// The print area of a sheet (`'Synthèse'!$A$1:$N$40`), if any.
    func printArea(_ sheet: String) -> String? {
        guard let index = sheets.firstIndex(where: { $0.name == sheet }) else { return nil }
        return definedNames.first { $0.name == "_xlnm.Print_Area" && $0.sheet == index }?.formula
    }

    /// The rows repeated on each printed page of a sheet, if any.
    func printTitles(_ sheet: String) -> String? {
        guard let index = sheets.firstIndex(where: { $0.name == sheet }) else { return nil }
        return definedNames.first { $0.name == "_xlnm.Print_Titles" && $0.sheet == index }?.formula
    }

    /// Every string cell of a sheet.
    func texts(_ sheet: String) -> [String] { self.sheet(sheet)?.cells.values.compactMap(\.text) ?? [] }
    func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }
    func cell(_ sheet: String, _ reference: String) -> Cell? { self.sheet(sheet)?.cells[reference] }
    /// The custom number format of a cell, when its style has one.
    func numberFormat(_ sheet: String, _ reference: String) -> String? {
        self.sheet(sheet)?.cellStyles[reference].flatMap { styleNumberFormats[$0] }
    }

    /// Whether a cell's style leaves it editable on a protected sheet.
    func isUnlocked(_ sheet: String, _ reference: String) -> Bool {
        guard let style = self.sheet(sheet)?.cellStyles[reference] else { return false }
        return unlockedStyleIndices.contains(style)
    }
}

/// A minimal XML tree built with XMLParser.
final class XMLTree: NSObject, XMLParserDelegate {
    let name: String
    var attributes: [String: String]
    var children: [XMLTree] = []
    var text = ""
    private var stack: [XMLTree] = []

    init(name: String, attributes: [String: String] = [:]) {
        self.name = name
        self.attributes = attributes
    }

    static func parse(_ data: Data) -> XMLTree {
        let root = XMLTree(name: "#document")
        root.stack = [root]
        let parser = XMLParser(data: data)
        parser.delegate = root
        _ = parser.parse()
        return root
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let node = XMLTree(name: elementName, attributes: attributes)
        stack.last?.children.append(node)
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }

    /// Every descendant with this name, in document order.
    func all(_ name: String) -> [XMLTree] {
        var found: [XMLTree] = []
        for child in children {
            if child.name == name { found.append(child) }
            found += child.all(name)
        }
        return found
    }

    /// The concatenated text of the descendants named `name`.
    func allText(_ name: String) -> String { all(name).map(\.text).joined() }
}
