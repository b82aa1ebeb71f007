/// JSON writes a character beyond U+FFFF escaped as a surrogate pair, `"\ud83c\udf31"` for 🌱 —
/// what Python's `json.dumps` writes by default. libyaml, which reads our JSON so that every
/// error keeps its line and column, takes a `\u` escape as a code point and refuses surrogates.
///
/// Before parsing, each pair inside a JSON string is rewritten as the single YAML escape of the
/// same character (`\U0001F331`, two characters shorter), and columns reported on the rewritten
/// text are mapped back to the file's. A lone surrogate (`"\ud83c"` alone) encodes no character:
/// it is refused where it stands.
///
/// Only documents written as JSON (starting with `{` or `[`) are rewritten, and only inside their
/// strings: in YAML a surrogate escape is an error, as the YAML specification says.
struct JSONSurrogateEscapes {
    /// The text to parse.
    let text: String
    /// Per line, the rewritten columns (1-based) where a pair now starts, in order.
    private var rewritten: [Int: [Int]] = [:]

    /// Width of `\U0001F331` and the characters saved against `\ud83c\udf31`.
    private static let replacementWidth = 10, saved = 2

    init(_ original: String, path: String) throws(InputError) {
        var copy = original
        let needed = copy.withUTF8 { bytes in
            let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
            return (first == UInt8(ascii: "{") || first == UInt8(ascii: "[")) && Self.mayHoldSurrogates(bytes)
        }
        guard needed else {
            text = original
            return
        }
        let bytes = Array(original.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var line = 1, column = 1, outputColumn = 1
        var inString = false
        var previousSignificant: UInt8 = UInt8(ascii: "[")
        var index = 0
        func advance(_ count: Int) {
            for byte in bytes[index..<index + count] where byte & 0xC0 != 0x80 {
                column += 1
                outputColumn += 1
            }
            output.append(contentsOf: bytes[index..<index + count])
            index += count
        }
        while index < bytes.count {
            let byte = bytes[index]
            if let breakLength = Self.lineBreakLength(bytes, at: index) {
                output.append(contentsOf: bytes[index..<index + breakLength])
                index += breakLength
                line += 1
                column = 1
                outputColumn = 1
                continue
            }
            if !inString {
                if byte == UInt8(ascii: "\""), [UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ","), UInt8(ascii: ":")].contains(previousSignificant) {
                    inString = true
                }
                if byte != 0x20 && byte != 0x09 { previousSignificant = byte }
                advance(1)
                continue
            }
            if byte == UInt8(ascii: "\"") {
                inString = false
                previousSignificant = byte
                advance(1)
                continue
            }
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count, Self.lineBreakLength(bytes, at: index + 1) == nil else {
                advance(1)
                continue
            }
            guard let unit = Self.codeUnit(bytes, at: index) else {
                advance(2)
                continue
            }
            let location = SourceLocation(file: path, line: line, column: column)
            switch unit {
            case 0xD800...0xDBFF:
                guard let low = Self.codeUnit(bytes, at: index + 6), (0xDC00...0xDFFF).contains(low) else {
                    throw Self.lone(bytes[index..<index + 6], at: location)
                }
                let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                let hex = String(scalar, radix: 16, uppercase: true)
                let escape = "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                rewritten[line, default: []].append(outputColumn)
                output.append(contentsOf: escape.utf8)
                index += 12
                column += 12
                outputColumn += Self.replacementWidth
            case 0xDC00...0xDFFF:
                throw Self.lone(bytes[index..<index + 6], at: location)
            default:
                advance(6)
            }
        }
        text = String(decoding: output, as: UTF8.self)
    }

    /// The place in the file of a place reported on the rewritten text.
    func original(_ location: SourceLocation) -> SourceLocation {
        guard let starts = rewritten[location.line] else { return location }
        var shift = 0
        for start in starts {
            if location.column >= start + Self.replacementWidth {
                shift += Self.saved
            } else if location.column > start {
                return SourceLocation(file: location.file, line: location.line, column: start + shift)
            }
        }
        return SourceLocation(file: location.file, line: location.line, column: location.column + shift)
    }

    /// The issues with their places in the file.
    func original(_ error: InputError) -> InputError {
        guard !rewritten.isEmpty else { return error }
        return InputError(issues: error.issues.map { issue in
            var issue = issue
            issue.location = original(issue.location)
            return issue
        })
    }

    /// The batch with its items' places in the file.
    func original(_ batch: ImportBatch) -> ImportBatch {
        guard !rewritten.isEmpty else { return batch }
        var batch = batch
        for index in batch.organisations.indices { batch.organisations[index].location = original(batch.organisations[index].location) }
        for index in batch.assessments.indices { batch.assessments[index].location = original(batch.assessments[index].location) }
        for index in batch.targets.indices { batch.targets[index].location = original(batch.targets[index].location) }
        for index in batch.actions.indices { batch.actions[index].location = original(batch.actions[index].location) }
        return batch
    }

    // MARK: Scanning

    /// Whether `\u` followed by `d` or `D` occurs at all (the fast path skips everything else).
    private static func mayHoldSurrogates(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "u")
            && (bytes[index + 2] | 0x20) == UInt8(ascii: "d") {
            return true
        }
        return false
    }

    /// The UTF-16 code unit of a `\uXXXX` escape at `index`.
    private static func codeUnit(_ bytes: [UInt8], at index: Int) -> UInt16? {
        guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
        var value: UInt16 = 0
        for byte in bytes[(index + 2)..<(index + 6)] {
            guard let digit = hexDigit(byte) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Line breaks as libyaml counts them: `\r\n`, `\n`, `\r`, U+0085, U+2028, U+2029.
    private static func lineBreakLength(_ bytes: [UInt8], at index: Int) -> Int? {
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9): return 3
        default: return nil
        }
    }

    private static func lone(_ escape: ArraySlice<UInt8>, at location: SourceLocation) -> InputError {
        let text = String(decoding: escape, as: UTF8.self)
        return InputError(location, .invalidValue,
                          fr: "échappement \(text) isolé : une moitié de paire de substitution (surrogate) ne code aucun caractère",
                          en: "lone escape \(text): half a surrogate pair encodes no character")
    }
}
