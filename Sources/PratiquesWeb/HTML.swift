/// Building HTML by string with every piece of user or grid text escaped on the way in.
///
/// `HTML` values are markup; a plain `String` put into one through ``HTML/text(_:)`` or
/// interpolation is escaped, so a grid's or a respondent's text can never become markup.
struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    private(set) var markup: String

    init(markup: String) { self.markup = markup }
    init(stringLiteral value: String) { markup = value }
    init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    var description: String { markup }

    static func text(_ value: String) -> HTML { HTML(markup: escape(value)) }

    static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for character in value.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    struct Interpolation: StringInterpolationProtocol {
        var markup = ""
        init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity * 2) }
        mutating func appendLiteral(_ literal: String) { markup += literal }
        /// Text: escaped.
        mutating func appendInterpolation(_ value: String) { markup += HTML.escape(value) }
        mutating func appendInterpolation(_ value: Int) { markup += String(value) }
        /// Markup: as it is.
        mutating func appendInterpolation(_ value: HTML) { markup += value.markup }
        mutating func appendInterpolation(_ values: [HTML]) { for value in values { markup += value.markup } }
    }
}
