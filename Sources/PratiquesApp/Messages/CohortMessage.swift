import PratiquesCore

/// The cohort statistics' own words.
enum CohortMessage: String, MessageCatalogue {
    case noChain = "cohort.no-chain"

    static let templates: [CohortMessage: (fr: String, en: String)] = [
        .noChain: ("version {version} : pas de chaîne de migrations jusqu'à la version {compared}, sur laquelle la cohorte est comparée",
                   "version {version}: no chain of migrations up to version {compared}, on which the cohort is compared"),
    ]
}
