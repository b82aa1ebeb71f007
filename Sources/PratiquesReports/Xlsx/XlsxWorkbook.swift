import CXlsxWriter
import Foundation
import PratiquesCore

/// A workbook written by libxlsxwriter. It is written to a temporary file beside the
/// destination and moved into place by ``close()``, so a failed run leaves no half file; the
/// temporary files a killed run left for the same destination are removed by the next one.
///
/// Every string goes through ``XlsxText`` (control characters, Excel's limits), and in a
/// French workbook through ``FrenchTypography`` (except on sheets that opt out, see
/// ``XlsxWorksheet/typesetsText``).
public final class XlsxWorkbook {
    let handle: UnsafeMutablePointer<lxw_workbook>
    /// The final path of the file.
    public let path: String
    let temporaryPath: String
    let arena = CStringArena()
    /// The language of the text: French typography and the truncation mark follow it.
    public let language: Language
    /// Whether rows are streamed (constant memory): charts then size rows at the default height.
    public let constantMemory: Bool
    private var formats: [XlsxStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private(set) var sheets: [XlsxWorksheet] = []
    private var closed = false

    /// Starts a workbook for `path`. `constantMemory` streams rows to disk (rows must then be
    /// written in order, one sheet at a time). Refuses, in plain words, a destination whose
    /// folder is missing or not writable, or that is a folder.
    public init(path: String, constantMemory: Bool = false, language: Language = .fr) throws(XlsxError) {
        try XlsxError.checkDestination(path)
        self.path = path
        self.language = language
        self.constantMemory = constantMemory
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let folder = directory.isEmpty ? "." : directory
        Self.removeStaleTemporaries(of: name, in: folder)
        temporaryPath = (folder as NSString).appendingPathComponent(".\(name).\(getpid()).\(UUID().uuidString).tmp")
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

    /// Removes `.NAME.<pid>.<uuid>.tmp` files whose process is gone (a killed run), and the
    /// older `.NAME.<uuid>.tmp` ones more than an hour old.
    static func removeStaleTemporaries(of name: String, in folder: String) {
        let prefix = ".\(name)."
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let middle = entry.dropFirst(prefix.count).dropLast(4)
            let parts = middle.split(separator: ".")
            let full = (folder as NSString).appendingPathComponent(entry)
            if parts.count == 2, let pid = pid_t(parts[0]), UUID(uuidString: String(parts[1])) != nil {
                if pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH { unlink(full) }
            } else if parts.count == 1, UUID(uuidString: String(parts[0])) != nil,
                      let attributes = try? FileManager.default.attributesOfItem(atPath: full),
                      let modified = attributes[.modificationDate] as? Date, Date().timeIntervalSince(modified) > 3600 {
                unlink(full)
            }
        }
    }

    /// Text as it is written: French typography when the workbook is in French.
    func typeset(_ text: String) -> String {
        language == .fr ? FrenchTypography.apply(text) : text
    }

    /// Adds a sheet. The name is made valid by ``XlsxText/sheetName(_:)`` (typeset in French)
    /// and unique (case-insensitively, « (2) » added); the sheet's ``XlsxWorksheet/name`` is the
    /// name written. `typesetsText: false` keeps the sheet's text as given (data sheets, ids).
    public func addWorksheet(_ wanted: String, typesetsText: Bool = true) throws(XlsxError) -> XlsxWorksheet {
        let base = XlsxText.sheetName(typesetsText ? typeset(wanted) : wanted)
        let used = Set(sheets.map { $0.name.lowercased() })
        var name = base
        var number = 2
        while used.contains(name.lowercased()) {
            name = XlsxText.numberedSheetName(base, number)
            number += 1
        }
        try XlsxError.check(workbook_validate_sheet_name(handle, name), "nom de feuille « \(name) »")
        guard let sheet = workbook_add_worksheet(handle, name) else {
            throw XlsxError(code: LXW_ERROR_PARAMETER_VALIDATION.rawValue, operation: "workbook_add_worksheet \(name)")
        }
        let worksheet = XlsxWorksheet(handle: sheet, name: name, workbook: self, typesetsText: typesetsText)
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
        return XlsxChart(handle: chart, workbook: self, kind: type)
    }

    /// Title, author and comments of the file.
    public func setProperties(title: String, author: String, comments: String) throws(XlsxError) {
        var properties = lxw_doc_properties()
        properties.title = arena.keep(XlsxText.line(typeset(title)))
        properties.author = arena.keep(XlsxText.line(author))
        properties.comments = arena.keep(XlsxText.line(comments, limit: 1024))
        try XlsxError.check(workbook_set_properties(handle, &properties), "workbook_set_properties")
    }

    /// Writes the file and moves it into place. Any error leaves no file behind.
    public func close() throws(XlsxError) {
        guard !closed else { return }
        for sheet in sheets { try sheet.finishPageSetup() }
        closed = true
        let result = workbook_close(handle)
        guard result == LXW_NO_ERROR else {
            unlink(temporaryPath)
            throw XlsxError(code: result.rawValue, operation: "workbook_close \(path)")
        }
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw XlsxError(path: path, .cannotReplace(reason))
        }
    }
}
