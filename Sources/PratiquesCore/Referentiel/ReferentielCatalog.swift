import Foundation

/// The référentiels found under a directory (`referentiels/` by default), every version of
/// every grid, with the issues of the files that did not load.
public struct ReferentielCatalog: Sendable {
    /// Valid grids, sorted by id then version.
    public private(set) var entries: [LoadedReferentiel]
    /// Files that failed to load, with their issues.
    public private(set) var failures: [InputError]

    /// Loads every `*.yaml` / `*.yml` file below `directory`.
    public init(directory: String) {
        var entries: [LoadedReferentiel] = []
        var failures: [InputError] = []
        for path in Self.yamlFiles(under: directory) {
            do {
                entries.append(try ReferentielLoader.load(path: path))
            } catch {
                failures.append(error)
            }
        }
        self.entries = entries.sorted { ($0.referentiel.id, $0.referentiel.version) < ($1.referentiel.id, $1.referentiel.version) }
        self.failures = failures
    }

    /// Builds a catalog from grids already loaded.
    public init(entries: [LoadedReferentiel]) {
        self.entries = entries.sorted { ($0.referentiel.id, $0.referentiel.version) < ($1.referentiel.id, $1.referentiel.version) }
        self.failures = []
    }

    /// The ids of the grids, sorted.
    public var ids: [String] { Array(Set(entries.map(\.referentiel.id))).sorted() }

    /// Every version of one grid, oldest first.
    public func versions(of id: String) -> [LoadedReferentiel] {
        entries.filter { $0.referentiel.id == id }
    }

    /// The newest version of a grid.
    public func latest(_ id: String) -> LoadedReferentiel? { versions(of: id).last }

    /// One version of a grid; the newest when `version` is nil.
    public func find(_ id: String, version: SemanticVersion? = nil) -> LoadedReferentiel? {
        guard let version else { return latest(id) }
        return entries.first { $0.referentiel.id == id && $0.referentiel.version == version }
    }

    /// The YAML files below a directory, sorted by path; a path to a file gives that file.
    public static func yamlFiles(under path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
                files.append((path as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }
}
