import CXlsxWriter

/// A chart of an ``XlsxWorkbook``; series point at ranges of a sheet.
public final class XlsxChart {
    /// Chart types the reports use.
    public enum Kind: UInt8 {
        case line = 0
        case column = 1
        case stackedColumn = 2
        case bar = 3
        case stackedBar = 4
        case radar = 5

        var rawValueForLibrary: UInt8 {
            switch self {
            case .line: return UInt8(LXW_CHART_LINE.rawValue)
            case .column: return UInt8(LXW_CHART_COLUMN.rawValue)
            case .stackedColumn: return UInt8(LXW_CHART_COLUMN_STACKED.rawValue)
            case .bar: return UInt8(LXW_CHART_BAR.rawValue)
            case .stackedBar: return UInt8(LXW_CHART_BAR_STACKED.rawValue)
            case .radar: return UInt8(LXW_CHART_RADAR_WITH_MARKERS.rawValue)
            }
        }
    }

    let handle: UnsafeMutablePointer<lxw_chart>
    unowned let workbook: XlsxWorkbook

    init(handle: UnsafeMutablePointer<lxw_chart>, workbook: XlsxWorkbook) {
        self.handle = handle
        self.workbook = workbook
    }

    /// Adds a series: categories and values are a column (or row) of `sheet`.
    public func addSeries(name: String, sheet: String, categories: (row: ClosedRange<Int>, column: ClosedRange<Int>),
                          values: (row: ClosedRange<Int>, column: ClosedRange<Int>), color: UInt32? = nil) throws(XlsxError) {
        let series = try makeSeries(name: name, sheet: sheet, categories: categories, values: values)
        if let color {
            var line = lxw_chart_line()
            line.color = color
            line.width = 2.25
            chart_series_set_line(series, &line)
            var fill = lxw_chart_fill()
            fill.color = color
            chart_series_set_fill(series, &fill)
        }
    }

    /// A new series named `name` over a column (or row) of `sheet`, for the `add…Series` methods to style.
    func makeSeries(name: String, sheet: String, categories: (row: ClosedRange<Int>, column: ClosedRange<Int>),
                    values: (row: ClosedRange<Int>, column: ClosedRange<Int>)) throws(XlsxError) -> UnsafeMutablePointer<lxw_chart_series> {
        guard let series = chart_add_series(handle, nil, nil) else {
            throw XlsxError(code: LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue, operation: "chart_add_series \(name)")
        }
        let sheetName = workbook.arena.keep(sheet)
        chart_series_set_categories(series, sheetName, UInt32(categories.row.lowerBound), UInt16(categories.column.lowerBound),
                                    UInt32(categories.row.upperBound), UInt16(categories.column.upperBound))
        chart_series_set_values(series, sheetName, UInt32(values.row.lowerBound), UInt16(values.column.lowerBound),
                                UInt32(values.row.upperBound), UInt16(values.column.upperBound))
        chart_series_set_name(series, workbook.arena.keep(name))
        return series
    }

    /// The chart's title.
    public func setTitle(_ title: String) { chart_title_set_name(handle, workbook.arena.keep(title)) }

    /// Bounds and title of the value axis.
    public func setValueAxis(minimum: Double?, maximum: Double?, title: String? = nil) {
        guard let axis = handle.pointee.y_axis else { return }
        if let minimum { chart_axis_set_min(axis, minimum) }
        if let maximum { chart_axis_set_max(axis, maximum) }
        if let title { chart_axis_set_name(axis, workbook.arena.keep(title)) }
    }

    /// Title of the category axis.
    public func setCategoryAxis(title: String) {
        guard let axis = handle.pointee.x_axis else { return }
        chart_axis_set_name(axis, workbook.arena.keep(title))
    }

    /// Legend below the chart.
    public func legendAtBottom() { chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue)) }
}
