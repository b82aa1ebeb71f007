/// How much of an .xlsx file the reader accepts to read: files come from strangers, and a zip
/// or an XML file can claim, hold or expand to anything. A Pratiques questionnaire is under
/// 100 kB inflated (the largest shipped grid: 75 kB, its largest part 20 kB), with a few hundred
/// cells: the limits leave a margin of about a hundred for a workbook saved again by an office
/// suite, and together they keep the peak memory of `pratiques assess import` on any file under
/// 64 MiB (measured on the worst files the limits allow, see `scripts/hostile_xlsx.py`).
public struct XlsxLimits: Sendable {
    /// Largest file, zipped.
    public var fileSize = 16 * 1024 * 1024
    /// Most entries in the zip directory.
    public var entries = 10_000
    /// Largest part once inflated, counted while inflating: a zip header's declared size is
    /// never trusted.
    public var partSize = 2 * 1024 * 1024
    /// Most bytes inflated for the whole workbook.
    public var totalInflated = 16 * 1024 * 1024
    /// Deepest XML nesting (a worksheet needs 6 levels).
    public var depth = 64
    /// Most XML elements in a part read as a tree (workbook, relationships, styles).
    public var treeNodes = 50_000
    /// Most sheets.
    public var sheets = 1_000
    /// Most cell values kept for the whole workbook.
    public var cells = 20_000
    /// Most shared strings.
    public var sharedStrings = 50_000
    /// Most text kept for the whole workbook (shared strings and the cells' own texts, in UTF-8
    /// bytes): what a questionnaire holds is under 300 kB even with every comment at its limit.
    public var keptText = 4 * 1024 * 1024
    /// Longest text in a cell: Excel's own limit (UTF-16 code units).
    public var cellText = 32_767

    /// Excel's last row and column (`XFD1048576`).
    public static let maximumRow = 1_048_576, maximumColumn = 16_384

    public init() {}
}
