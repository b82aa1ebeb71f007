/// A kind of text read from input (an import file, a spreadsheet cell, the terminal, a command
/// option), with the longest text it may hold and whether it may span lines.
///
/// Lengths count as Excel counts (UTF-16 code units: an emoji counts 2), since every text ends
/// up in a workbook cell (32,767 at most) and some in a footer (255 at most, title included).
/// The limits leave room: six respondents' comments on one criterion still fit one cell.
///
/// | field | limit | lines |
/// |---|---|---|
/// | comment, free-text answer, action notes | 5,000 | several |
/// | organisation name | 200 | one |
/// | respondent name, assessment label, action owner, département / EPCI / sector | 100 | one |
/// | action title | 300 | one |
/// | origin of a carried answer | 500 | one |
/// | organisation id | 64 | one |
/// | cohort name, parcours, session label | 100 | one |
public enum TextField: String, Sendable, CaseIterable {
    case comment
    case textAnswer
    case actionNotes
    case organisationName
    case respondentName
    case assessmentLabel
    case actionTitle
    case actionOwner
    case organisationDetail
    case origin
    case organisationID
    case cohortLabel

    /// Longest text accepted, in UTF-16 code units.
    public var maximumLength: Int {
        switch self {
        case .comment, .textAnswer, .actionNotes: return 5_000
        case .organisationName: return 200
        case .respondentName, .assessmentLabel, .actionOwner, .organisationDetail, .cohortLabel: return 100
        case .actionTitle: return 300
        case .origin: return 500
        case .organisationID: return 64
        }
    }

    /// Whether the text may hold line breaks and tabs (see ``TextRules``).
    public var allowsLineBreaks: Bool {
        switch self {
        case .comment, .textAnswer, .actionNotes: return true
        default: return false
        }
    }

    /// The field as named in messages.
    public var name: Bilingual {
        switch self {
        case .comment: return Bilingual(fr: "commentaire", en: "comment")
        case .textAnswer: return Bilingual(fr: "réponse libre", en: "free-text answer")
        case .actionNotes: return Bilingual(fr: "notes de l'action", en: "action notes")
        case .organisationName: return Bilingual(fr: "nom de l'organisation", en: "organisation name")
        case .respondentName: return Bilingual(fr: "nom du répondant", en: "respondent name")
        case .assessmentLabel: return Bilingual(fr: "libellé de l'évaluation", en: "assessment label")
        case .actionTitle: return Bilingual(fr: "titre de l'action", en: "action title")
        case .actionOwner: return Bilingual(fr: "responsable de l'action", en: "action owner")
        case .organisationDetail: return Bilingual(fr: "champ de l'organisation", en: "organisation field")
        case .origin: return Bilingual(fr: "origine de la réponse", en: "answer origin")
        case .organisationID: return Bilingual(fr: "identifiant d'organisation", en: "organisation id")
        case .cohortLabel: return Bilingual(fr: "nom de cohorte, de parcours ou de séance", en: "cohort, parcours or session name")
        }
    }
}
