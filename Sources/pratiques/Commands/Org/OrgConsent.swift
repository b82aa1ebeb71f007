import ArgumentParser

/// `pratiques org consent SLUG --named | --not-named`: the one command that changes an
/// organisation's consent to be named in reports for funders.
struct OrgConsent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent", abstract: "Consentement à être nommée dans les rapports aux financeurs. / Consent to be named in funder reports.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var slug: String
    @Flag(help: "Nommée (--named) ou non (--not-named). / Named or not.") var consent: Consent

    enum Consent: EnumerableFlag {
        case named, notNamed
    }

    func run() throws {
        let organisation = try global.workspace(store).setConsent(organisation: slug, named: consent == .named)
        let named = organisation.consentsToBeNamed
        let words = global.language == .en ? (named ? "named in funder reports" : "not named in funder reports")
                                           : (named ? "nommée dans les rapports aux financeurs" : "non nommée dans les rapports aux financeurs")
        Output.line("\(organisation.name) (\(organisation.slug)) : \(words)")
    }
}
