import PratiquesCore

/// The words of `referentiel list`, `validate` and `diff`.
enum ReferentielText: String, MessageCatalogue {
    case noYAMLFile = "referentiel.no-yaml-file"
    case versionRulesHold = "referentiel.version-rules-hold"
    case noChange = "referentiel.no-change"
    case scales = "referentiel.scales"
    case dimensions = "referentiel.dimensions"
    case criteria = "referentiel.criteria"
    case carrying = "referentiel.carrying"
    case added = "referentiel.change.added"
    case removed = "referentiel.change.removed"
    case moved = "referentiel.change.moved"
    case wording = "referentiel.change.wording"
    case levels = "referentiel.change.levels"
    case weight = "referentiel.change.weight"
    case kind = "referentiel.change.kind"
    case notApplicable = "referentiel.change.not-applicable"
    case noSuccessor = "referentiel.no-successor"
    case noPredecessor = "referentiel.no-predecessor"

    static let templates: [ReferentielText: (fr: String, en: String)] = [
        .noYAMLFile: ("{path}: aucun fichier YAML trouvé", "{path}: no YAML file found"),
        .versionRulesHold: (" (règles de version respectées)", " (version rules hold)"),
        .noChange: ("Aucun changement.", "No change."),
        .scales: ("Échelles", "Scales"),
        .dimensions: ("Dimensions", "Dimensions"),
        .criteria: ("Critères", "Criteria"),
        .carrying: ("Report des réponses {path}", "Carrying answers {path}"),
        .added: ("ajouté", "added"),
        .removed: ("supprimé", "removed"),
        .moved: ("déplacé", "moved"),
        .wording: ("libellé", "wording"),
        .levels: ("niveaux", "levels"),
        .weight: ("poids", "weight"),
        .kind: ("type", "kind"),
        .notApplicable: ("non applicable", "not applicable"),
        .noSuccessor: ("sans successeur", "no successor"),
        .noPredecessor: ("sans prédécesseur", "no predecessor"),
    ]
}
