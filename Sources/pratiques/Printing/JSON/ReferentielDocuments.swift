import PratiquesCore

/// `referentiel list --json`: one row per grid version.
struct ReferentielRow: Encodable {
    var id: String
    var version: String
    var title: String
    var dimensions: Int
    var criteria: Int
    var sha256: String
    var path: String

    init(_ entry: LoadedReferentiel, _ language: Language) {
        id = entry.referentiel.id
        version = entry.referentiel.version.description
        title = entry.referentiel.title.text(in: language)
        dimensions = entry.referentiel.dimensions.count
        criteria = entry.referentiel.criteria.count
        sha256 = entry.sha256
        path = entry.path
    }
}

/// `referentiel show --json`.
struct ReferentielDocument: Encodable {
    var path: String
    var sha256: String
    var referentiel: Referentiel
}
