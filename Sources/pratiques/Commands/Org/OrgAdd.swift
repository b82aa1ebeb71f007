import ArgumentParser
import PratiquesCore

/// `pratiques org add SLUG --name … --legal-form …`
struct OrgAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Ajoute une organisation (ou met à jour celle qui a le même identifiant)."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant court, en minuscules (ex. ruche-amienoise).") var slug: String
    @Option(help: "Nom de l'organisation.") var name: String
    @Option(name: .customLong("legal-form"), help: "Forme juridique : \(LegalForm.allCases.map(\.rawValue).joined(separator: ", ")).")
    var legalForm: String
    @Option(help: "SIRET (14 chiffres).") var siret: String?
    @Option(help: "Département (ex. 59, 80).") var departement: String?
    @Option(help: "EPCI (intercommunalité).") var epci: String?
    @Option(help: "Secteur d'activité.") var sector: String?
    @Option(help: "Tranche d'effectif : \(SizeBand.allCases.map(\.rawValue).joined(separator: ", ")).") var size: String?
    @Flag(name: .customLong("consent-named"), help: "L'organisation accepte d'être nommée dans les rapports aux financeurs.")
    var consentNamed = false

    func validate() throws {
        guard Slug.isValid(slug) else { throw ValidationError("identifiant invalide / invalid id: \(slug)") }
        guard LegalForm(rawValue: legalForm) != nil else {
            throw ValidationError("--legal-form: \(LegalForm.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let size, SizeBand(rawValue: size) == nil {
            throw ValidationError("--size: \(SizeBand.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let siret, !Organisation.isValidSIRET(siret) { throw ValidationError("--siret: 14 chiffres, clé de Luhn / 14 digits, Luhn key") }
    }

    func run() throws {
        let saved = try global.workspace(store).saveOrganisation(Organisation(
            slug: slug, name: name, legalForm: LegalForm(rawValue: legalForm)!, siret: siret, departement: departement, epci: epci,
            sector: sector, sizeBand: size.flatMap(SizeBand.init(rawValue:)), consentsToBeNamed: consentNamed))
        Output.line(OrgText.saved.text(in: global.language, ["name": saved.name, "slug": saved.slug]))
    }
}
