import PratiquesCore

/// Why an .xlsx file could not be read: the part of the file at fault (`xl/worksheets/sheet2.xml`,
/// empty for the archive itself), the sheet and cell when there are, and the reason in both
/// languages.
public struct XlsxReadError: Error, Sendable {
    /// The part (a path inside the archive), empty when the archive itself is at fault.
    public var part: String
    /// The cell (`E5`), when the fault is in one.
    public var cell: String?
    /// The name of the sheet the part holds, when it is a worksheet.
    public var sheet: String?
    public var reason: Bilingual

    public init(part: String, cell: String? = nil, fr: String, en: String) {
        self.part = part
        self.cell = cell
        self.reason = Bilingual(fr: fr, en: en)
    }

    /// `xl/worksheets/sheet2.xml!E5`, `xl/workbook.xml`, or empty.
    public var place: String {
        guard let cell else { return part }
        return part.isEmpty ? cell : "\(part)!\(cell)"
    }

    /// Where a person finds the fault: `Règles!E5` or `Règles` for a worksheet (its name as
    /// ``MessageQuote`` shows it: the file chose it), else ``place``.
    public var field: String {
        guard let sheet else { return place }
        let name = MessageQuote.excerpt(sheet)
        return cell.map { "\(name)!\($0)" } ?? name
    }
}
