import Foundation
import Testing
@testable import PratiquesCore

/// The grids shipped in `referentiels/` all validate and keep the shape the project promises.
@Suite struct ShippedGridsTests {
    static let expectedIDs = ["ancrage-territorial", "environnement", "gouvernance-democratique", "lucrativite-limitee",
                              "production-locale", "richesses-humaines", "utilite-sociale"]

    @Test func everyShippedFileValidates() {
        let files = ReferentielCatalog.yamlFiles(under: Fixtures.referentielsDirectory)
        #expect(files.count >= 7)
        for file in files {
            let issues = ReferentielLoader.validate(path: file)
            #expect(issues.isEmpty, "\(issues.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test func theSevenGridsExistInVersionOne() {
        let catalog = ReferentielCatalog(directory: Fixtures.referentielsDirectory)
        #expect(catalog.failures.isEmpty)
        #expect(catalog.ids == Self.expectedIDs)
        for id in Self.expectedIDs {
            #expect(catalog.find(id, version: SemanticVersion(1, 0, 0)) != nil, "\(id) 1.0.0")
        }
    }

    @Test(arguments: expectedIDs)
    func gridShape(_ id: String) throws {
        let catalog = ReferentielCatalog(directory: Fixtures.referentielsDirectory)
        let r = try #require(catalog.find(id, version: SemanticVersion(1, 0, 0))).referentiel
        if id == "production-locale" {
            #expect(r.dimensions.count == 10, "ten balises")
        } else {
            #expect((3...6).contains(r.dimensions.count))
        }
        for dimension in r.dimensions {
            #expect((3...6).contains(dimension.criteria.count), "\(dimension.id)")
        }
        let scale = try #require(r.scale(id: "maturite"))
        #expect(scale.levels.map(\.value) == [0, 1, 2, 3, 4])
        // Every level criterion describes every level; descriptors are not copies of each other.
        for criterion in r.criteria where criterion.kind == .level {
            #expect(Set(criterion.descriptors.keys) == [0, 1, 2, 3, 4], "\(criterion.id)")
            #expect(Set(criterion.descriptors.values.map(\.fr)).count == 5, "\(criterion.id)")
        }
        #expect(r.criteria.contains { $0.kind == .number }, "\(id) uses at least one indicator")
        #expect(r.title.en != nil)
        #expect(r.source.fr.count > 40)
        // Ids follow the grid's prefix convention and are unique.
        let ids = r.dimensions.map(\.id) + r.criteria.map(\.id)
        #expect(Set(ids).count == ids.count)
    }
}
