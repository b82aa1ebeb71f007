import ArgumentParser

/// `pratiques report …`
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Classeurs XLSX : progression d'une organisation, questionnaire vierge. / XLSX workbooks.",
        subcommands: [ReportOrganisation.self, ReportQuestionnaire.self, ReportCohort.self, ReportFunder.self]
    )
}
