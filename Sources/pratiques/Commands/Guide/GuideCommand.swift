import ArgumentParser
import PratiquesCore

/// `pratiques guide …`
struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Guide des bonnes pratiques : le débat de l'assemblée générale. / Guide of good practices.",
        subcommands: [GuideNoteCommand.self]
    )
}

/// `pratiques guide note ORG --year Y --date D --decisions "…"`
struct GuideNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Enregistre la date de l'assemblée générale qui a débattu du guide et ses décisions (objectifs de progrès).",
        discussion: "Une note par organisation et par année ; une nouvelle note de la même année remplace la précédente. Elle paraît dans « pratiques report guide »."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var organisation: String
    @Option(help: "Année du guide.") var year: Int
    @Option(help: "Date de l'assemblée générale (AAAA-MM-JJ).") var date: String?
    @Option(help: "Décisions et objectifs de progrès débattus.") var decisions: String?

    func validate() throws {
        if !(1900...2999).contains(year) { throw ValidationError("--year: une année, ex. 2026 / a year, e.g. 2026") }
        if let date, Day(date) == nil { throw ValidationError("--date: AAAA-MM-JJ / YYYY-MM-DD") }
        if date == nil && decisions == nil { throw ValidationError("--date ou --decisions / --date or --decisions") }
        if let decisions, decisions.count > 5000 { throw ValidationError("--decisions: 5000 caractères au plus / at most 5000 characters") }
    }

    func run() throws {
        try global.workspace(store).saveGuideNote(GuideNote(organisationSlug: organisation, year: year, meetingDate: date, decisions: decisions))
        Output.line(global.language == .fr ? "Note du guide \(year) enregistrée pour \(organisation)." : "Guide \(year) note recorded for \(organisation).")
    }
}
