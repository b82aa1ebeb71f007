import PratiquesCore

/// A bad-input failure raised by a command itself (exit code 1).
struct CLIFailure: LocalizedFailure {
    var text: Bilingual

    init(fr: String, en: String) {
        text = Bilingual(fr: fr, en: en)
    }

    func message(in language: Language) -> String { text.text(in: language) }
}
