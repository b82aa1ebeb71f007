import CXlsxWriter
import PratiquesCore

/// A libxlsxwriter failure, turned into a Swift error. No libxlsxwriter error code is ignored.
public struct XlsxError: LocalizedFailure, Sendable, Equatable {
    /// The raw `lxw_error` code (0 never appears here).
    public var code: UInt32
    /// What was being done (`write_string Synthèse!B3`, `workbook_close`…).
    public var operation: String

    public init(code: UInt32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// libxlsxwriter's own description of the code.
    public var libraryDescription: String {
        String(cString: lxw_strerror(lxw_error(rawValue: code)))
    }

    public func message(in language: Language) -> String {
        language == .fr
            ? "écriture du classeur impossible (\(operation)) : \(libraryDescription)"
            : "cannot write the workbook (\(operation)): \(libraryDescription)"
    }

    /// Throws when `result` is not `LXW_NO_ERROR`.
    static func check(_ result: lxw_error, _ operation: @autoclosure () -> String) throws(XlsxError) {
        if result != LXW_NO_ERROR {
            throw XlsxError(code: result.rawValue, operation: operation())
        }
    }
}
