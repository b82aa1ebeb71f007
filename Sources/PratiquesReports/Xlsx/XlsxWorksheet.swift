import CXlsxWriter
import Foundation

/// One sheet of an ``XlsxWorkbook``. Text is always written as a string, never as a formula.
public final class XlsxWorksheet {
    let handle: UnsafeMutablePointer<lxw_worksheet>
    /// The sheet's name.
    public let name: String
    unowned let workbook: XlsxWorkbook

    init(handle: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: XlsxWorkbook) {
        self.handle = handle
        self.name = name
        self.workbook = workbook
    }

    private func where_(_ row: Int, _ column: Int) -> String { "\(name)!\(XlsxCell.name(row: row, column: column))" }

    /// Writes text as a string cell (text starting with `=`, `+`, `-` or `@` stays text).
    public func write(_ text: String, row: Int, column: Int, style: XlsxStyle? = nil) throws(XlsxError) {
        let format = try workbook.format(style)
        // `withCString` lends the string's own bytes (or a stack copy of a small string); passing
        // `text` as the argument would copy it to a new heap array for every cell.
        let result = text.withCString { worksheet_write_string(handle, UInt32(row), UInt16(column), $0, format) }
        try XlsxError.check(result, "write_string \(where_(row, column))")
    }

    /// Writes a number.
    public func write(_ number: Double, row: Int, column: Int, style: XlsxStyle? = nil) throws(XlsxError) {
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
        var value = lxw_datetime(year: parts[0], month: parts[1], day: parts[2], hour: 0, min: 0, sec: 0)
        try XlsxError.check(worksheet_write_datetime(handle, UInt32(row), UInt16(column), &value, try workbook.format(style)),
                            "write_datetime \(where_(row, column))")
    }

    /// Writes a boolean.
    public func write(_ value: Bool, row: Int, column: Int, style: XlsxStyle? = nil) throws(XlsxError) {
        try XlsxError.check(worksheet_write_boolean(handle, UInt32(row), UInt16(column), value ? 1 : 0, try workbook.format(style)),
                            "write_boolean \(where_(row, column))")
    }

    /// A styled empty cell.
    public func writeBlank(row: Int, column: Int, style: XlsxStyle?) throws(XlsxError) {
        guard let format = try workbook.format(style) else { return }
        try XlsxError.check(worksheet_write_blank(handle, UInt32(row), UInt16(column), format), "write_blank \(where_(row, column))")
    }

    /// Merges a range and writes text in it.
    public func merge(_ text: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, style: XlsxStyle? = nil) throws(XlsxError) {
        try XlsxError.check(worksheet_merge_range(handle, UInt32(firstRow), UInt16(firstColumn), UInt32(lastRow), UInt16(lastColumn),
                                                  text, try workbook.format(style)), "merge_range \(where_(firstRow, firstColumn))")
    }

    /// Width (in characters) of columns `first...last`, and whether they are hidden.
    public func setColumns(_ first: Int, _ last: Int, width: Double, hidden: Bool = false, style: XlsxStyle? = nil) throws(XlsxError) {
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        try XlsxError.check(worksheet_set_column_opt(handle, UInt16(first), UInt16(last), width, try workbook.format(style), &options),
                            "set_column \(name)")
    }

    /// Height of a row in points.
    public func setRow(_ row: Int, height: Double) throws(XlsxError) {
        try XlsxError.check(worksheet_set_row(handle, UInt32(row), height, nil), "set_row \(name)")
    }

    /// Freezes the rows above `row` and the columns left of `column`.
    public func freezePanes(row: Int, column: Int) {
        worksheet_freeze_panes(handle, UInt32(row), UInt16(column))
    }

    /// Landscape, fitted to one page wide, header rows repeated on each printed page.
    public func setLandscapePrint(repeatRows: ClosedRange<Int>? = nil) throws(XlsxError) {
        worksheet_set_landscape(handle)
        worksheet_set_paper(handle, 9) // A4
        worksheet_fit_to_pages(handle, 1, 0)
        if let repeatRows {
            try XlsxError.check(worksheet_repeat_rows(handle, UInt32(repeatRows.lowerBound), UInt32(repeatRows.upperBound)), "repeat_rows \(name)")
        }
    }

    /// A footer such as `&P / &N`.
    public func setFooter(_ text: String) throws(XlsxError) {
        try XlsxError.check(worksheet_set_footer(handle, text), "set_footer \(name)")
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

    /// Inserts a chart with its top-left corner at a cell.
    public func insert(_ chart: XlsxChart, row: Int, column: Int, xScale: Double = 1, yScale: Double = 1) throws(XlsxError) {
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        try XlsxError.check(worksheet_insert_chart_opt(handle, UInt32(row), UInt16(column), chart.handle, &options),
                            "insert_chart \(where_(row, column))")
    }

    /// Autofilter over a header row and its data.
    public func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws(XlsxError) {
        try XlsxError.check(worksheet_autofilter(handle, UInt32(firstRow), UInt16(firstColumn), UInt32(lastRow), UInt16(lastColumn)),
                            "autofilter \(name)")
    }

    /// A dropdown list on a range: inline values when they fit Excel's 255 characters, else a
    /// reference to a range holding them (`source`).
    public func dropdown(firstRow: Int, column: Int, lastRow: Int, values: [String], source: String? = nil,
                         inputTitle: String? = nil, inputMessage: String? = nil) throws(XlsxError) {
        var validation = lxw_data_validation()
        validation.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
        validation.show_error = UInt8(LXW_VALIDATION_ON.rawValue)
        let inline = values.joined(separator: ",")
        var list: [UnsafeMutablePointer<CChar>?] = values.map { workbook.arena.keep($0) } + [nil]
        if let source, inline.count > 250 || values.contains(where: { $0.contains(",") }) {
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            validation.value_formula = workbook.arena.keep(source)
        } else {
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
        }
        if let inputTitle { validation.input_title = workbook.arena.keep(String(inputTitle.prefix(32))) }
        if let inputMessage { validation.input_message = workbook.arena.keep(String(inputMessage.prefix(255))) }
        let result = list.withUnsafeMutableBufferPointer { buffer -> lxw_error in
            if validation.validate == UInt8(LXW_VALIDATION_TYPE_LIST.rawValue) { validation.value_list = buffer.baseAddress }
            return worksheet_data_validation_range(handle, UInt32(firstRow), UInt16(column), UInt32(lastRow), UInt16(column), &validation)
        }
        try XlsxError.check(result, "data_validation \(where_(firstRow, column))")
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
        }
        try XlsxError.check(worksheet_conditional_format_range(handle, UInt32(firstRow), UInt16(firstColumn), UInt32(lastRow),
                                                               UInt16(lastColumn), &format), "conditional_format \(where_(firstRow, firstColumn))")
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
}
