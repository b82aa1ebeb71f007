import PratiquesCore

/// The words of `cohort` and of the cohort printouts.
enum CohortText: String, MessageCatalogue {
    case created = "cohort.created"
    case membersAdded = "cohort.members-added"
    case sessionAdded = "cohort.session-added"
    case linked = "cohort.linked"
    case members = "cohort.members"
    case paired = "cohort.paired"
    case pairedCounts = "cohort.paired-counts"
    case carriedHeading = "cohort.carried-heading"
    case notComparable = "cohort.not-comparable"
    case notCompared = "cohort.not-compared"

    static let templates: [CohortText: (fr: String, en: String)] = [
        .created: ("Cohorte « {cohort} » créée.", "Cohort '{cohort}' created."),
        .membersAdded: ("{n} organisation(s) dans la cohorte « {cohort} ».", "{n} organisation(s) in cohort '{cohort}'."),
        .sessionAdded: ("Session {label} ({date}) ajoutée : évaluations du {start} au {end}.",
                        "Session {label} ({date}) added: assessments from {start} to {end}."),
        .linked: ("{n} évaluation(s) reliée(s) à {label}.", "{n} assessment(s) linked to {label}."),
        .members: ("Membres : ", "Members: "),
        .paired: ("global, apparié", "overall, paired"),
        .pairedCounts: ("{progressed} en progrès, {stable} stables, {regressed} en recul", "{progressed} progressed, {stable} stayed, {regressed} regressed"),
        .carriedHeading: ("Reprises d'une version antérieure (réponses portées sur la version comparée par les migrations) :",
                          "Carried from an earlier version (answers carried onto the compared version through the migrations):"),
        .notComparable: (" ; non comparables : ", "; not comparable: "),
        .notCompared: ("Non comparées :", "Not compared:"),
    ]
}
