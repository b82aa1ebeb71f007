import Foundation
import Testing
@testable import PratiquesCore

/// ``GridVersions``: the known versions of a grid (store and files), the chain, the version
/// scores are expressed on, on the shipped gouvernance démocratique 1.0.0 → 1.1.0 → 2.0.0.
@Suite struct GridVersionsTests {
    /// The shipped grid up to 2.0.0 (3.0.0 left out: the figures below are computed on 2.0.0).
    static let catalog = ReferentielCatalog(entries: ReferentielCatalog(directory: Fixtures.referentielsDirectory).entries
        .filter { $0.referentiel.id != id || $0.referentiel.version.major < 3 })
    static let id = "gouvernance-democratique"

    static func version(_ major: Int, _ minor: Int) -> LoadedReferentiel {
        catalog.find(id, version: SemanticVersion(major, minor, 0))!
    }

    /// The same grid version as a stored snapshot (another path, as the store names it).
    static func stored(_ loaded: LoadedReferentiel) -> LoadedReferentiel {
        LoadedReferentiel(referentiel: loaded.referentiel, path: "snapshot:\(loaded.referentiel.reference)", text: loaded.text, sha256: loaded.sha256)
    }

    @Test func storedSnapshotsAndFilesMakeOneChain() throws {
        let grid = GridVersions(referentielID: Self.id, stored: [Self.stored(Self.version(1, 0))], files: Self.catalog.versions(of: Self.id))
        #expect(grid.versions.map(\.referentiel.version.description) == ["1.0.0", "1.1.0", "2.0.0"])
        // The snapshot wins over the file of the same version.
        #expect(grid.version(SemanticVersion(1, 0, 0))?.path == "snapshot:gouvernance-democratique@1.0.0")
        #expect(grid.chain?.versions.count == 3)
        #expect(grid.scoredOn?.referentiel.version == SemanticVersion(2, 0, 0))
        #expect(grid.newest?.referentiel.version == SemanticVersion(2, 0, 0))
        #expect(grid.engine(for: SemanticVersion(1, 1, 0))?.reference.version == SemanticVersion(1, 1, 0))
    }

    @Test func carryingNamesTheContentOfTheVersionScoredOn() throws {
        let grid = GridVersions(referentielID: Self.id, stored: [], files: Self.catalog.versions(of: Self.id))
        let old = Assessment(organisationSlug: "a", referentiel: ReferentielReference(id: Self.id, version: SemanticVersion(1, 0, 0)), date: "2024-03-01",
                             label: "2024", respondents: [Respondent(role: .direction, answers: [Answer(criterionID: "gd.regles-ecrites", value: .level(2))])])
        let carried = try grid.carry(old)
        #expect(carried.report.pathText == "1.0.0 → 1.1.0 → 2.0.0")
        #expect(carried.assessment.referentiel.sha256 == Self.version(2, 0).sha256)
        #expect(carried.report.to.sha256 == Self.version(2, 0).sha256)
        // split: both successors receive level 2.
        #expect(carried.assessment.respondents[0].answers["gd.regles-formalisees"]?.value == .level(2))
        #expect(carried.assessment.respondents[0].answers["gd.regles-appropriees"]?.value == .level(2))
    }

    @Test func filesThatCannotBeChainedFallBackOnTheStoredVersions() throws {
        var broken = Self.version(2, 0).referentiel
        broken.version = SemanticVersion(3, 0, 0)
        broken.migration = nil
        let file = LoadedReferentiel(referentiel: broken, path: "gouvernance-democratique/3.0.0.yaml", text: "", sha256: ContentHash.sha256(of: broken))
        let stored = [Self.version(1, 0), Self.version(1, 1), Self.version(2, 0)].map(Self.stored)
        let grid = GridVersions(referentielID: Self.id, stored: stored, files: Self.catalog.versions(of: Self.id) + [file])
        guard case .failure(let error) = grid.chainOfAll else { Issue.record("3.0.0 has no migration"); return }
        #expect(error.message(in: .en) == "gouvernance-democratique@3.0.0 is a major version without a 'migration' from 2.0.0")
        #expect(grid.scoredOn?.referentiel.version == SemanticVersion(2, 0, 0))
        #expect(grid.newest?.referentiel.version == SemanticVersion(3, 0, 0))
        // Nothing stored and broken files: no version to compare on; carrying says why.
        let none = GridVersions(referentielID: Self.id, stored: [], files: [Self.version(1, 0), file])
        #expect(none.chain == nil && none.scoredOn == nil)
        let assessment = Assessment(organisationSlug: "a", referentiel: ReferentielReference(id: Self.id, version: SemanticVersion(1, 0, 0)),
                                    date: "2024-03-01", label: "2024")
        #expect(throws: VersionChainError.self) { try none.carry(assessment) }
    }
}
