import CXlsxWriter

/// A chart of an ``XlsxWorkbook``; series point at ranges of a sheet. Names and titles go
/// through ``XlsxText`` and the workbook's typography.
public final class XlsxChart {
    /// Chart types the reports use (no radar: bars on a 0–100 axis read better).
    public enum Kind: UInt8, Sendable {
        /// Lines with markers (only for two points or more).
        case line = 0
        /// Vertical bars side by side.
        case column = 1
        /// Horizontal bars side by side.
        case bar = 3
        /// Horizontal bars stacked (floating bars when the first series is invisible).
        case stackedBar = 4
        /// Horizontal bars stacked to 100 %.
        case percentBar = 6

        var rawValueForLibrary: UInt8 {
            switch self {
            case .line: return UInt8(LXW_CHART_LINE.rawValue)
            case .column: return UInt8(LXW_CHART_COLUMN.rawValue)
            case .bar: return UInt8(LXW_CHART_BAR.rawValue)
            case .stackedBar: return UInt8(LXW_CHART_BAR_STACKED.rawValue)
            case .percentBar: return UInt8(LXW_CHART_BAR_STACKED_PERCENT.rawValue)
            }
        }
    }

    let handle: UnsafeMutablePointer<lxw_chart>
    unowned let workbook: XlsxWorkbook
    public let kind: Kind
    private var seriesCount = 0

    init(handle: UnsafeMutablePointer<lxw_chart>, workbook: XlsxWorkbook, kind: Kind) {
        self.handle = handle
        self.workbook = workbook
        self.kind = kind
    }

    /// A sheet range: rows and columns (0-based).
    public typealias Range = (row: ClosedRange<Int>, column: ClosedRange<Int>)

    /// Adds a series: categories and values are a column (or row) of `sheet`. Lines get markers.
    public func addSeries(name: String, sheet: String, categories: Range, values: Range, color: UInt32? = nil) throws(XlsxError) {
        let series = try makeSeries(name: name, sheet: sheet, categories: categories, values: values)
        if let color {
            var line = lxw_chart_line()
            line.color = color
            line.width = kind == .line ? 2.25 : 0.75
            chart_series_set_line(series, &line)
            var fill = lxw_chart_fill()
            fill.color = color
            chart_series_set_fill(series, &fill)
        }
        if kind == .line {
            chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
            chart_series_set_marker_size(series, 6)
            if let color {
                var fill = lxw_chart_fill()
                fill.color = color
                chart_series_set_marker_fill(series, &fill)
                var border = lxw_chart_line()
                border.color = color
                chart_series_set_marker_line(series, &border)
            }
        }
    }

    /// Adds a series drawn with no fill and no border, named by a zero-width space (its legend
    /// entry shows nothing; an empty name would show « Column 2 » in LibreOffice): the base of
    /// floating bars in a stacked bar chart. (Deleting the legend entry would be cleaner, but
    /// LibreOffice deletes another entry when the categories are reversed.)
    public func addInvisibleSeries(sheet: String, categories: Range, values: Range) throws(XlsxError) {
        let series = try makeSeries(name: "\u{200B}", sheet: sheet, categories: categories, values: values)
        var fill = lxw_chart_fill()
        fill.none = 1
        chart_series_set_fill(series, &fill)
        var line = lxw_chart_line()
        line.none = 1
        chart_series_set_line(series, &line)
    }

    /// Writes each value of the last series added on its bar or point (`0` format, small type).
    public func showValuesOnLastSeries(numberFormat: String = "0") {
        guard let series = lastSeries else { return }
        chart_series_set_labels(series)
        chart_series_set_labels_num_format(series, workbook.arena.keep(numberFormat))
        var font = lxw_chart_font()
        font.size = 8
        chart_series_set_labels_font(series, &font)
    }

    private var lastSeries: UnsafeMutablePointer<lxw_chart_series>?

