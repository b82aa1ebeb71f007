import Foundation

/// The check each target runs on its message catalogues.
public enum MessageCatalogueCheck {
    /// What is wrong with `catalogues`: ids without both texts, placeholders that differ
    /// between French and English (``MessageCatalogue/problems()``), an id used twice, and a
    /// catalogue declared in the `.swift` files under `sources` but missing from the list.
    public static func problems(_ catalogues: [any MessageCatalogue.Type], sources: URL) throws -> [String] {
        func problems<Catalogue: MessageCatalogue>(_ catalogue: Catalogue.Type) -> [String] { Catalogue.problems() }
        func ids<Catalogue: MessageCatalogue>(_ catalogue: Catalogue.Type) -> [String] { Catalogue.ids }
        var found = catalogues.flatMap { problems($0) }
        var seen: Set<String> = []
        for id in catalogues.flatMap({ ids($0) }) where !seen.insert(id).inserted { found.append("\(id): used twice") }
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        let declared = try files.map { try String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8) }
            .joined().components(separatedBy: ": String, MessageCatalogue {").count - 1
        if declared != catalogues.count { found.append("\(declared) catalogues declared under \(sources.path), \(catalogues.count) listed") }
        return found
    }
}
