/// French typography applied to text on output (workbooks, terminal); the grids' YAML and the
/// stored answers stay plain.
///
/// - a narrow no-break space (U+202F) before `;`, `:`, `!` and `?` that end a word (`Note :`),
///   replacing an ordinary or no-break space typed there; nothing inside `12:30`, `https://` or
///   `?q=`;
/// - a narrow no-break space inside guillemets: `« texte »`;
/// - a typographic apostrophe between two letters: `l’organisation`.
///
/// Applying it twice changes nothing more than applying it once.
public enum FrenchTypography {
    /// U+202F NARROW NO-BREAK SPACE.
    public static let narrowSpace: Character = "\u{202F}"

    /// `text` with French typography.
    public static func apply(_ text: String) -> String {
        guard text.contains(where: { triggers.contains($0) }) else { return text }
        let characters = Array(text)
        var output: [Character] = []
        output.reserveCapacity(characters.count + 8)
        for (index, character) in characters.enumerated() {
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "'":
                if let previous = output.last, previous.isLetter, let next, next.isLetter {
                    output.append("’")
                } else {
                    output.append(character)
                }
            case ";", ":", "!", "?":
                if endsWord(character, next: next) { spaceBefore(&output) }
                output.append(character)
            case "«":
                output.append(character)
                if let next, !next.isWhitespace { output.append(narrowSpace) }
            case "»":
                spaceBefore(&output)
                output.append(character)
            case " ", "\u{00A0}":
                // The space after « becomes narrow; a space before » ; : ! ? is replaced when they come.
                if output.last == "«" || output.last == narrowSpace && output.dropLast().last == "«" {
                    if output.last != narrowSpace { output.append(narrowSpace) }
                } else {
                    output.append(character)
                }
            default:
                output.append(character)
            }
        }
        return String(output)
    }

    /// `text` with French typography when `language` is French, unchanged otherwise.
    public static func apply(_ text: String, in language: Language) -> String {
        language == .fr ? apply(text) : text
    }

    private static let triggers: Set<Character> = ["'", ";", ":", "!", "?", "«", "»"]

    /// Whether the punctuation mark ends a word: at the end, before a space, a closing mark or
    /// another `!`/`?`; never inside `12:30`, `a:b`, `https://`, `?x=1`.
    private static func endsWord(_ mark: Character, next: Character?) -> Bool {
        guard let next else { return true }
        if next.isWhitespace { return true }
        if ")]»\"’'.,…".contains(next) { return true }
        return (mark == "!" || mark == "?") && (next == "!" || next == "?")
    }

    /// Puts a narrow no-break space at the end of `output`: replaces the ordinary, no-break or
    /// narrow space already there, or adds one after a word. Nothing at the start of a line,
    /// nor after `!`/`?` (the second mark of `?!`).
    private static func spaceBefore(_ output: inout [Character]) {
        guard let last = output.last else { return }
        if last == " " || last == "\u{00A0}" || last == narrowSpace {
            let beforeSpace = output.dropLast().last
            if let beforeSpace, !beforeSpace.isWhitespace { output[output.count - 1] = narrowSpace }
            return
        }
        if last.isWhitespace || last == "!" || last == "?" { return }
        output.append(narrowSpace)
    }
}
