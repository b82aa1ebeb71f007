import ArgumentParser

/// `pratiques assess …`
struct AssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Auto-évaluations : lister, afficher, importer, exporter. / Self-assessments.",
        subcommands: [AssessList.self, AssessShow.self, AssessImport.self, AssessExport.self, AssessConsensus.self, AssessNew.self]
    )
}
