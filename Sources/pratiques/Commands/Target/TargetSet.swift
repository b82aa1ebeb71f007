import ArgumentParser
import PratiquesCore

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
    @Option(name: .customLong("long-level"), help: "Niveau visé à plus long terme (environ trois ans), second horizon du guide des bonnes pratiques.")
    var longLevel: Int?
    @Option(name: .customLong("long-horizon"), help: "Échéance du niveau à long terme, AAAA-MM-JJ.") var longHorizon: String?

    func validate() throws {
        if let horizon, !Day.isValid(horizon) { throw ValidationError("--horizon: AAAA-MM-JJ / YYYY-MM-DD") }
        if let longHorizon, !Day.isValid(longHorizon) { throw ValidationError("--long-horizon: AAAA-MM-JJ / YYYY-MM-DD") }
        if longHorizon != nil && longLevel == nil { throw ValidationError("--long-horizon demande --long-level / needs --long-level") }
    }

    func run() throws {
        let target = try global.workspace(store).setTarget(organisation: organisation, referentiel: referentiel, criterion: criterion, level: level,
                                                           horizon: horizon.flatMap(Day.init), longTermLevel: longLevel,
                                                           longTermHorizon: longHorizon.flatMap(Day.init))
        Output.line(PlanText.targetSaved.text(in: global.language, ["criterion": target.criterionID, "level": target.level]))
    }
}
