import Foundation

/// Reads `xl/sharedStrings.xml` as a stream: each `si` item is its `t` text, or its rich text
/// runs' `t` joined (phonetic runs, `rPh`, left out), `_xHHHH_` escapes decoded. At most
/// ``XlsxLimits/sharedStrings`` items of at most ``XlsxLimits/cellText`` characters.
final class XlsxSharedStrings: BoundedXMLHandler {
    private(set) var strings: [String] = []
    /// UTF-8 bytes of text kept so far, against ``XlsxLimits/keptText``.
    private(set) var keptText = 0
    private var item: BoundedText?
    private var inText = false
    private var phoneticDepth = 0

    /// The shared strings of `data`, the bytes of `part`.
    static func read(_ data: Data, part: String, limits: XlsxLimits) throws(XlsxReadError) -> (strings: [String], keptText: Int) {
        let handler = XlsxSharedStrings(part: part, limits: limits)
        try handler.run(data)
        return (handler.strings, handler.keptText)
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "si":
            guard strings.count < limits.sharedStrings else {
                return fail(XlsxReadError(part: part, fr: "plus de \(limits.sharedStrings) textes partagés", en: "more than \(limits.sharedStrings) shared strings"))
            }
            item = BoundedText(limit: limits.cellText)
        case "rPh": phoneticDepth += 1
        case "t": inText = item != nil && phoneticDepth == 0
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "si":
            let text = XlsxEscapedText.decode(item?.text ?? "")
            keptText += text.utf8.count
            guard keptText <= limits.keptText else {
                return fail(XlsxReadError(part: part, fr: "plus de \(limits.keptText) octets de texte dans le classeur",
                                          en: "more than \(limits.keptText) bytes of text in the workbook"))
            }
            strings.append(text)
            item = nil
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    override func characters(_ text: String) {
        guard inText else { return }
        if item?.append(text) == false {
            fail(XlsxReadError(part: part, cell: nil, fr: "texte partagé n° \(strings.count) de plus de \(limits.cellText) caractères (limite d'Excel)",
                               en: "shared string #\(strings.count) longer than \(limits.cellText) characters (Excel's limit)"))
        }
    }
}
