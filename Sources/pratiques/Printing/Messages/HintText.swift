import PratiquesCore

/// What to type next, added to the messages of refusals: the command-line wording of the hints.
enum HintText: String, MessageCatalogue {
    case organisations = "hint.organisations"
    case assessments = "hint.assessments"
    case cohorts = "hint.cohorts"
    case referentiels = "hint.referentiels"
    case anotherLabel = "hint.another-label"
    case roleAndName = "hint.role-and-name"
    case role = "hint.role"
    case window = "hint.window"
    case cohortAdd = "hint.cohort-add"
    case createOrganisation = "hint.create-organisation"
    case addToDraft = "hint.add-to-draft"
    case databasePath = "hint.database-path"
    case otherDatabase = "hint.other-database"

    static let templates: [HintText: (fr: String, en: String)] = [
        .organisations: (" (voir « pratiques org list »)", " (see 'pratiques org list')"),
        .assessments: (" (voir « pratiques assess list »)", " (see 'pratiques assess list')"),
        .cohorts: (" (voir « pratiques cohort list »)", " (see 'pratiques cohort list')"),
        .referentiels: (" (voir « pratiques referentiel list »)", " (see 'pratiques referentiel list')"),
        .anotherLabel: (" : choisissez un autre --label", ": choose another --label"),
        .roleAndName: (" : précisez --role et --name", ": give --role and --name"),
        .role: ("précisez le rôle du répondant avec --role", "give the respondent's role with --role"),
        .window: (" ; précisez --from et --to", "; give --from and --to"),
        .cohortAdd: (" (cohort add)", " (cohort add)"),
        .createOrganisation: (" (ajoutez-la avec « pratiques org add », dans « organisations », ou importez avec --create-org)",
                              " (add it with 'pratiques org add', under 'organisations', or import with --create-org)"),
        .addToDraft: (" (brouillon n° {id} ; pour y ajouter les répondants d'un questionnaire : --assessment {id})",
                      " (draft #{id}; to add a questionnaire's respondents to it: --assessment {id})"),
        .databasePath: (" (vérifiez --db ou $PRATIQUES_DB ; seules « org add », « assess import » et « cohort create » créent une base)",
                        " (check --db or $PRATIQUES_DB; only 'org add', 'assess import' and 'cohort create' create a database)"),
        .otherDatabase: (" (donnez le chemin d'une base Pratiques avec --db)", " (give the path of a Pratiques database with --db)"),
    ]
}
