import PratiquesCore

extension Workspace {
    /// One grid file (the newest version when `version` is `nil`).
    public func referentiel(_ id: String, version: SemanticVersion? = nil) throws -> LoadedReferentiel {
        guard let loaded = catalog.find(id, version: version) else {
            throw WorkspaceError.referentielNotInDirectory(id: id, version: version?.description, directory: referentielsDirectory ?? "",
                                                          known: catalog.ids)
        }
        return loaded
    }

    /// What changed between two versions of a grid (given in either order), criterion by
    /// criterion, and where the answers of each criterion go.
    public func referentielDiff(_ id: String, from: SemanticVersion, to: SemanticVersion) throws -> ReferentielDiff {
        let versions = catalog.versions(of: id)
        func find(_ version: SemanticVersion) throws -> Referentiel {
            guard let found = versions.first(where: { $0.referentiel.version == version }) else {
                throw WorkspaceError.versionNotInDirectory(id: id, version: version.description, directory: referentielsDirectory ?? "",
                                                          known: versions.map { $0.referentiel.version.description })
            }
            return found.referentiel
        }
        var older = try find(from), newer = try find(to)
        if newer.version < older.version { swap(&older, &newer) }
        let chain = try VersionChain(versions: versions.map(\.referentiel))
        return ReferentielDiff(from: older, to: newer, chain: chain)
    }

    /// Validates grid files and directories (searched recursively), then the rules between the
    /// successive versions of each grid.
    public static func validateReferentiels(_ paths: [String]) -> ReferentielValidation {
        var validation = ReferentielValidation()
        var loaded: [LoadedReferentiel] = []
        for path in paths {
            let files = ReferentielCatalog.yamlFiles(under: path)
            if files.isEmpty { validation.results.append(.init(path: path, outcome: .noFile)) }
            for file in files {
                do {
                    loaded.append(try ReferentielLoader.load(path: file))
                    validation.results.append(.init(path: file, outcome: .valid))
                } catch {
                    validation.results.append(.init(path: file, outcome: .invalid(error.issues)))
                }
            }
        }
        validation.versionIssues = ReferentielVersionRules.check(loaded)
        if validation.versionIssues.isEmpty {
            for id in Set(loaded.map(\.referentiel.id)).sorted() {
                let versions = Set(loaded.filter { $0.referentiel.id == id }.map(\.referentiel.version)).sorted()
                if versions.count > 1 { validation.chains.append((id, versions)) }
            }
        }
        return validation
    }
}
