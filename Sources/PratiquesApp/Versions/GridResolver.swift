import PratiquesCore
import PratiquesStore

/// Resolves the grids a use case works on: each grid's versions (`GridVersions`) built once
/// from the store's snapshots and the grid files, the one place where a grid file changed
/// without a version bump is refused.
///
/// One resolver serves one use case: a long-lived process (a web server) sees the store's new
/// snapshots on its next request.
final class GridResolver {
    let store: AssessmentStore
    let catalog: ReferentielCatalog
    private var resolved: [String: GridVersions] = [:]

    init(store: AssessmentStore, catalog: ReferentielCatalog) {
        self.store = store
        self.catalog = catalog
    }

    /// Refuses to go on when a file of one of `referentielIDs` (every grid when `nil`) changed
    /// without a version bump while stored assessments use that version: the first such version
    /// in the order the store kept them.
    func requireUnchanged(_ referentielIDs: Set<String>?) throws {
        if let first = try changed().first(where: { referentielIDs?.contains($0.referentielID) ?? true }) {
            throw WorkspaceError.changedWithoutBump(first)
        }
    }

    /// The stored versions whose file changed without a version bump while assessments use them.
    func changed() throws -> [ChangedGrid] {
        try store.snapshots().compactMap { snapshot in
            guard snapshot.assessments > 0, let file = catalog.find(snapshot.referentielID, version: snapshot.version),
                  file.sha256 != snapshot.sha256 else { return nil }
            return ChangedGrid(referentielID: snapshot.referentielID, version: snapshot.version, assessments: snapshot.assessments, path: file.path)
        }
    }

    /// The versions of one grid (resolved once).
    func grid(_ referentielID: String) throws -> GridVersions {
        if let known = resolved[referentielID] { return known }
        let grid = GridVersions(referentielID: referentielID, stored: try store.storedVersions(of: referentielID),
                                files: catalog.versions(of: referentielID))
        resolved[referentielID] = grid
        return grid
    }

    /// The refusal of a grid version stored with another content (``StoreError/snapshotInUse(referentielID:version:assessments:)``),
    /// naming its file.
    func changedGrid(referentielID: String, version: SemanticVersion, assessments: Int) -> ChangedGrid {
        ChangedGrid(referentielID: referentielID, version: version, assessments: assessments,
                    path: catalog.find(referentielID, version: version)?.path ?? "\(referentielID)@\(version)")
    }
}
