import ArgumentParser

/// `pratiques cohort …`
struct CohortCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        abstract: "Cohortes suivies au fil des sessions d'un parcours. / Cohorts across the sessions of a parcours.",
        subcommands: [CohortCreate.self, CohortList.self, CohortShow.self, CohortAdd.self, CohortSessionCommand.self]
    )
}

/// `pratiques cohort session …`
struct CohortSessionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Sessions d'une cohorte (T0, T1, …) : ajouter, relier des évaluations. / Sessions of a cohort.",
        subcommands: [CohortSessionAdd.self, CohortSessionLink.self]
    )
}
