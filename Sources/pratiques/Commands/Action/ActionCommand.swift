import ArgumentParser

/// `pratiques action …`
struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Plan d'action : qui, quoi, pour quand. / Action plan.",
        subcommands: [ActionAdd.self, ActionList.self, ActionDone.self]
    )
}
