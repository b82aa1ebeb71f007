import PratiquesCore

/// The words of `backup`, `restore` and `check`.
enum MaintenanceText: String, MessageCatalogue {
    case backupWritten = "maintenance.backup-written"
    case restored = "maintenance.restored"
    case setAside = "maintenance.set-aside"
    case figures = "maintenance.figures"
    case figuresDates = "maintenance.figures-dates"
    case sound = "maintenance.sound"
    case defects = "maintenance.defects"

    static let templates: [MaintenanceText: (fr: String, en: String)] = [
        .backupWritten: ("Sauvegarde écrite et vérifiée : {path}", "Backup written and checked: {path}"),
        .restored: ("Base restaurée depuis {path}", "Database restored from {path}"),
        .setAside: ("L'ancienne base est gardée de côté : {path}", "The previous database is kept aside: {path}"),
        .figures: ("{organisations} organisations, {assessments} évaluations, {respondents} répondants, {answers} réponses",
                   "{organisations} organisations, {assessments} assessments, {respondents} respondents, {answers} answers"),
        .figuresDates: (" (évaluations du {first} au {last})", " (assessments from {first} to {last})"),
        .sound: ("Base saine : {path} — {figures}", "Database sound: {path} — {figures}"),
        .defects: ("{n} défaut(s) dans {path}", "{n} defect(s) in {path}"),
    ]

    /// « 12 organisations, 112 évaluations… (évaluations du 2024-03-14 au 2026-11-28) ».
    static func figures(_ counts: StoreCounts, _ l: Language) -> String {
        var text = figures.text(in: l, ["organisations": counts.organisations, "assessments": counts.assessments,
                                        "respondents": counts.respondents, "answers": counts.answers])
        if let first = counts.firstDate, let last = counts.lastDate { text += figuresDates.text(in: l, ["first": first, "last": last]) }
        return text
    }
}
