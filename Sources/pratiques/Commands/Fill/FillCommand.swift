import ArgumentParser
import PratiquesCore

/// `pratiques fill ORG REF [--assessment ID] [--role ROLE] [--name NAME]`
struct FillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fill",
        abstract: "Remplit une auto-évaluation dans le terminal, critère par critère. / Fill a self-assessment in the terminal.",
        discussion: """
        Parcourt les dimensions et les critères de la version la plus récente du référentiel : \
        question, aide et description de chaque niveau. Tapez un niveau (ou un nombre, o/n, un texte \
        selon le critère), « na » (non applicable, si le critère le permet), « ? » pour passer, \
        « c » pour ajouter un commentaire, « b » pour revenir au critère précédent, « q » pour quitter. \
        Une ligne vide garde la réponse actuelle, ou confirme une réponse reprise d'une évaluation précédente.

        Chaque réponse est enregistrée aussitôt dans un brouillon de l'organisation (le plus récent \
        sur cette version, créé au besoin) : relancez la même commande pour reprendre là où vous \
        vous étiez arrêté. Chaque répondant (--role, --name) a ses propres réponses. Les réponses \
        peuvent aussi venir d'un tube (scripts).
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var organisation: String
    @Argument(help: "Identifiant du référentiel.") var referentiel: String
    @Option(name: .long, help: "Brouillon à remplir (défaut : le plus récent de l'organisation sur ce référentiel, créé au besoin).")
    var assessment: Int64?
    @Option(name: .long, help: "Rôle du répondant : direction, salarie, administrateur, benevole, usager, partenaire.")
    var role: String?
    @Option(name: .long, help: "Nom du répondant (facultatif).") var name: String?

    func validate() throws {
        if let role, RespondentRole(parsing: role) == nil {
            throw ValidationError("--role: " + RespondentRole.allCases.map(\.rawValue).joined(separator: ", ") + " (reçu / got '\(role)')")
        }
    }

    func run() throws {
        let session = try global.workspace(store).startFill(organisation: organisation, referentiel: referentiel, assessment: assessment,
                                                            role: role.flatMap(RespondentRole.init(parsing:)), name: name)
        var resume = "pratiques fill \(organisation) \(referentiel) --assessment \(session.assessmentID) --role \(session.role.rawValue)"
        if let name = session.name { resume += " --name \"\(name)\"" }
        var dialogue = FillDialogue(session: session, language: global.language, resumeCommand: resume)
        try dialogue.run()
    }
}
