import ArgumentParser
import PratiquesCore

/// `pratiques org list`
struct OrgList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste les organisations.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let organisations = try store.open().organisations()
        if json { return try Output.json(organisations) }
        let l = global.language
        let header = l == .fr ? ["id", "nom", "forme", "dépt", "effectif", "nommée"] : ["id", "name", "form", "dept", "size", "named"]
        Output.line(TextTable.render(header: header, rows: organisations.map {
            [$0.slug, $0.name, $0.legalForm.label(in: l), $0.departement ?? "", $0.sizeBand?.rawValue ?? "",
             $0.consentsToBeNamed ? (l == .fr ? "oui" : "yes") : (l == .fr ? "non" : "no")]
        }))
    }
}
