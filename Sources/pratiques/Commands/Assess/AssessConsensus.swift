import ArgumentParser

/// `pratiques assess consensus ID [--all]`
struct AssessConsensus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consensus",
        abstract: "Enregistre les valeurs retenues par le groupe pour les critères divergents. / Record the group's agreed values.",
        discussion: """
        Parcourt les critères où les répondants divergent (écart de 2 niveaux ou plus) et qui n'ont pas \
        encore de consensus, ou tous les critères avec --all. Pour chacun : les réponses de chaque \
        répondant et l'écart ; tapez la valeur retenue comme dans « pratiques fill » (niveau, na, o/n, \
        nombre, texte), « ? » pour passer, « c » pour un commentaire du groupe, « b » pour revenir, \
        « q » pour quitter. Chaque valeur est enregistrée aussitôt ; elle compte pour le score, les \
        réponses individuelles restent.
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Numéro de l'évaluation (voir « assess list »).") var id: Int64
    @Flag(name: .long, help: "Tous les critères, pas seulement les divergents sans consensus.") var all = false

    func run() throws {
        var dialogue = ConsensusDialogue(session: try global.workspace(store).consensus(assessment: id, all: all), language: global.language)
        try dialogue.run()
    }
}
