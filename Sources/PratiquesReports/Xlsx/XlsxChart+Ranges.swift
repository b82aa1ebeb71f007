import CXlsxWriter

extension XlsxChart {
    /// Adds a series drawn as markers only (no line: a small square when `small`, else a diamond), for ranges shown by high-low lines.
    public func addMarkerSeries(name: String, sheet: String, categories: (row: ClosedRange<Int>, column: ClosedRange<Int>),
                                values: (row: ClosedRange<Int>, column: ClosedRange<Int>), color: UInt32,
                                small: Bool) throws(XlsxError) {
        guard let series = chart_add_series(handle, nil, nil) else {
            throw XlsxError(code: LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue, operation: "chart_add_series \(name)")
        }
        let sheetName = workbook.arena.keep(sheet)
        chart_series_set_categories(series, sheetName, UInt32(categories.row.lowerBound), UInt16(categories.column.lowerBound),
                                    UInt32(categories.row.upperBound), UInt16(categories.column.upperBound))
        chart_series_set_values(series, sheetName, UInt32(values.row.lowerBound), UInt16(values.column.lowerBound),
                                UInt32(values.row.upperBound), UInt16(values.column.upperBound))
        chart_series_set_name(series, workbook.arena.keep(name))
        var line = lxw_chart_line()
        line.none = 1
        chart_series_set_line(series, &line)
        chart_series_set_marker_type(series, UInt8(small ? LXW_CHART_MARKER_SQUARE.rawValue : LXW_CHART_MARKER_DIAMOND.rawValue))
        chart_series_set_marker_size(series, small ? 5 : 8)
        var fill = lxw_chart_fill()
        fill.color = color
        chart_series_set_marker_fill(series, &fill)
        var border = lxw_chart_line()
        border.color = color
        chart_series_set_marker_line(series, &border)
    }

    /// Vertical lines from the lowest to the highest series value at each category (line charts).
    public func showHighLowLines(color: UInt32 = 0x7F7F7F) {
        var line = lxw_chart_line()
        line.color = color
        line.width = 1.5
        chart_set_high_low_lines(handle, &line)
    }
}
