import CXlsxWriter

/// How a sheet prints: A4, orientation, margins, scale, repeated rows, header and footer,
/// printed columns. Applied by ``XlsxWorksheet/setPageSetup(_:)``; the manual page breaks are
/// computed when the workbook closes, from the rows kept together (``XlsxWorksheet/keepTogether(_:)``).
public struct XlsxPageSetup: Sendable {
    public enum Orientation: Sendable { case portrait, landscape }

    public var orientation: Orientation
    /// Fit the printed columns to the width of the page (any number of pages down). Use it only
    /// where ``XlsxWorksheet/estimatedPrintScale`` stays at 70 % or more.
    public var fitToWidth: Bool
    /// Fit the whole sheet on one page (for a one-page summary; its scale must stay at 70 % or more).
    public var fitToPage = false
    /// Rows printed at the top of every page (the table's header).
    public var repeatRows: ClosedRange<Int>?
    /// The printed columns; `nil`: from A to the last column written.
    public var columns: ClosedRange<Int>?
    public var margins: XlsxMargins
    public var header: XlsxHeaderFooter
    public var footer: XlsxHeaderFooter

    public init(orientation: Orientation, fitToWidth: Bool = true, repeatRows: ClosedRange<Int>? = nil, columns: ClosedRange<Int>? = nil,
                margins: XlsxMargins = .report, header: XlsxHeaderFooter = XlsxHeaderFooter(), footer: XlsxHeaderFooter = XlsxHeaderFooter()) {
        self.orientation = orientation
        self.fitToWidth = fitToWidth
        self.repeatRows = repeatRows
        self.columns = columns
        self.margins = margins
        self.header = header
        self.footer = footer
    }

    /// The page's printable width and height in points (A4, less the margins).
    var printableSize: (width: Double, height: Double) {
        let (width, height) = orientation == .portrait ? (595.28, 841.89) : (841.89, 595.28)
        return (width - (margins.left + margins.right) * 72, height - (margins.top + margins.bottom) * 72)
    }
}

/// Page margins in inches.
public struct XlsxMargins: Sendable {
    public var left, right, top, bottom, header, footer: Double

    public init(left: Double, right: Double, top: Double, bottom: Double, header: Double, footer: Double) {
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
        self.header = header
        self.footer = footer
    }

    /// Narrow side margins, room for a one-line header and footer.
    public static let report = XlsxMargins(left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3)
}

/// A header or footer: left, centre and right parts, each literal text and page codes.
/// Literal text is typeset, cleaned and has its `&` doubled (``XlsxText/headerFooter(_:limit:)``).
public struct XlsxHeaderFooter: Sendable {
    public enum Item: Sendable {
        case text(String)
        /// The page number.
        case page
        /// The number of pages.
        case pages
    }

    public var left: [Item]
    public var center: [Item]
    public var right: [Item]

    public init(left: [Item] = [], center: [Item] = [], right: [Item] = []) {
        self.left = left
        self.center = center
        self.right = right
    }

    /// « Page 3 / 8 » (French) or « Page 3 of 8 ».
    public static func pageOfPages(french: Bool) -> [Item] { [.text("Page "), .page, .text(french ? " / " : " of "), .pages] }

    var isEmpty: Bool { left.isEmpty && center.isEmpty && right.isEmpty }

    /// The `&L…&C…&R…` string, within Excel's 255 characters.
    func compose(_ typeset: (String) -> String) -> String {
        let sections = [("&L", left), ("&C", center), ("&R", right)].filter { !$0.1.isEmpty }
        let texts = sections.flatMap(\.1).filter { if case .text = $0 { return true } else { return false } }.count
        var codes = 0
        for (_, items) in sections {
            codes += 2
            for item in items { if case .text = item { continue } else { codes += 2 } }
        }
        let share = texts == 0 ? 0 : (XlsxText.maximumHeaderFooterLength - codes) / texts
        var result = ""
        for (code, items) in sections {
            result += code
            for item in items {
                switch item {
                case .text(let text): result += XlsxText.headerFooter(typeset(text), limit: share)
                case .page: result += "&P"
                case .pages: result += "&N"
                }
            }
        }
        return result
    }
}

/// Where the manual page breaks of a sheet go: between the blocks kept together, so that no
/// table or chart is cut, given the rows' heights and the print scale.
struct PageFlow {
    /// Height available on a page, in the sheet's points (the printable height over the scale).
    var pageHeight: Double
    /// Height of the rows repeated on every page after the first.
    var repeatedHeight: Double

    /// Row indices before which a page starts; `units` are consecutive row ranges in order
    /// (a block kept together, or a single row) with their heights; `forced` rows always start a page.
    func breaks(units: [(rows: ClosedRange<Int>, height: Double)], forced: Set<Int>) -> [Int] {
        var breaks: [Int] = []
        var used = 0.0
        var pageHasContent = false
        for unit in units {
            let start = unit.rows.lowerBound
            if forced.contains(start) && pageHasContent || pageHasContent && used + unit.height > pageHeight {
                breaks.append(start)
                used = repeatedHeight
                pageHasContent = false
            }
            used += unit.height
            pageHasContent = true
        }
        return breaks
    }
}
