import ArgumentParser
import PratiquesCore

/// `pratiques cohort session add COHORT LABEL --date DATE [--from DATE --to DATE]`
struct CohortSessionAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Ajoute une session après les autres (T0, T1, …).",
        discussion: "La fenêtre (--from, --to) retient les évaluations des membres datées entre ces deux jours ; par défaut 182 jours de part et d'autre de --date. Les fenêtres des sessions ne se chevauchent pas."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Nom de la cohorte.") var cohort: String
    @Argument(help: "Libellé de la session (ex. T0).") var label: String
    @Option(help: "Date de la session (AAAA-MM-JJ).") var date: String
    @Option(help: "Début de la fenêtre (AAAA-MM-JJ).") var from: String?
    @Option(help: "Fin de la fenêtre (AAAA-MM-JJ).") var to: String?

    func validate() throws {
        for (name, value) in [("--date", date), ("--from", from), ("--to", to)] {
            if let value, !Day.isValid(value) { throw ValidationError("\(name): AAAA-MM-JJ / YYYY-MM-DD (\(value))") }
        }
        if label.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("libellé vide / empty label") }
    }

    func run() throws {
        let session = try global.workspace(store).addSession(cohort: cohort, label: label, date: Day(date)!, windowStart: from.flatMap(Day.init),
                                                             windowEnd: to.flatMap(Day.init))
        Output.line(CohortText.sessionAdded.text(in: global.language, ["label": session.label, "date": session.date, "start": session.windowStart,
                                                                       "end": session.windowEnd]))
    }
}
