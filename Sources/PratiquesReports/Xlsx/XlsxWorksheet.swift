import CXlsxWriter
import Foundation

/// One sheet of an ``XlsxWorkbook``. Text is always written as a string, never as a formula,
/// through ``XlsxText`` (and French typography unless ``typesetsText`` is off).
///
/// The sheet remembers its column widths, row heights and charts, so that charts can be sized
/// to a cell range and page breaks placed between the blocks kept together.
public final class XlsxWorksheet {
    let handle: UnsafeMutablePointer<lxw_worksheet>
    /// The sheet's name, as written.
    public let name: String
    unowned let workbook: XlsxWorkbook
    /// Whether text gets French typography (off for data sheets and identifiers).
    public let typesetsText: Bool

    /// Column widths in characters, where set.
    private(set) var columnWidths: [Int: (width: Double, hidden: Bool)] = [:]
    /// Row heights in points, where set.
    private(set) var rowHeights: [Int: Double] = [:]
    /// The last row and column written (0-based), `-1` when none.
    public private(set) var lastRow = -1
    public private(set) var lastColumn = -1
    /// The cell ranges charts were placed in.
    public private(set) var chartRanges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
    private var blocks: [ClosedRange<Int>] = []
    private var forcedBreaks: Set<Int> = []
    private var pageSetup: XlsxPageSetup?

    /// Excel's default row height, in points.
    public static let defaultRowHeight = 15.0
    /// Excel's default column width, in characters.
    public static let defaultColumnWidth = 8.43

    init(handle: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: XlsxWorkbook, typesetsText: Bool) {
        self.handle = handle
        self.name = name
        self.workbook = workbook
        self.typesetsText = typesetsText
    }

    private func where_(_ row: Int, _ column: Int) -> String { "\(name)!\(XlsxCell.name(row: row, column: column))" }

    func touch(_ row: Int, _ column: Int) {
        if row > lastRow { lastRow = row }
        if column > lastColumn { lastColumn = column }
    }

    /// Cell text as written: typeset (unless the sheet opts out), cleaned and capped.
    func cellText(_ text: String, typeset: Bool = true) -> String {
        XlsxText.cell(typeset && typesetsText ? workbook.typeset(text) : text, french: workbook.language == .fr)
    }

    /// Writes text as a string cell (text starting with `=`, `+`, `-` or `@` stays text).
    public func write(_ text: String, row: Int, column: Int, style: XlsxStyle? = nil) throws(XlsxError) {
        try writeString(cellText(text), row: row, column: column, format: try workbook.format(style))
    }

    /// Writes text exactly as given (cleaned and capped, no typography): what must read back
    /// as it was (a pre-filled answer, a comment, a dropdown label).
    public func writeVerbatim(_ text: String, row: Int, column: Int, style: XlsxStyle? = nil) throws(XlsxError) {
        try writeString(cellText(text, typeset: false), row: row, column: column, format: try workbook.format(style))
    }

    func writeString(_ text: String, row: Int, column: Int, format: UnsafeMutablePointer<lxw_format>?) throws(XlsxError) {
        touch(row, column)
        // `withCString` lends the string's own bytes (or a stack copy of a small string); passing
        // `text` as the argument would copy it to a new heap array for every cell.
        let result = text.withCString { worksheet_write_string(handle, UInt32(row), UInt16(column), $0, format) }
        try XlsxError.check(result, "write_string \(where_(row, column))")
    }

    /// Writes a number.
    public func write(_ number: Double, row: Int, column: Int, style: XlsxStyle? = nil) throws(XlsxError) {
        touch(row, column)
        try XlsxError.check(worksheet_write_number(handle, UInt32(row), UInt16(column), number, try workbook.format(style)),
                            "write_number \(where_(row, column))")
    }

    /// Writes a number, or a blank cell (with the style) when `nil`.
    public func write(_ number: Double?, row: Int, column: Int, style: XlsxStyle? = nil) throws(XlsxError) {
        if let number { try write(number, row: row, column: column, style: style) } else { try writeBlank(row: row, column: column, style: style) }
    }

