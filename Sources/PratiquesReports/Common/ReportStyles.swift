/// The styles shared by the workbooks.
enum ReportStyles {
    static let title = XlsxStyle(bold: true, fontSize: 16, fontColor: 0x1F4E79)
    static let subtitle = XlsxStyle(bold: true, fontSize: 12, fontColor: 0x1F4E79)
    static let note = XlsxStyle(italic: true, fontColor: 0x595959, wrap: false)
    static let header = XlsxStyle(bold: true, fontColor: 0xFFFFFF, backgroundColor: 0x1F4E79, border: true, verticalCenter: true, wrap: true)
    static let label = XlsxStyle(bold: true)
    static let text = XlsxStyle(border: true, verticalTop: true, wrap: true)
    static let plain = XlsxStyle(border: true, verticalTop: true)
    static let score = XlsxStyle(border: true, horizontal: .right, verticalTop: true, numberFormat: "0.0")
    static let delta = XlsxStyle(border: true, horizontal: .right, verticalTop: true, numberFormat: "+0.0;-0.0;0.0")
    static let percent = XlsxStyle(border: true, horizontal: .right, verticalTop: true, numberFormat: "0%")
    static let level = XlsxStyle(border: true, horizontal: .center, verticalTop: true, numberFormat: "0.0")
    static let integer = XlsxStyle(border: true, horizontal: .center, verticalTop: true, numberFormat: "0")
    static let date = XlsxStyle(border: true, horizontal: .center, verticalTop: true, numberFormat: "yyyy-mm-dd")
    static let divergent = XlsxStyle(backgroundColor: 0xFCE4D6, border: true, verticalTop: true, wrap: true)
    static let overdue = XlsxStyle(fontColor: 0x9C0006, backgroundColor: 0xFFC7CE, border: true, verticalTop: true, wrap: true)
    static let overdueDate = XlsxStyle(fontColor: 0x9C0006, backgroundColor: 0xFFC7CE, border: true, horizontal: .center, numberFormat: "yyyy-mm-dd")
    static let input = XlsxStyle(backgroundColor: 0xFFF2CC, border: true, verticalTop: true, wrap: true, unlocked: true)
    static let mono = XlsxStyle(fontColor: 0x7F7F7F, verticalTop: true)
    static let wrapped = XlsxStyle(verticalTop: true, wrap: true)
    /// A score carried from an earlier version of its grid: italic, brown, shown with a `*`.
    static let carriedScore = XlsxStyle(italic: true, fontColor: 0x7F4F00, border: true, horizontal: .right, verticalTop: true, numberFormat: "0.0\"*\"")
    /// A level value carried from an earlier version of its grid.
    static let carriedLevel = XlsxStyle(italic: true, fontColor: 0x7F4F00, border: true, horizontal: .center, verticalTop: true, numberFormat: "0.0\"*\"")
    /// Text about carried values.
    static let carriedNote = XlsxStyle(italic: true, fontColor: 0x7F4F00, border: true, verticalTop: true, wrap: true)

    /// Red → amber → green scale for scores 0–100.
    static let scoreScale = XlsxConditionalFormat.threeColorScale(low: 0xF8696B, middle: 0xFFEB84, high: 0x63BE7B, minimum: 0, maximum: 100)
}
