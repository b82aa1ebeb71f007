import Foundation
import PratiquesCore

/// French typography on what the terminal shows in French, applied here and nowhere else:
/// ``Output`` and ``TerminalIO`` pass every line through it, and located messages keep their
/// `file:line:column: field: ` prefix verbatim (editors and scripts read it), only their
/// explanation is typeset. The rule itself is Core's `FrenchTypography`, the one the workbooks
/// use; JSON output and stored data are never typeset.
enum TerminalTypography {
    /// The language of the terminal's output: `--lang`, else `LANG`, else French (read once,
    /// as the commands read it).
    static let language = Language.resolve(explicit: EntryPoint.languageArgument(in: Array(CommandLine.arguments.dropFirst())))

    /// `text` as the terminal shows it in `language`.
    static func typeset(_ text: String, in language: Language = language) -> String {
        FrenchTypography.apply(text, in: language)
    }

    /// A located issue: its location and field as they are, its explanation typeset.
    static func typeset(_ issue: ValidationIssue, in language: Language = language) -> String {
        var typeset = issue
        typeset.detail = Bilingual(fr: FrenchTypography.apply(issue.detail.fr), en: issue.detail.en)
        return typeset.message(in: language)
    }
}
