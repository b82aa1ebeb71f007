import ArgumentParser

/// `pratiques action done ID`
struct ActionDone: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Marque une action comme faite.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Numéro de l'action (voir « action list »).") var id: Int64

    func run() throws {
        try global.workspace(store).markActionDone(id)
        Output.line(PlanText.actionDone.text(in: global.language, ["id": id]))
    }
}
