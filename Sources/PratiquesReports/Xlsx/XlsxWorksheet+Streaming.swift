import CXlsxWriter

/// A style resolved once to its libxlsxwriter format, for sheets of many rows: writing with it
/// skips the per-cell style lookup.
public struct XlsxResolvedStyle {
    let format: UnsafeMutablePointer<lxw_format>?
}

extension XlsxWorkbook {
    /// Resolves `style` to its format once (for the long sheets).
    public func resolve(_ style: XlsxStyle?) throws(XlsxError) -> XlsxResolvedStyle {
        XlsxResolvedStyle(format: try format(style))
    }
}

extension XlsxWorksheet {
    /// Writes text as a string cell with a resolved style.
    public func write(_ text: String, row: Int, column: Int, resolved: XlsxResolvedStyle) throws(XlsxError) {
        try writeString(cellText(text), row: row, column: column, format: resolved.format)
    }

    /// Writes a number with a resolved style.
    public func write(_ number: Double, row: Int, column: Int, resolved: XlsxResolvedStyle) throws(XlsxError) {
        touch(row, column)
        try XlsxError.check(worksheet_write_number(handle, UInt32(row), UInt16(column), number, resolved.format),
                            "write_number \(name)!\(XlsxCell.name(row: row, column: column))")
    }

    /// Writes a day given as year, month, day with a resolved (date) style.
    public func write(year: Int32, month: Int32, day: Int32, row: Int, column: Int, resolved: XlsxResolvedStyle) throws(XlsxError) {
        touch(row, column)
        var value = lxw_datetime(year: year, month: month, day: day, hour: 0, min: 0, sec: 0)
        try XlsxError.check(worksheet_write_datetime(handle, UInt32(row), UInt16(column), &value, resolved.format),
                            "write_datetime \(name)!\(XlsxCell.name(row: row, column: column))")
    }
}
