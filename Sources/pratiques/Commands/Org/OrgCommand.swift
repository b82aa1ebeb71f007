import ArgumentParser

/// `pratiques org …`
struct OrgCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Organisations : ajouter, lister, afficher. / Organisations.",
        subcommands: [OrgAdd.self, OrgList.self, OrgShow.self, OrgConsent.self, OrgProfile.self, OrgErase.self, OrgExportData.self]
    )
}