    /// Writes a `YYYY-MM-DD` day as a real date cell.
    public func write(date: String, row: Int, column: Int, style: XlsxStyle) throws(XlsxError) {
        let parts = date.split(separator: "-").compactMap { Int32($0) }
        guard parts.count == 3 else { return try write(date, row: row, column: column, style: style) }
        touch(row, column)
        var value = lxw_datetime(year: parts[0], month: parts[1], day: parts[2], hour: 0, min: 0, sec: 0)
        try XlsxError.check(worksheet_write_datetime(handle, UInt32(row), UInt16(column), &value, try workbook.format(style)),
                            "write_datetime \(where_(row, column))")
    }

    /// Writes a boolean.
    public func write(_ value: Bool, row: Int, column: Int, style: XlsxStyle? = nil) throws(XlsxError) {
        touch(row, column)
        try XlsxError.check(worksheet_write_boolean(handle, UInt32(row), UInt16(column), value ? 1 : 0, try workbook.format(style)),
                            "write_boolean \(where_(row, column))")
    }

    /// A styled empty cell.
    public func writeBlank(row: Int, column: Int, style: XlsxStyle?) throws(XlsxError) {
        guard let format = try workbook.format(style) else { return }
        touch(row, column)
        try XlsxError.check(worksheet_write_blank(handle, UInt32(row), UInt16(column), format), "write_blank \(where_(row, column))")
    }

    /// Merges a range and writes text in it.
    public func merge(_ text: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, style: XlsxStyle? = nil) throws(XlsxError) {
        touch(lastRow, lastColumn)
        let written = cellText(text)
        let format = try workbook.format(style)
        let result = written.withCString {
            worksheet_merge_range(handle, UInt32(firstRow), UInt16(firstColumn), UInt32(lastRow), UInt16(lastColumn), $0, format)
        }
        try XlsxError.check(result, "merge_range \(where_(firstRow, firstColumn))")
    }

    /// Width (in characters) of columns `first...last`, and whether they are hidden.
    public func setColumns(_ first: Int, _ last: Int, width: Double, hidden: Bool = false, style: XlsxStyle? = nil) throws(XlsxError) {
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        for column in first...last { columnWidths[column] = (width, hidden) }
        try XlsxError.check(worksheet_set_column_opt(handle, UInt16(first), UInt16(last), width, try workbook.format(style), &options),
                            "set_column \(name)")
    }

    /// Height of a row in points.
    public func setRow(_ row: Int, height: Double) throws(XlsxError) {
        rowHeights[row] = height
        try XlsxError.check(worksheet_set_row(handle, UInt32(row), height, nil), "set_row \(name)")
    }

    /// A row's height in points (the default unless set).
    public func height(ofRow row: Int) -> Double { rowHeights[row] ?? Self.defaultRowHeight }

    /// A column's width in characters (the default unless set; 0 when hidden).
    public func columnWidth(_ column: Int) -> Double {
        let (width, hidden) = columnWidths[column] ?? (Self.defaultColumnWidth, false)
        return hidden ? 0 : width
    }

    /// A column's width in pixels, as Excel and libxlsxwriter count them (7 per character plus 5).
    public func pixels(ofColumn column: Int) -> Double {
        let (width, hidden) = columnWidths[column] ?? (Self.defaultColumnWidth, false)
        if hidden || width <= 0 { return 0 }
        return width < 1 ? (width * 12).rounded() : (width * 7).rounded() + 5
    }

    /// Freezes the rows above `row` and the columns left of `column`.
    public func freezePanes(row: Int, column: Int) {
        worksheet_freeze_panes(handle, UInt32(row), UInt16(column))
    }

    /// Hides the sheet.
    public func hide() { worksheet_hide(handle) }

    /// Makes the sheet the one shown when the file opens.
    public func activate() { worksheet_activate(handle) }

    /// Protects the sheet without a password: only unlocked cells can be edited.
    public func protect() {
        var options = lxw_protection()
        options.no_select_locked_cells = 0
        options.format_columns = 1
        options.format_rows = 1
        worksheet_protect(handle, nil, &options)
    }

