import PratiquesCore

/// The words of `report`.
enum ReportText: String, MessageCatalogue {
    case questionnaireWritten = "report.questionnaire-written"
    case cohortWritten = "report.cohort-written"

    static let templates: [ReportText: (fr: String, en: String)] = [
        .questionnaireWritten: ("Questionnaire écrit : {path}", "Questionnaire written: {path}"),
        .cohortWritten: ("Classeur écrit : {path} ({rows} lignes de données)", "Workbook written: {path} ({rows} data rows)"),
    ]
}
