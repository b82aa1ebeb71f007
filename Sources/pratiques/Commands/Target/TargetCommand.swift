import ArgumentParser

/// `pratiques target …`
struct TargetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "target",
        abstract: "Objectifs par critère. / Targets per criterion.",
        subcommands: [TargetSet.self, TargetList.self]
    )
}
