import Foundation
import Testing
@testable import PratiquesCore

@Suite struct ReferentielLoaderTests {
    @Test func loadsTheMiniGrid() throws {
        let loaded = try ReferentielLoader.load(path: Fixtures.miniPath)
        let r = loaded.referentiel
        #expect(r.id == "mini")
        #expect(r.version == SemanticVersion(1, 0, 0))
        #expect(r.title.text(in: .en) == "Mini grid")
        #expect(r.dimensions.map(\.id) == ["mn.regles", "mn.salaries"])
        #expect(r.dimensions[0].weight == 2)
        #expect(r.dimensions[1].weight == 1, "weight defaults to 1")
        #expect(r.criteria.map(\.kind) == [.level, .number, .level, .yesNo, .text])
        let regles = try #require(r.criterion(id: "mn.regles-ecrites"))
        #expect(regles.weight == 2)
        #expect(regles.descriptors.count == 5)
        #expect(regles.descriptors[3]?.fr == "Les règles sont présentées chaque année.")
        #expect(regles.allowsNotApplicable == false)
        #expect(r.criterion(id: "mn.entretiens")?.allowsNotApplicable == true)
        let participation = try #require(r.criterion(id: "mn.participation"))
        #expect(participation.unit == "%")
        #expect(participation.bounds == NumberBounds(min: 0, max: 100))
        #expect(participation.bands.map(\.min) == [0, 15, 30, 45, 60])
        #expect(participation.band(for: 44.9)?.level == 2)
        #expect(participation.band(for: 45)?.level == 3)
        #expect(participation.band(for: 100)?.level == 4)
        #expect(r.scale(id: "maturite")?.maxValue == 4)
        #expect(regles.location?.line == 21)
        #expect(loaded.sha256.count == 64)
    }

    @Test func englishFallsBackToFrench() throws {
        let r = try ReferentielLoader.load(path: Fixtures.miniPath).referentiel
        #expect(r.dimensions[1].title.text(in: .en) == "Salariés")
        #expect(r.dimensions[0].title.text(in: .fr) == "Règles")
    }

    @Test func semanticVersionsParseAndOrder() {
        #expect(SemanticVersion("1.10.0")! > SemanticVersion("1.9.3")!)
        #expect(SemanticVersion("2.0.0")! > SemanticVersion("1.99.99")!)
        for bad in ["1.0", "1.0.0.0", "01.0.0", "1.a.0", "v1.0.0", "", "1..0", "-1.0.0"] {
            #expect(SemanticVersion(bad) == nil, "\(bad) should be refused")
        }
    }

    @Test func catalogFindsVersionsAndLatest() throws {
        let directory = Fixtures.temporaryDirectory()
        let v1 = directory.appendingPathComponent("mini/1.0.0.yaml")
        let v11 = directory.appendingPathComponent("mini/1.1.0.yaml")
        try FileManager.default.createDirectory(at: v1.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Fixtures.miniText.write(to: v1, atomically: true, encoding: .utf8)
        try Fixtures.miniText.replacingOccurrences(of: "version: 1.0.0", with: "version: 1.1.0").write(to: v11, atomically: true, encoding: .utf8)
        let catalog = ReferentielCatalog(directory: directory.path)
        #expect(catalog.ids == ["mini"])
        #expect(catalog.versions(of: "mini").map(\.referentiel.version.description) == ["1.0.0", "1.1.0"])
        #expect(catalog.latest("mini")?.referentiel.version == SemanticVersion(1, 1, 0))
        #expect(catalog.find("mini", version: SemanticVersion(1, 0, 0))?.path == v1.path)
        #expect(catalog.find("absent") == nil)
    }
}
