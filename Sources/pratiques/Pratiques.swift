import ArgumentParser
import PratiquesCore

/// The root command: `pratiques NOUN VERB`.
struct Pratiques: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pratiques",
        abstract: "Auto-évaluation des pratiques des organisations de l'ESS. / Self-assessment of ESS practices.",
        discussion: """
        Pratiques lit les référentiels (grilles) du dossier referentiels/, enregistre les \
        auto-évaluations dans SQLite, les note et produit des classeurs XLSX.
        Messages en français par défaut ; --lang en ou un LANG anglais pour l'anglais.
        """,
        version: PratiquesVersion.current,
        subcommands: [ReferentielCommand.self, OrgCommand.self, AssessCommand.self, FillCommand.self, ScoreCommand.self, TargetCommand.self, ActionCommand.self, ReportCommand.self, CohortCommand.self,
                      BackupCommand.self, RestoreCommand.self, CheckCommand.self, RespondentCommand.self, LogCommand.self, GuideCommand.self, ServeCommand.self]
    )
}
