import PratiquesCore

/// The styles shared by the workbooks.
enum ReportStyles {
    static let title = XlsxStyle(bold: true, fontSize: 16, fontColor: 0x1F4E79)
    static let subtitle = XlsxStyle(bold: true, fontSize: 12, fontColor: 0x1F4E79)
    static let note = XlsxStyle(italic: true, fontColor: 0x595959, wrap: false)
    /// A note that wraps in its (merged) cell.
    static let wrappedNote = XlsxStyle(italic: true, fontColor: 0x595959, verticalTop: true, wrap: true)
    static let header = XlsxStyle(bold: true, fontColor: 0xFFFFFF, backgroundColor: 0x1F4E79, border: true, verticalCenter: true, wrap: true)
    /// A header over numbers.
    static let numberHeader = XlsxStyle(bold: true, fontColor: 0xFFFFFF, backgroundColor: 0x1F4E79, border: true, horizontal: .center,
                                        verticalCenter: true, wrap: true)
    /// A row naming a group of the rows below (a dimension in a grid's table).
    static let group = XlsxStyle(bold: true, fontColor: 0x1F4E79, backgroundColor: 0xDDEBF7, border: true, verticalCenter: true)
    static let label = XlsxStyle(bold: true)
    static let boldText = XlsxStyle(bold: true, border: true, verticalTop: true, wrap: true)
    static let text = XlsxStyle(border: true, verticalTop: true, wrap: true)
    static let plain = XlsxStyle(border: true, verticalTop: true)
    static let score = XlsxStyle(border: true, horizontal: .right, verticalTop: true, numberFormat: "0.0")
    static let boldScore = XlsxStyle(bold: true, border: true, horizontal: .right, verticalTop: true, numberFormat: "0.0")
    static let delta = XlsxStyle(border: true, horizontal: .right, verticalTop: true, numberFormat: "+0.0;-0.0;0.0")
    static let percent = XlsxStyle(border: true, horizontal: .right, verticalTop: true, numberFormat: "0%")
    static let level = XlsxStyle(border: true, horizontal: .center, verticalTop: true, numberFormat: "0.0")
    static let integer = XlsxStyle(border: true, horizontal: .center, verticalTop: true, numberFormat: "0")
    static let divergent = XlsxStyle(backgroundColor: 0xFCE4D6, border: true, verticalTop: true, wrap: true)
    static let overdue = XlsxStyle(fontColor: 0x9C0006, backgroundColor: 0xFFC7CE, border: true, verticalTop: true, wrap: true)
    static let input = XlsxStyle(backgroundColor: 0xFFF2CC, border: true, verticalTop: true, wrap: true, unlocked: true)
    static let mono = XlsxStyle(fontColor: 0x7F7F7F, verticalTop: true)
    static let wrapped = XlsxStyle(verticalTop: true, wrap: true)
    /// A score carried from an earlier version of its grid: italic, brown, shown with a `*`.
    static let carriedScore = XlsxStyle(italic: true, fontColor: 0x7F4F00, border: true, horizontal: .right, verticalTop: true, numberFormat: "0.0\"*\"")
    /// A level value carried from an earlier version of its grid.
    static let carriedLevel = XlsxStyle(italic: true, fontColor: 0x7F4F00, border: true, horizontal: .center, verticalTop: true, numberFormat: "0.0\"*\"")
    /// Text about carried values.
    static let carriedNote = XlsxStyle(italic: true, fontColor: 0x7F4F00, verticalTop: true, wrap: true)
    /// A figure withheld (too small a group).
    static let suppressed = XlsxStyle(italic: true, fontColor: 0x7F7F7F, border: true, verticalTop: true, wrap: true)

    /// Red → amber → green scale for scores 0–100.
    static let scoreScale = XlsxConditionalFormat.threeColorScale(low: 0xF8696B, middle: 0xFFEB84, high: 0x63BE7B, minimum: 0, maximum: 100)

    /// The number format of days: `dd/mm/yyyy` in French, `yyyy-mm-dd` in English.
    static func dateFormat(_ language: Language) -> String { language == .fr ? "dd/mm/yyyy" : "yyyy-mm-dd" }

    /// A day in a table.
    static func date(_ language: Language) -> XlsxStyle {
        XlsxStyle(border: true, horizontal: .center, verticalTop: true, numberFormat: dateFormat(language))
    }

    /// An overdue day.
    static func overdueDate(_ language: Language) -> XlsxStyle {
        XlsxStyle(fontColor: 0x9C0006, backgroundColor: 0xFFC7CE, border: true, horizontal: .center, verticalTop: true, numberFormat: dateFormat(language))
    }

    /// A day in a data sheet (no border).
    static func plainDate(_ language: Language) -> XlsxStyle { XlsxStyle(numberFormat: dateFormat(language)) }

    /// Colours of the levels 0 to 4 (red to green), for distributions.
    static let levelColors: [UInt32] = [0xC0504D, 0xF79646, 0xFFD966, 0x9BBB59, 0x4F8A3C]
    /// Colours of successive assessments or sessions: greys for the older ones, dark blue for the latest.
    static func seriesColors(_ count: Int) -> [UInt32] {
        let older: [UInt32] = [0xBFBFBF, 0x9DC3E6, 0x5B9BD5, 0x2E75B6]
        guard count > 0 else { return [] }
        return Array(older.suffix(count - 1)) + [0x1F4E79]
    }
}
