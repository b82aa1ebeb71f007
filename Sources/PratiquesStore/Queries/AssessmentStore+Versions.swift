import GRDB
import PratiquesCore

/// One stored assessment expressed on the newest version of its grid.
public struct CarriedStoredAssessment: Sendable {
    public var summary: AssessmentSummary
    /// The version the assessment was given on, from the store's snapshot.
    public var original: LoadedReferentiel
    /// The newest version of the grid (a stored snapshot, or the catalog's file when no
    /// assessment uses it yet).
    public var newest: LoadedReferentiel
    /// The assessment as given and as carried, with the report of what carrying did.
    public var carried: CarriedAssessment
}

extension AssessmentStore {
    /// Every version of a grid the store keeps a snapshot of, oldest first.
    public func storedVersions(of referentielID: String) throws -> [LoadedReferentiel] {
        let ids = try pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM referentiel_snapshot WHERE referentiel_id = ?", arguments: [referentielID])
        }
        return try ids.map { try referentiel(snapshotID: $0) }.sorted { $0.referentiel.version < $1.referentiel.version }
    }

    /// The versions of a grid known to the store and to `catalog` (a stored snapshot wins over
    /// the file of the same version), oldest first.
    public func knownVersions(of referentielID: String, catalog: ReferentielCatalog?) throws -> [LoadedReferentiel] {
        var byVersion: [SemanticVersion: LoadedReferentiel] = [:]
        for loaded in catalog?.versions(of: referentielID) ?? [] { byVersion[loaded.referentiel.version] = loaded }
        for loaded in try storedVersions(of: referentielID) { byVersion[loaded.referentiel.version] = loaded }
        return byVersion.values.sorted { $0.referentiel.version < $1.referentiel.version }
    }

    /// The chain of every known version of a grid (see ``knownVersions(of:catalog:)``).
    public func versionChain(of referentielID: String, catalog: ReferentielCatalog?) throws -> VersionChain {
        try VersionChain(versions: knownVersions(of: referentielID, catalog: catalog).map(\.referentiel))
    }

    /// A stored assessment carried onto the newest version of its grid.
    ///
    /// `chain` (from ``versionChain(of:catalog:)``) and `newest` (its newest version, from
    /// ``knownVersions(of:catalog:)``) can be passed when carrying many
    /// assessments of one grid.
    public func carriedAssessment(_ summary: AssessmentSummary, catalog: ReferentielCatalog?, chain: VersionChain? = nil,
                                  newest: LoadedReferentiel? = nil) throws -> CarriedStoredAssessment {
        let chain = try chain ?? versionChain(of: summary.referentiel.id, catalog: catalog)
        let original = try referentiel(snapshotID: summary.snapshotID)
        let newest = try newest ?? knownVersions(of: summary.referentiel.id, catalog: catalog)
            .first { $0.referentiel.version == chain.newest.version } ?? original
        var carried = try AnswerCarrier.carry(try assessment(summary), chain: chain)
        carried.assessment.referentiel.sha256 = newest.sha256
        carried.report.to.sha256 = newest.sha256
        return CarriedStoredAssessment(summary: summary, original: original, newest: newest, carried: carried)
    }

    /// The score of a stored assessment on the newest version of its grid, with the report of
    /// what was carried and what cannot be compared (for comparisons across versions, such as
    /// a cohort whose sessions used different versions).
    public func scoreOnNewestVersion(assessmentID: Int64, catalog: ReferentielCatalog?, targets: [String: Int] = [:]) throws -> (score: AssessmentScore, report: CarryReport) {
        guard let summary = try assessmentSummary(id: assessmentID) else {
            throw StoreError(fr: "évaluation \(assessmentID) introuvable", en: "assessment \(assessmentID) not found")
        }
        let carried = try carriedAssessment(summary, catalog: catalog)
        let engine = ScoringEngine(referentiel: carried.newest.referentiel, sha256: carried.newest.sha256)
        return (engine.score(carried.carried.assessment, targets: targets), carried.carried.report)
    }

    /// Refuses to go on when a grid file of `catalog` changed without a version bump while
    /// stored assessments use that version (only for `referentielIDs` when given).
    public func requireUnchangedFiles(in catalog: ReferentielCatalog, referentielIDs: Set<String>? = nil) throws {
        let changed = try changedWithoutBump(in: catalog).filter { referentielIDs?.contains($0.referentielID) ?? true }
        if let first = changed.first { throw first }
    }
}
