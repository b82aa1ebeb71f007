import Foundation
import PratiquesCore

/// Reads the cell values of one worksheet part as a stream, without building its tree.
///
/// Rows and cells may omit their reference (`r`): they then follow the previous one, as the
/// format allows. Every number goes through `CheckedNumber`: a row number or a cell reference
/// outside Excel's sheet (`XFD1048576`), a shared-string index that does not exist, or a
/// number that is not one is refused with the part and the cell.
final class XlsxSheetReader: BoundedXMLHandler {
    /// The cells read, keyed by reference (`E5`).
    private(set) var cells: [String: XlsxValue] = [:]
    /// Cells whose style index is in `percentStyles`.
    private(set) var percentCells: Set<String> = []
    private let shared: [String]
    private let percentStyles: Set<Int>
    /// Cell values still allowed for the whole workbook.
    private(set) var budget: Int
    /// UTF-8 bytes of text still allowed for the whole workbook (shared strings count once).
    private(set) var textBudget: Int

    private var rowNumber = 0
    private var column = 0
    private var cell: (reference: String, type: String, style: Int?)?
    private var value: BoundedText?
    private var inlineText: BoundedText?
    private var inValue = false, inInlineText = false
    private var phoneticDepth = 0

    init(part: String, shared: [String], percentStyles: Set<Int>, budget: Int, textBudget: Int, limits: XlsxLimits) {
        self.shared = shared
        self.percentStyles = percentStyles
        self.budget = budget
        self.textBudget = textBudget
        super.init(part: part, limits: limits)
    }

    private func refuse(_ reference: String?, fr: String, en: String) {
        fail(XlsxReadError(part: part, cell: reference, fr: fr, en: en))
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "row":
            if let text = attributes["r"] {
                guard case .success(let number) = CheckedNumber.integer(text, in: 1...XlsxLimits.maximumRow, signed: false) else {
                    return refuse(nil, fr: "numéro de ligne \(MessageQuote.fr(text)) hors de la feuille (1 à \(XlsxLimits.maximumRow))",
                                  en: "row number \(MessageQuote.en(text)) outside the sheet (1 to \(XlsxLimits.maximumRow))")
                }
                rowNumber = number
            } else {
                guard rowNumber < XlsxLimits.maximumRow else {
                    return refuse(nil, fr: "plus de \(XlsxLimits.maximumRow) lignes", en: "more than \(XlsxLimits.maximumRow) rows")
                }
                rowNumber += 1
            }
            column = 0
        case "c":
            if let text = attributes["r"] {
                guard let parsed = CellReference(text) else {
                    return refuse(nil, fr: "référence de cellule \(MessageQuote.fr(text)) hors de la feuille (A1 à XFD\(XlsxLimits.maximumRow))",
                                  en: "cell reference \(MessageQuote.en(text)) outside the sheet (A1 to XFD\(XlsxLimits.maximumRow))")
                }
                column = parsed.column
            } else {
                guard column < XlsxLimits.maximumColumn else {
                    return refuse(nil, fr: "plus de \(XlsxLimits.maximumColumn) colonnes à la ligne \(rowNumber)",
                                  en: "more than \(XlsxLimits.maximumColumn) columns on row \(rowNumber)")
                }
                column += 1
            }
            // A style index is presentation only: one that is not a number is ignored.
            let style = attributes["s"].flatMap { try? CheckedNumber.integer($0, in: 0...Int(Int32.max), signed: false).get() }
            cell = (CellReference.name(row: max(rowNumber, 1), column: column), attributes["t"] ?? "n", style)
            value = nil
            inlineText = nil
        case "v":
            inValue = cell != nil
            if inValue { value = BoundedText(limit: limits.cellText) }
        case "is":
            if cell != nil { inlineText = BoundedText(limit: limits.cellText) }
        case "rPh":
            phoneticDepth += 1
        case "t":
            inInlineText = inlineText != nil && phoneticDepth == 0
        default:
            break
        }
    }

    override func characters(_ text: String) {
        if inValue, value?.append(text) == false { return tooLong() }
        if inInlineText, inlineText?.append(text) == false { return tooLong() }
    }

    private func tooLong() {
        refuse(cell?.reference, fr: "texte de plus de \(limits.cellText) caractères (limite d'Excel)",
               en: "text longer than \(limits.cellText) characters (Excel's limit)")
    }

    override func end(_ name: String) {
        switch name {
        case "v": inValue = false
        case "t": inInlineText = false
        case "rPh": phoneticDepth -= 1
        case "c":
            if let cell { finish(cell) }
            cell = nil
        default: break
        }
    }

    private func finish(_ cell: (reference: String, type: String, style: Int?)) {
        let raw = value?.text
        let read: XlsxValue?
        switch cell.type {
        case "s":
            let text = raw?.trimmingCharacters(in: .whitespaces) ?? ""
            guard case .success(let index) = CheckedNumber.integer(text, in: 0...max(0, shared.count - 1), signed: false), !shared.isEmpty else {
                return refuse(cell.reference, fr: "texte partagé \(MessageQuote.fr(text)) absent (\(shared.count) textes partagés)",
                              en: "shared string \(MessageQuote.en(text)) missing (\(shared.count) shared strings)")
            }
            read = .string(shared[index])
        case "inlineStr":
            read = inlineText.map { .string(XlsxEscapedText.decode($0.text)) }
        case "str":
            read = .string(XlsxEscapedText.decode(raw ?? ""))
        case "b":
            read = raw.map { .bool($0.trimmingCharacters(in: .whitespaces) == "1") }
        case "e":
            read = .error(raw ?? "")
        case "d":
            read = raw.map { .string($0) }
        default:
            guard let raw else { return }
            let text = raw.trimmingCharacters(in: .whitespaces)
            guard case .success(let number) = CheckedNumber.decimal(text, largest: .greatestFiniteMagnitude) else {
                return refuse(cell.reference, fr: "nombre \(MessageQuote.fr(text)) illisible", en: "unreadable number \(MessageQuote.en(text))")
            }
            read = .number(number)
            if let style = cell.style, percentStyles.contains(style) { percentCells.insert(cell.reference) }
        }
        guard let read else { return }
        guard budget > 0 else {
            return refuse(cell.reference, fr: "plus de \(limits.cells) cellules remplies dans le classeur",
                          en: "more than \(limits.cells) filled cells in the workbook")
        }
        budget -= 1
        if cell.type != "s", case .string(let text) = read {
            textBudget -= text.utf8.count
            guard textBudget >= 0 else {
                return refuse(cell.reference, fr: "plus de \(limits.keptText) octets de texte dans le classeur",
                              en: "more than \(limits.keptText) bytes of text in the workbook")
            }
        }
        cells[cell.reference] = read
    }
}
