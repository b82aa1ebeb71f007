import CXlsxWriter
import Foundation
import PratiquesCore

/// A workbook that could not be written, turned into a Swift error. No libxlsxwriter error code
/// is ignored; a destination that cannot be written is said in plain words.
public struct XlsxError: LocalizedFailure, Sendable, Equatable {
    /// Why the destination file cannot be written (checked before anything is written).
    public enum OutputProblem: Sendable, Equatable {
        /// The folder of the file does not exist.
        case missingFolder(String)
        /// The path names a folder, not a file.
        case isAFolder
        /// The folder exists but this user may not create files in it.
        case notWritable(String)
        /// The file could not be moved into place (the system's reason).
        case cannotReplace(String)
    }

    /// The raw `lxw_error` code (0 never appears here).
    public var code: UInt32
    /// What was being done (`write_string Synthèse!B3`, `workbook_close`…).
    public var operation: String
    /// The destination's problem, when that is the cause.
    public var output: OutputProblem?
    /// The destination file, for ``output`` problems.
    public var path: String?

    public init(code: UInt32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// A destination that cannot be written.
    public init(path: String, _ problem: OutputProblem) {
        code = LXW_ERROR_CREATING_XLSX_FILE.rawValue
        operation = "output \(path)"
        output = problem
        self.path = path
    }

    /// libxlsxwriter's own description of the code.
    public var libraryDescription: String {
        String(cString: lxw_strerror(lxw_error(rawValue: code)))
    }

    public func message(in language: Language) -> String {
        let fr = language == .fr
        if let output, let path {
            switch output {
            case .missingFolder(let folder):
                return fr ? "impossible d'écrire \(path) : le dossier « \(folder) » n'existe pas (créez-le ou choisissez un autre chemin avec -o)"
                          : "cannot write \(path): the folder '\(folder)' does not exist (create it or choose another path with -o)"
            case .isAFolder:
                return fr ? "impossible d'écrire \(path) : c'est un dossier ; donnez un nom de fichier .xlsx avec -o"
                          : "cannot write \(path): it is a folder; give an .xlsx file name with -o"
            case .notWritable(let folder):
                return fr ? "impossible d'écrire \(path) : vous n'avez pas le droit de créer un fichier dans « \(folder) »"
                          : "cannot write \(path): you may not create files in '\(folder)'"
            case .cannotReplace(let reason):
                return fr ? "impossible de mettre \(path) en place : \(reason)" : "cannot put \(path) in place: \(reason)"
            }
        }
        return fr
            ? "écriture du classeur impossible (\(operation)) : \(libraryDescription)"
            : "cannot write the workbook (\(operation)): \(libraryDescription)"
    }

    /// Throws when `result` is not `LXW_NO_ERROR`.
    static func check(_ result: lxw_error, _ operation: @autoclosure () -> String) throws(XlsxError) {
        if result != LXW_NO_ERROR {
            throw XlsxError(code: result.rawValue, operation: operation())
        }
    }

    /// Checks that `path` can be created: its folder exists and is writable, and it is not a folder.
    static func checkDestination(_ path: String) throws(XlsxError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw XlsxError(path: path, .isAFolder)
        }
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw XlsxError(path: path, .missingFolder(directory))
        }
        guard access(directory, W_OK | X_OK) == 0 else { throw XlsxError(path: path, .notWritable(directory)) }
    }
}