    /// Inserts a chart sized to fill the cell range `rows` × `columns` (a few pixels inside it,
    /// so that its anchor stays in the range). Charts of a sheet never overlap: an overlapping
    /// range is refused.
    public func insert(_ chart: XlsxChart, rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws(XlsxError) {
        if chartRanges.contains(where: { $0.rows.overlaps(rows) && $0.columns.overlaps(columns) }) {
            throw XlsxError(code: LXW_ERROR_PARAMETER_VALIDATION.rawValue, operation: "insert_chart \(where_(rows.lowerBound, columns.lowerBound)): overlaps another chart")
        }
        chartRanges.append((rows, columns))
        let width = columns.reduce(0.0) { $0 + pixels(ofColumn: $1) } - 6
        // With constant memory, libxlsxwriter no longer knows the heights of the rows written: it
        // counts the default, so the chart's anchor still spans `rows` and the chart takes their height.
        // libxlsxwriter counts whole pixels a row: the chart must not outgrow that count.
        var whole = 0.0
        for row in rows { whole += ((workbook.constantMemory ? Self.defaultRowHeight : height(ofRow: row)) * 4 / 3).rounded(.down) }
        let height = whole - 6
        var options = lxw_chart_options()
        options.x_offset = 3
        options.y_offset = 3
        options.x_scale = max(0.1, width / 480)
        options.y_scale = max(0.1, height / 288)
        touch(rows.upperBound, columns.upperBound)
        try XlsxError.check(worksheet_insert_chart_opt(handle, UInt32(rows.lowerBound), UInt16(columns.lowerBound), chart.handle, &options),
                            "insert_chart \(where_(rows.lowerBound, columns.lowerBound))")
    }

    /// Autofilter over a header row and its data.
    public func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws(XlsxError) {
        try XlsxError.check(worksheet_autofilter(handle, UInt32(firstRow), UInt16(firstColumn), UInt32(lastRow), UInt16(lastColumn)),
                            "autofilter \(name)")
    }

    /// A dropdown list on a range: inline values when they fit Excel's 255 characters, else a
    /// reference to a range holding them (`source`). Values are written as given (cleaned).
    public func dropdown(firstRow: Int, column: Int, lastRow: Int, values: [String], source: String? = nil,
                         inputTitle: String? = nil, inputMessage: String? = nil) throws(XlsxError) {
        var validation = lxw_data_validation()
        validation.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
        validation.show_error = UInt8(LXW_VALIDATION_ON.rawValue)
        let cleaned = values.map { XlsxText.line($0) }
        let inline = cleaned.joined(separator: ",")
        var list: [UnsafeMutablePointer<CChar>?] = cleaned.map { workbook.arena.keep($0) } + [nil]
        if let source, inline.count > 250 || cleaned.contains(where: { $0.contains(",") }) {
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            validation.value_formula = workbook.arena.keep(source)
        } else {
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
        }
        setMessages(&validation, title: inputTitle, message: inputMessage)
        let result = list.withUnsafeMutableBufferPointer { buffer -> lxw_error in
            if validation.validate == UInt8(LXW_VALIDATION_TYPE_LIST.rawValue) { validation.value_list = buffer.baseAddress }
            return worksheet_data_validation_range(handle, UInt32(firstRow), UInt16(column), UInt32(lastRow), UInt16(column), &validation)
        }
        try XlsxError.check(result, "data_validation \(where_(firstRow, column))")
    }

    /// A number between `minimum` and `maximum` (either may be open) in a cell; anything else is
    /// refused by the spreadsheet with `errorMessage`.
    public func numberValidation(row: Int, column: Int, minimum: Double?, maximum: Double?, inputTitle: String? = nil,
                                 inputMessage: String? = nil, errorMessage: String? = nil) throws(XlsxError) {
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
        validation.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
        validation.show_error = UInt8(LXW_VALIDATION_ON.rawValue)
        switch (minimum, maximum) {
        case let (minimum?, maximum?):
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            validation.minimum_number = minimum
            validation.maximum_number = maximum
        case let (minimum?, nil):
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
            validation.value_number = minimum
        case let (nil, maximum?):
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO.rawValue)
            validation.value_number = maximum
        case (nil, nil):
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            validation.minimum_number = -1e300
            validation.maximum_number = 1e300
        }
        setMessages(&validation, title: inputTitle, message: inputMessage)
        if let errorMessage {
            validation.error_title = workbook.arena.keep(XlsxText.line(workbook.typeset(inputTitle ?? ""), limit: 32))
            validation.error_message = workbook.arena.keep(XlsxText.line(workbook.typeset(errorMessage), limit: 255))
        }
        try XlsxError.check(worksheet_data_validation_cell(handle, UInt32(row), UInt16(column), &validation),
                            "data_validation \(where_(row, column))")
    }

