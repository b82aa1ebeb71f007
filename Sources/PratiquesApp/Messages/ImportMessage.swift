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
    case organisationDiffers = "import.organisation-differs"
    case consentDiffers = "import.consent-differs"

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
        .organisationDiffers: ("l'organisation {organisation} existe déjà : {field} « {old} » → « {new} » dans le fichier ; rien n'est modifié (pour la mettre à jour : --update-org)",
                               "organisation {organisation} exists already: {field} '{old}' → '{new}' in the file; nothing is changed (to update it: --update-org)"),
        .consentDiffers: ("consentement de {organisation} à être nommée : {old} dans la base, {new} dans le fichier ; un import ne le change jamais (« pratiques org consent {organisation} {option} »)",
                          "consent of {organisation} to be named: {old} in the database, {new} in the file; an import never changes it ('pratiques org consent {organisation} {option}')"),
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
        case .organisationDiffers(let organisation, let field, let old, let new):
            return organisationDiffers(["organisation": organisation, "field": field, "old": MessageQuote.excerpt(old), "new": MessageQuote.excerpt(new)])
        case .consentDiffers(let organisation, let stored):
            return consentDiffers(["organisation": organisation, "old": stored ? "oui" : "non", "new": stored ? "non" : "oui",
                                   "option": stored ? "--not-named" : "--named"])
        }
    }
}
