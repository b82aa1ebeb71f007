import CXlsxWriter
import Foundation

/// A workbook written by libxlsxwriter. It is written to a temporary file beside the
/// destination and moved into place by ``close()``, so a failed run leaves no half file.
public final class XlsxWorkbook {
    let handle: UnsafeMutablePointer<lxw_workbook>
    /// The final path of the file.
    public let path: String
    let temporaryPath: String
    let arena = CStringArena()
    private var formats: [XlsxStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private var sheets: [XlsxWorksheet] = []
    private var closed = false

    /// Starts a workbook for `path`. `constantMemory` streams rows to disk (rows must then be
    /// written in order, one sheet at a time).
    public init(path: String, constantMemory: Bool = false) throws(XlsxError) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        temporaryPath = ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(".\(name).\(UUID().uuidString).tmp")
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        options.use_zip64 = 1
        guard let workbook = workbook_new_opt(temporaryPath, &options) else {
            throw XlsxError(code: LXW_ERROR_CREATING_XLSX_FILE.rawValue, operation: "workbook_new \(path)")
        }
        handle = workbook
    }

    deinit {
        if !closed {
            lxw_workbook_free(handle)
            unlink(temporaryPath)
        }
    }

    /// Adds a sheet; names are checked first (31 characters, no `[]:*?/\`, unique).
    public func addWorksheet(_ name: String) throws(XlsxError) -> XlsxWorksheet {
        try XlsxError.check(workbook_validate_sheet_name(handle, name), "nom de feuille « \(name) »")
        guard let sheet = workbook_add_worksheet(handle, name) else {
            throw XlsxError(code: LXW_ERROR_PARAMETER_VALIDATION.rawValue, operation: "workbook_add_worksheet \(name)")
        }
        let worksheet = XlsxWorksheet(handle: sheet, name: name, workbook: self)
        sheets.append(worksheet)
        return worksheet
    }

    /// The libxlsxwriter format for a style (created once per distinct style).
    func format(_ style: XlsxStyle?) throws(XlsxError) -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        if let existing = formats[style] { return existing }
        guard let format = workbook_add_format(handle) else {
            throw XlsxError(code: LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue, operation: "workbook_add_format")
        }
        style.apply(to: format)
        formats[style] = format
        return format
    }

    /// Adds a chart, to be inserted into a sheet.
    public func addChart(_ type: XlsxChart.Kind) throws(XlsxError) -> XlsxChart {
        guard let chart = workbook_add_chart(handle, type.rawValueForLibrary) else {
            throw XlsxError(code: LXW_ERROR_PARAMETER_VALIDATION.rawValue, operation: "workbook_add_chart")
        }
        return XlsxChart(handle: chart, workbook: self)
    }

    /// Title, author and comments of the file.
    public func setProperties(title: String, author: String, comments: String) throws(XlsxError) {
        var properties = lxw_doc_properties()
        properties.title = arena.keep(title)
        properties.author = arena.keep(author)
        properties.comments = arena.keep(comments)
        try XlsxError.check(workbook_set_properties(handle, &properties), "workbook_set_properties")
    }

    /// Writes the file and moves it into place. Any error leaves no file behind.
    public func close() throws(XlsxError) {
        guard !closed else { return }
        closed = true
        let result = workbook_close(handle)
        guard result == LXW_NO_ERROR else {
            unlink(temporaryPath)
            throw XlsxError(code: result.rawValue, operation: "workbook_close \(path)")
        }
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw XlsxError(code: LXW_ERROR_CREATING_XLSX_FILE.rawValue, operation: "rename → \(path): \(reason)")
        }
    }
}
