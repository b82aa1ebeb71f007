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

/// The later versions of gouvernance démocratique: one criterion added in 1.1.0; in 2.0.0 one
/// split, two merged, one dropped; written with the same care as 1.0.0. (3.0.0: see
/// ``ShippedNewestVersionsTests``.)
@Suite struct ShippedVersionsTests {
    static let catalog = ReferentielCatalog(directory: Fixtures.referentielsDirectory)

    @Test func gouvernanceDemocratiqueShipsThreeVersionsBeforeThree() throws {
        let versions = Self.catalog.versions(of: "gouvernance-democratique").map(\.referentiel)
        #expect(versions.map(\.version.description) == ["1.0.0", "1.1.0", "2.0.0", "3.0.0"])
        let (v1, v11, v2) = (versions[0], versions[1], versions[2])
        #expect(Set(v11.criteria.map(\.id)).subtracting(v1.criteria.map(\.id)) == ["gd.concertation-strategie"])
        #expect(v11.criteria.count == v1.criteria.count + 1)
        let migration = try #require(v2.migration)
        #expect(migration.from == v11.version)
        #expect(migration.steps.filter { $0.kind == .split }.map(\.from) == [["gd.regles-ecrites"]])
        #expect(migration.steps.filter { $0.kind == .merge }.map(\.from) == [["gd.preparation-ag", "gd.vie-instances"]])
        #expect(migration.steps.filter { $0.kind == .dropped }.map(\.from) == [["gd.information-financiere"]])
        #expect(migration.steps.filter { $0.kind == .equal }.count == v11.criteria.count - 4)
        // 15 criteria in 1.1.0: one split into two, two merged into one, one dropped → 14.
        #expect(v2.criteria.count == 15 + 1 - 1 - 1)
        for referentiel in [v11, v2] {
            for criterion in referentiel.criteria where criterion.kind == .level {
                #expect(Set(criterion.descriptors.keys) == [0, 1, 2, 3, 4], "\(referentiel.reference) \(criterion.id)")
                #expect(Set(criterion.descriptors.values.map(\.fr)).count == 5, "\(criterion.id)")
                #expect(criterion.question.en != nil, "\(criterion.id)")
                #expect(criterion.help != nil, "\(criterion.id)")
            }
        }
    }

    /// Up to 2.0.0 (3.0.0 rewrote the texts in épicène wording, on purpose).
    @Test func wordingOfKeptCriteriaIsUnchangedFromOneVersionToTheNextUntilTwo() throws {
        let versions = Self.catalog.versions(of: "gouvernance-democratique").map(\.referentiel).filter { $0.version.major < 3 }
        for (older, newer) in zip(versions, versions.dropFirst()) {
            for criterion in older.criteria {
                guard let kept = newer.criterion(id: criterion.id) else { continue }
                #expect(kept.question == criterion.question && kept.descriptors == criterion.descriptors, "\(newer.reference) \(criterion.id)")
            }
        }
    }
}
