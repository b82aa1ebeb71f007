/// The versions of one grid, oldest first, and the steps between consecutive versions.
///
/// Answers given on any version are carried onto the newest through every step in turn
/// (1.0.0 → 1.1.0 → 2.0.0): see ``AnswerCarrier``. A major version must carry a migration from
/// the version just before it in the chain, else the chain is refused.
public struct VersionChain: Sendable {
    /// The versions, oldest first, one per version number.
    public let versions: [Referentiel]
    /// `steps[i]` goes from `versions[i]` to `versions[i + 1]`.
    public let steps: [VersionStep]

    /// Orders `versions` (all of one grid; duplicates of a version number are kept once) and
    /// builds the steps between them.
    public init(versions: [Referentiel]) throws(VersionChainError) {
        var unique: [SemanticVersion: Referentiel] = [:]
        for referentiel in versions where unique[referentiel.version] == nil { unique[referentiel.version] = referentiel }
        let ordered = unique.values.sorted { $0.version < $1.version }
        guard let first = ordered.first else { throw VersionChainError(fr: "aucune version", en: "no version") }
        if let other = ordered.first(where: { $0.id != first.id }) {
            throw VersionChainError(fr: "versions de grilles différentes (\(first.id), \(other.id))",
                                    en: "versions of different grids (\(first.id), \(other.id))")
        }
        var steps: [VersionStep] = []
        for (older, newer) in zip(ordered, ordered.dropFirst()) {
            if newer.version.major != older.version.major {
                guard let migration = newer.migration else {
                    throw VersionChainError(fr: "\(newer.reference) change de version majeure sans « migration » depuis \(older.version)",
                                            en: "\(newer.reference) is a major version without a 'migration' from \(older.version)")
                }
                guard migration.from == older.version else {
                    throw VersionChainError(fr: "la migration de \(newer.reference) part de \(migration.from), mais la version précédente connue est \(older.version)",
                                            en: "the migration of \(newer.reference) starts from \(migration.from), but the previous known version is \(older.version)")
                }
            }
            steps.append(VersionStep(from: older, to: newer))
        }
        self.versions = ordered
        self.steps = steps
    }

    /// The newest version.
    public var newest: Referentiel { versions[versions.count - 1] }

    /// The grid's id.
    public var referentielID: String { versions[0].id }

    /// The steps from `version` to the newest; empty when `version` is the newest.
    public func steps(from version: SemanticVersion) throws(VersionChainError) -> ArraySlice<VersionStep> {
        guard let index = versions.firstIndex(where: { $0.version == version }) else {
            throw VersionChainError(fr: "version \(referentielID)@\(version) absente de la chaîne des versions",
                                    en: "version \(referentielID)@\(version) missing from the chain of versions")
        }
        return steps[index...]
    }

    /// The version `version` of the chain.
    public func referentiel(_ version: SemanticVersion) -> Referentiel? {
        versions.first { $0.version == version }
    }
}

/// A chain of versions that cannot be built (a major version without its migration…).
public struct VersionChainError: LocalizedFailure, Sendable {
    public var text: Bilingual

    public init(fr: String, en: String) {
        text = Bilingual(fr: fr, en: en)
    }

    public func message(in language: Language) -> String { text.text(in: language) }
}
