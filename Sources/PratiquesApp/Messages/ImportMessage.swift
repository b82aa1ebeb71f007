import PratiquesCore

/// The words of import refusals.
enum ImportMessage: String, MessageCatalogue {
    case unknownReferentielVersion = "import.unknown-referentiel-version"
    case duplicateInFiles = "import.duplicate-in-files"
    case alreadyStored = "import.already-stored"
    case completeAssessment = "import.complete-assessment"
    case unreadable = "import.unreadable"
    case tooLarge = "import.too-large"
    case notUTF8 = "import.not-utf8"
    case empty = "import.empty"

    static let templates: [ImportMessage: (fr: String, en: String)] = [
        .unknownReferentielVersion: ("référentiel {referentiel} inconnu", "unknown référentiel {referentiel}"),
        .duplicateInFiles: ("évaluation « {label} » de {organisation} sur {referentiel} déjà présente dans le fichier ({first})",
                            "assessment '{label}' of {organisation} on {referentiel} already in the file ({first})"),
        .alreadyStored: ("l'évaluation « {label} » de {organisation} sur {referentiel} existe déjà dans la base",
                         "assessment '{label}' of {organisation} on {referentiel} already exists in the database"),
        .completeAssessment: ("l'évaluation {id} est terminée : on n'y ajoute plus de répondants",
                              "assessment {id} is complete: no more respondents can be added"),
        .unreadable: ("lecture impossible : {reason}", "cannot read: {reason}"),
        .tooLarge: ("fichier trop gros ({bytes} octets)", "file too large ({bytes} bytes)"),
        .notUTF8: ("le fichier n'est pas en UTF-8 (enregistrez-le en « CSV UTF-8 »)", "the file is not UTF-8 (save it as 'CSV UTF-8')"),
        .empty: ("fichier vide", "empty file"),
    ]

    static func text(of problem: ImportProblem) -> Bilingual {
        switch problem {
        case .invalid(_, let text): return text
        case .unknownOrganisation(let slug): return WorkspaceError.unknownOrganisation(slug).text
        case .unknownReferentielVersion(let reference): return unknownReferentielVersion(["referentiel": reference])
        case .changedWithoutBump(let grid): return WorkspaceError.changedWithoutBump(grid).text
        case .duplicateInFiles(let organisation, let referentiel, let label, let first):
            return duplicateInFiles(["label": label, "organisation": organisation, "referentiel": referentiel, "first": first.description])
        case .alreadyStored(let organisation, let referentiel, let label, _):
            return alreadyStored(["label": label, "organisation": organisation, "referentiel": referentiel])
        case .unknownAssessment(let id): return WorkspaceError.unknownAssessment(id).text
        case .otherAssessment(let stored, let organisation, let referentiel):
            return WorkspaceErrorText.assessmentIsAbout(stored.id, stored.organisationSlug, stored.referentiel, organisation: organisation,
                                                        referentiel: referentiel.description)
        case .completeAssessment(let id): return completeAssessment(["id": id])
        }
    }
}
