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

    func validate() throws {
        if let horizon, !Day.isValid(horizon) { throw ValidationError("--horizon: AAAA-MM-JJ / YYYY-MM-DD") }
    }

    func run() throws {
        let target = try global.workspace(store).setTarget(organisation: organisation, referentiel: referentiel, criterion: criterion, level: level,
                                                           horizon: horizon.flatMap(Day.init))
        Output.line(PlanText.targetSaved.text(in: global.language, ["criterion": target.criterionID, "level": target.level]))
    }
}