    /// A new series named `name` over a column (or row) of `sheet`, for the `add…Series` methods to style.
    func makeSeries(name: String, sheet: String, categories: Range, values: Range) throws(XlsxError) -> UnsafeMutablePointer<lxw_chart_series> {
        guard let series = chart_add_series(handle, nil, nil) else {
            throw XlsxError(code: LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue, operation: "chart_add_series \(name)")
        }
        let sheetName = workbook.arena.keep(sheet)
        chart_series_set_categories(series, sheetName, UInt32(categories.row.lowerBound), UInt16(categories.column.lowerBound),
                                    UInt32(categories.row.upperBound), UInt16(categories.column.upperBound))
        chart_series_set_values(series, sheetName, UInt32(values.row.lowerBound), UInt16(values.column.lowerBound),
                                UInt32(values.row.upperBound), UInt16(values.column.upperBound))
        chart_series_set_name(series, workbook.arena.keep(XlsxText.chartName(workbook.typeset(name))))
        seriesCount += 1
        lastSeries = series
        return series
    }

    /// The chart's title (in 11-point bold).
    public func setTitle(_ title: String) {
        chart_title_set_name(handle, workbook.arena.keep(XlsxText.chartName(workbook.typeset(title))))
        var font = lxw_chart_font()
        font.size = 11
        font.bold = 1
        chart_title_set_name_font(handle, &font)
    }

    /// Whether the bars are horizontal: libxlsxwriter then calls the (vertical) category axis `y`.
    private var isHorizontal: Bool { kind == .bar || kind == .stackedBar || kind == .percentBar }
    private var valueAxis: UnsafeMutablePointer<lxw_chart_axis>? { isHorizontal ? handle.pointee.x_axis : handle.pointee.y_axis }
    private var categoryAxis: UnsafeMutablePointer<lxw_chart_axis>? { isHorizontal ? handle.pointee.y_axis : handle.pointee.x_axis }

    /// Bounds, major unit and title of the value axis.
    public func setValueAxis(minimum: Double?, maximum: Double?, majorUnit: Double? = nil, title: String? = nil, numberFormat: String? = nil) {
        guard let axis = valueAxis else { return }
        if let minimum { chart_axis_set_min(axis, minimum) }
        if let maximum { chart_axis_set_max(axis, maximum) }
        if let majorUnit { chart_axis_set_major_unit(axis, majorUnit) }
        if let title {
            chart_axis_set_name(axis, workbook.arena.keep(XlsxText.chartName(workbook.typeset(title))))
            var font = lxw_chart_font()
            font.size = 9
            font.bold = 0
            chart_axis_set_name_font(axis, &font)
        }
        if let numberFormat { chart_axis_set_num_format(axis, workbook.arena.keep(numberFormat)) }
        var font = lxw_chart_font()
        font.size = 9
        chart_axis_set_num_font(axis, &font)
    }

    /// Category labels in `size` points; `topDown` lists the categories from the top (horizontal
    /// bars read like the table beside them), the value axis staying at the bottom.
    public func setCategoryAxis(title: String? = nil, fontSize: Double = 9, topDown: Bool = false) {
        guard let axis = categoryAxis else { return }
        if let title { chart_axis_set_name(axis, workbook.arena.keep(XlsxText.chartName(workbook.typeset(title)))) }
        var font = lxw_chart_font()
        font.size = fontSize
        chart_axis_set_num_font(axis, &font)
        if topDown {
            chart_axis_set_reverse(axis)
            chart_axis_set_crossing_max(axis)
        }
    }

    /// Space between groups of bars (percent of a bar) and overlap of the bars in a group.
    public func setBarSpacing(gap: Int, overlap: Int = 0) {
        chart_set_series_gap(handle, UInt16(max(0, min(500, gap))))
        chart_set_series_overlap(handle, Int8(max(-100, min(100, overlap))))
    }

    /// Plots values of hidden rows and columns too (the chart's data may sit in hidden columns).
    public func plotHiddenCells() { chart_show_hidden_data(handle) }

    /// Legend below the chart, in 9 points.
    public func legendAtBottom() {
        chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        var font = lxw_chart_font()
        font.size = 9
        chart_legend_set_font(handle, &font)
    }

    /// No legend (a single series named by the title).
    public func hideLegend() { chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_NONE.rawValue)) }
}
