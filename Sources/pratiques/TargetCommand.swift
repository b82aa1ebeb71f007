import ArgumentParser
import PratiquesCore
import PratiquesStore

/// `pratiques target …`
struct TargetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "target",
        abstract: "Objectifs par critère. / Targets per criterion.",
        subcommands: [TargetSet.self, TargetList.self]
    )
}

/// `pratiques target set ORG REF CRITERION LEVEL [--horizon DATE]`
struct TargetSet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Fixe le niveau visé sur un critère, à une échéance.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Organisation.") var organisation: String
    @Argument(help: "Référentiel.") var referentiel: String
    @Argument(help: "Critère.") var criterion: String
    @Argument(help: "Niveau visé.") var level: Int
    @Option(help: "Échéance AAAA-MM-JJ.") var horizon: String?

    func validate() throws {
        if let horizon, !DateText.isValid(horizon) { throw ValidationError("--horizon: AAAA-MM-JJ / YYYY-MM-DD") }
    }

    func run() throws {
        guard let grid = global.catalog().latest(referentiel)?.referentiel else {
            throw CLIFailure(fr: "référentiel « \(referentiel) » inconnu", en: "unknown référentiel '\(referentiel)'")
        }
        guard let found = grid.criterion(id: criterion) else {
            throw CLIFailure(fr: "critère « \(criterion) » inconnu dans \(grid.reference)", en: "unknown criterion '\(criterion)' in \(grid.reference)")
        }
        if found.kind == .level || found.kind == .number, let scale = found.scaleID.flatMap(grid.scale(id:)), scale.level(value: level) == nil {
            throw CLIFailure(fr: "niveau \(level) hors de l'échelle \(scale.id)", en: "level \(level) outside scale \(scale.id)")
        }
        try store.open().setTarget(Target(organisationSlug: organisation, referentielID: referentiel, criterionID: criterion, level: level, horizon: horizon))
        Output.line(global.language == .fr ? "Objectif enregistré : \(criterion) → \(level)." : "Target saved: \(criterion) → \(level).")
    }
}

/// `pratiques target list ORG`
struct TargetList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste les objectifs d'une organisation.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Organisation.") var organisation: String
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let database = try store.open()
        _ = try database.requireOrganisation(organisation)
        let targets = try database.targets(organisationSlug: organisation)
        if json { return try Output.json(targets) }
        let l = global.language
        Output.line(TextTable.render(header: [l == .fr ? "référentiel" : "grid", l == .fr ? "critère" : "criterion", l == .fr ? "niveau" : "level", l == .fr ? "échéance" : "horizon"],
                                     rows: targets.map { [$0.referentielID, $0.criterionID, String($0.level), $0.horizon ?? ""] }))
    }
}
