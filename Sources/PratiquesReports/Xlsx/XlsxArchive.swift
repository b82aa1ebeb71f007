import Foundation
import ZIPFoundation

/// The zip container of an .xlsx file, read under ``XlsxLimits``: the file's size and number
/// of entries are checked before anything is inflated, and every part is inflated in chunks
/// that are counted as they come, so that a part whose header lies about its size (a zip bomb)
/// is stopped at the limit instead of filling the memory.
struct XlsxArchive {
    private let archive: Archive
    private var entries: [String: Entry] = [:]
    private let limits: XlsxLimits
    /// Bytes inflated so far, for ``XlsxLimits/totalInflated``.
    private(set) var inflated = 0

    init(path: String, limits: XlsxLimits) throws(XlsxReadError) {
        self.limits = limits
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
        guard let size else {
            throw XlsxReadError(part: "", fr: "fichier illisible", en: "cannot read the file")
        }
        guard size <= limits.fileSize else {
            throw XlsxReadError(part: "", fr: "fichier trop gros pour un questionnaire (\(size) octets, au plus \(limits.fileSize))",
                                en: "file too large for a questionnaire (\(size) bytes, at most \(limits.fileSize))")
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw XlsxReadError(part: "", fr: "ce n'est pas une archive zip (.xlsx)", en: "not a zip archive (.xlsx)")
        }
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else {
                throw XlsxReadError(part: "", fr: "archive de plus de \(limits.entries) entrées", en: "archive with more than \(limits.entries) entries")
            }
            // Only plain files are parts; the first entry of a repeated name wins, as in Excel.
            if entry.type == .file, entries[entry.path] == nil { entries[entry.path] = entry }
        }
    }

    /// The inflated bytes of `part`, `nil` when the archive has no such part.
    mutating func data(of part: String) throws(XlsxReadError) -> Data? {
        guard let entry = entries[part] else { return nil }
        let partLimit = limits.partSize, totalLimit = limits.totalInflated, before = inflated
        var data = Data()
        var partTooLarge = false
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                partTooLarge = data.count + chunk.count > partLimit
                guard !partTooLarge, before + data.count + chunk.count <= totalLimit else { throw InflateLimit() }
                data.append(chunk)
            }
        } catch is InflateLimit {
            if partTooLarge {
                throw XlsxReadError(part: part, fr: "partie de plus de \(partLimit) octets une fois décompressée (bombe zip ?)",
                                    en: "part larger than \(partLimit) bytes once inflated (zip bomb?)")
            }
            throw XlsxReadError(part: part, fr: "classeur de plus de \(totalLimit) octets une fois décompressé (bombe zip ?)",
                                en: "workbook larger than \(totalLimit) bytes once inflated (zip bomb?)")
        } catch {
            throw XlsxReadError(part: part, fr: "partie illisible dans l'archive (\(Self.describe(error)))",
                                en: "part cannot be read from the archive (\(Self.describe(error)))")
        }
        inflated += data.count
        return data
    }

    private struct InflateLimit: Error {}

    /// ZIPFoundation's error, named without its module's noise.
    private static func describe(_ error: any Error) -> String {
        String(describing: error).split(separator: "(").first.map(String.init) ?? "error"
    }
}