    private func setMessages(_ validation: inout lxw_data_validation, title: String?, message: String?) {
        if let title { validation.input_title = workbook.arena.keep(XlsxText.line(workbook.typeset(title), limit: 32)) }
        if let message { validation.input_message = workbook.arena.keep(XlsxText.line(workbook.typeset(message), limit: 255)) }
    }

    /// A conditional format on a range.
    public func conditionalFormat(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, _ rule: XlsxConditionalFormat) throws(XlsxError) {
        var format = lxw_conditional_format()
        switch rule {
        case let .threeColorScale(low, middle, high, minimum, maximum):
            format.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
            format.min_color = low
            format.mid_color = middle
            format.max_color = high
            format.min_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
            format.min_value = minimum
            format.mid_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
            format.mid_value = (minimum + maximum) / 2
            format.max_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
            format.max_value = maximum
        case let .formula(formula, style):
            format.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            format.value_string = workbook.arena.keep(formula)
            format.format = try workbook.format(style)
        case let .greaterThanOrEqual(value, style):
            format.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            format.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
            format.value = value
            format.format = try workbook.format(style)
        case let .lessThanOrEqual(value, style):
            format.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            format.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO.rawValue)
            format.value = value
            format.format = try workbook.format(style)
        }
        try XlsxError.check(worksheet_conditional_format_range(handle, UInt32(firstRow), UInt16(firstColumn), UInt32(lastRow),
                                                               UInt16(lastColumn), &format), "conditional_format \(where_(firstRow, firstColumn))")
    }

    // MARK: - Printing

    /// Rows that must print on one page (a table with its title, a chart): page breaks go
    /// before or after, never inside (unless the block is taller than a page).
    public func keepTogether(_ rows: ClosedRange<Int>) {
        blocks.append(rows)
    }

    /// Starts a new printed page at `row`.
    public func pageBreak(before row: Int) {
        forcedBreaks.insert(row)
    }

    /// How the sheet prints; breaks are placed when the workbook closes.
    public func setPageSetup(_ setup: XlsxPageSetup) {
        pageSetup = setup
    }

    /// The printed columns: the page setup's, else from A to the last column written.
    var printedColumns: ClosedRange<Int> { pageSetup?.columns ?? 0...max(0, lastColumn) }

    /// The scale the sheet prints at (1 = 100 %): fitted to the page width when asked, as Excel
    /// and LibreOffice compute it from the printed columns' widths.
    public var estimatedPrintScale: Double {
        guard let setup = pageSetup, setup.fitToWidth || setup.fitToPage else { return 1 }
        // LibreOffice lays a column out a little wider than Excel (about 7.5 pixels a character
        // against 7, measured on its PDF pages): the wider count keeps the estimate on the safe side.
        let width = printedColumns.reduce(0.0) { total, column in
            let characters = columnWidth(column)
            return total + (characters <= 0 ? 0 : characters * 7.5 + 5)
        }
        var scale = min(1, setup.printableSize.width * 4 / 3 / max(1, width))
        if setup.fitToPage, lastRow >= 0 {
            var total = 0.0
            for row in 0...lastRow { total += height(ofRow: row) }
            scale = min(scale, setup.printableSize.height / max(1, total))
        }
        return scale
    }

    /// The manual page breaks the blocks kept together call for.
    var plannedBreaks: [Int] {
        guard let setup = pageSetup, lastRow >= 0, !setup.fitToPage else { return [] }
        // A little slack: the applications' row heights and scale round differently.
        let pageHeight = setup.printableSize.height / estimatedPrintScale * 0.96
        let repeated = setup.repeatRows.map { $0.reduce(0.0) { $0 + height(ofRow: $1) } } ?? 0
        // Overlapping blocks (a chart beside several tables) make one.
        var merged: [ClosedRange<Int>] = []
        for block in blocks.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, block.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, block.upperBound)
            } else {
                merged.append(block)
            }
        }
        let blockEnd = Dictionary(merged.map { ($0.lowerBound, $0.upperBound) }, uniquingKeysWith: max)
        var units: [(rows: ClosedRange<Int>, height: Double)] = []
        var row = 0
        while row <= lastRow {
            let end = min(max(blockEnd[row] ?? row, row), max(lastRow, row))
            var total = 0.0
            for inside in row...end { total += height(ofRow: inside) }
            units.append((row...end, total))
            row = end + 1
        }
        return PageFlow(pageHeight: pageHeight, repeatedHeight: repeated).breaks(units: units, forced: forcedBreaks)
    }

    /// Applies the page setup (called by ``XlsxWorkbook/close()``).
    func finishPageSetup() throws(XlsxError) {
        guard let setup = pageSetup else { return }
        worksheet_set_paper(handle, 9) // A4
        if setup.orientation == .landscape { worksheet_set_landscape(handle) } else { worksheet_set_portrait(handle) }
        let margins = setup.margins
        worksheet_set_margins(handle, margins.left, margins.right, margins.top, margins.bottom)
        if setup.fitToPage {
            worksheet_fit_to_pages(handle, 1, 1)
        } else if setup.fitToWidth {
            worksheet_fit_to_pages(handle, 1, 0)
        }
        if let repeatRows = setup.repeatRows {
            try XlsxError.check(worksheet_repeat_rows(handle, UInt32(repeatRows.lowerBound), UInt32(repeatRows.upperBound)), "repeat_rows \(name)")
        }
        if lastRow >= 0 {
            let columns = printedColumns
            try XlsxError.check(worksheet_print_area(handle, 0, UInt16(columns.lowerBound), UInt32(lastRow), UInt16(columns.upperBound)),
                                "print_area \(name)")
        }
        var headerOptions = lxw_header_footer_options(margin: margins.header, image_left: nil, image_center: nil, image_right: nil)
        if !setup.header.isEmpty {
            let text = setup.header.compose(workbook.typeset)
            try XlsxError.check(text.withCString { worksheet_set_header_opt(handle, $0, &headerOptions) }, "set_header \(name)")
        }
        var footerOptions = lxw_header_footer_options(margin: margins.footer, image_left: nil, image_center: nil, image_right: nil)
        if !setup.footer.isEmpty {
            let text = setup.footer.compose(workbook.typeset)
            try XlsxError.check(text.withCString { worksheet_set_footer_opt(handle, $0, &footerOptions) }, "set_footer \(name)")
        }
        let breaks = plannedBreaks.filter { $0 > 0 }.prefix(1000).map { UInt32($0) }
        if !breaks.isEmpty {
            var terminated = Array(breaks) + [0]
            try XlsxError.check(terminated.withUnsafeMutableBufferPointer { worksheet_set_h_pagebreaks(handle, $0.baseAddress) }, "set_h_pagebreaks \(name)")
        }
    }
}

/// The conditional formats the reports use.
public enum XlsxConditionalFormat: Sendable {
    /// Colour scale from `low` (at `minimum`) through `middle` to `high` (at `maximum`), `0xRRGGBB`.
    case threeColorScale(low: UInt32, middle: UInt32, high: UInt32, minimum: Double, maximum: Double)
    /// Style the cells where an Excel formula (relative to the range's top-left cell) is true.
    case formula(String, XlsxStyle)
    /// Style the cells whose value is at least `value`.
    case greaterThanOrEqual(Double, XlsxStyle)
    /// Style the cells whose value is at most `value`.
    case lessThanOrEqual(Double, XlsxStyle)
}
