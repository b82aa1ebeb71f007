import PratiquesCore

/// Why an .xlsx file could not be read: the part of the file at fault (`xl/worksheets/sheet2.xml`,
/// empty for the archive itself), the cell when there is one, and the reason in both languages.
public struct XlsxReadError: Error, Sendable {
    /// The part (a path inside the archive), empty when the archive itself is at fault.
    public var part: String
    /// The cell (`E5`), when the fault is in one.
    public var cell: String?
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
}
