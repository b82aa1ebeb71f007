import Foundation
import Testing
@testable import PratiquesCore
@testable import PratiquesApp
@testable import PratiquesStore

/// Scores of stored assessments carried onto the newest version of their grid: the score history
/// of an organisation, and the versions resolved from the store and the grid files.
@Suite struct CarriedScoreTests {
    static let catalog = AppFixture.shippedGridsUntilGouvernance2

    static func answers(_ levels: [String: Int], numbers: [String: Double]) -> String {
        (levels.map { "{\"criterion\": \"\($0.key)\", \"level\": \($0.value)}" }
            + numbers.map { "{\"criterion\": \"\($0.key)\", \"number\": \($0.value)}" }).joined(separator: ", ")
    }

    /// 2024 on 1.0.0: levels 2 except regles-ecrites 4, preparation-ag 1, vie-instances 4; turnout 30 %
    /// and women 35 % (level 2). 2026 on 2.0.0: every criterion at 3 (turnout 45 %, women 42 %: level 3).
    static var document: String {
        let old = answers(["gd.regles-ecrites": 4, "gd.revision-regles": 2, "gd.un-membre-une-voix": 2, "gd.preparation-ag": 1,
                           "gd.vie-instances": 4, "gd.participation-salaries-usagers": 2, "gd.diversite-instances": 2,
                           "gd.renouvellement-mandats": 2, "gd.dirigeants-elus": 2, "gd.transparence-decisions": 2,
                           "gd.accueil-benevoles": 2, "gd.information-financiere": 0],
                          numbers: ["gd.taux-participation-ag": 30, "gd.part-femmes-ca": 35])
        let levelIDs = ["gd.regles-formalisees", "gd.regles-appropriees", "gd.revision-regles", "gd.un-membre-une-voix",
                        "gd.qualite-deliberation", "gd.participation-salaries-usagers", "gd.concertation-strategie",
                        "gd.diversite-instances", "gd.renouvellement-mandats", "gd.dirigeants-elus", "gd.transparence-decisions",
                        "gd.accueil-benevoles"]
        let new = answers(Dictionary(uniqueKeysWithValues: levelIDs.map { ($0, 3) }),
                          numbers: ["gd.taux-participation-ag": 45, "gd.part-femmes-ca": 42])
        return """
            {"organisations": [{"id": "coop", "name": "Coop", "legal_form": "scop"}],
             "assessments": [
              {"organisation": "coop", "referentiel": "gouvernance-democratique", "version": "1.0.0", "date": "2024-03-01", "label": "2024",
               "respondents": [{"role": "direction", "answers": [\(old)]}]},
              {"organisation": "coop", "referentiel": "gouvernance-democratique", "version": "2.0.0", "date": "2026-03-01", "label": "2026",
               "respondents": [{"role": "direction", "answers": [\(new)]}]}]}
            """
    }

    func stored() throws -> AppFixture {
        let fixture = try AppFixture(catalog: Self.catalog)
        try fixture.importJSON(Self.document)
        return fixture
    }

    @Test func historyComparesAcrossVersionsAfterCarrying() throws {
        let fixture = try stored()
        let history = try fixture.workspace.scoreHistory(organisation: "coop").entries
        #expect(history.count == 2)
        let (first, second) = (history[0], history[1])
        #expect(first.isCarried && !second.isCarried)
        #expect(first.referentiel.referentiel.version == SemanticVersion(1, 0, 0) && first.scoredOn.referentiel.version == SemanticVersion(2, 0, 0))
        #expect(first.answers.referentiel.version == SemanticVersion(2, 0, 0) && first.assessment.referentiel.version == SemanticVersion(1, 0, 0))
        #expect(first.summary.referentiel.version == SemanticVersion(1, 0, 0))
        #expect(first.score.referentiel.version == SemanticVersion(2, 0, 0))
        // 2024 on 2.0.0: regles (100 + 100 + 50 + 50) / 4 = 75; instances (50 + 75 + 50) / 3; representativite 50; transparence 50.
        let instances: Double = 175.0 / 3
        let before: Double = (75 + instances + 50 + 50) / 4
        #expect(abs((first.score.overall ?? 0) - before) < 1e-9)
        // 2026: every criterion at 3 of 4 → 75 everywhere.
        #expect(second.score.overall == 75)
        let progress = try #require(second.progress)
        let overallChange: Double = try #require(progress.overall.change)
        #expect(abs(overallChange - (75 - before)) < 1e-9)
        let instancesChange: Double = try #require(progress.dimensions.first { $0.id == "gd.instances" }?.change)
        #expect(abs(instancesChange - (75 - instances)) < 1e-9)
        #expect(second.previousLabel == "2024")
        // The merged criterion compares mean(1, 4) = 2.5 → 3 (75) with 3 (75); the split ones 4 (100) with 3 (75).
        #expect(progress.criteria.first { $0.id == "gd.qualite-deliberation" }?.change == 0)
        #expect(progress.criteria.first { $0.id == "gd.regles-appropriees" }?.change == -25)
        // Added in 1.1.0: no earlier value, no change.
        #expect(progress.criteria.first { $0.id == "gd.concertation-strategie" }?.change == nil)
    }

    @Test func aCatalogThatCannotBeChainedFallsBackOnTheStore() throws {
        let fixture = try stored()
        // A 3.0.0 file without its migration: the catalog's chain is broken, the store's is whole.
        var broken = try #require(Self.catalog.find("gouvernance-democratique")).referentiel
        broken.version = SemanticVersion(3, 0, 0)
        broken.migration = nil
        let loaded = LoadedReferentiel(referentiel: broken, path: "gouvernance-democratique/3.0.0.yaml", text: "", sha256: ContentHash.sha256(of: broken))
        let catalog = ReferentielCatalog(entries: Self.catalog.entries + [loaded])
        let history = try fixture.with(catalog).scoreHistory(organisation: "coop").entries
        #expect(history.map(\.score.referentiel.version.description) == ["2.0.0", "2.0.0"])
        #expect(history.map(\.isCarried) == [true, false])
    }

    @Test func aBrokenChainIsRefusedClearly() throws {
        // A store that kept 1.0.0 and 2.0.0 only (as one that predates this rule could have).
        let fixture = try AppFixture(catalog: ReferentielCatalog(entries: []))
        try fixture.store.storeSnapshot(try #require(Self.catalog.find("gouvernance-democratique", version: SemanticVersion(1, 0, 0))))
        try fixture.store.storeSnapshot(try #require(Self.catalog.find("gouvernance-democratique", version: SemanticVersion(2, 0, 0))))
        let alone = try GridResolver(store: fixture.store, catalog: ReferentielCatalog(entries: [])).grid("gouvernance-democratique")
        guard case .failure(let error) = alone.chainOfAll else { Issue.record("1.0.0 → 2.0.0 cannot be chained"); return }
        #expect(error.message(in: .en) == "the migration of gouvernance-democratique@2.0.0 starts from 1.1.0, but the previous known version is 1.0.0")
        #expect(alone.chain == nil && alone.scoredOn == nil)
        // With the grid files, the chain is whole again.
        #expect(try GridResolver(store: fixture.store, catalog: Self.catalog).grid("gouvernance-democratique").chain?.versions.count == 3)
    }

    @Test func theStoreAloneCarriesAlongTheVersionsItKept() throws {
        let fixture = try stored()
        let withFiles = try fixture.workspace.scoreHistory(organisation: "coop").entries
        let expected: Double = (75 + 175.0 / 3 + 50 + 50) / 4
        let overall: Double = try #require(withFiles[0].score.overall)
        #expect(abs(overall - expected) < 1e-9)
        #expect(withFiles[0].carry?.pathText == "1.0.0 → 1.1.0 → 2.0.0")
        #expect(withFiles[0].carry?.to.sha256 == Self.catalog.find("gouvernance-democratique")?.sha256)
        // Without the grid files, the chain comes from the store's snapshots: importing 2.0.0 also
        // kept 1.1.0, which no assessment uses, so that the store alone can carry.
        let stored = try fixture.store.storedVersions(of: "gouvernance-democratique").map(\.referentiel.version.description)
        #expect(stored == ["1.0.0", "1.1.0", "2.0.0"])
        let fromSnapshots = try fixture.with(ReferentielCatalog(entries: [])).scoreHistory(organisation: "coop").entries
        #expect(fromSnapshots[0].score.overall == withFiles[0].score.overall)
        #expect(fromSnapshots[0].carry?.pathText == "1.0.0 → 1.1.0 → 2.0.0")
    }

    @Test func versionsThatCannotBeChainedAreScoredApart() throws {
        // Only 1.0.0 and 2.0.0 stored, no grid file: no chain. Each assessment is scored on its
        // own version, and compared only with the same version.
        let fixture = try AppFixture(catalog: ReferentielCatalog(entries: []))
        let files = AppFixture.shippedGridsUntilGouvernance2
        for version in [SemanticVersion(1, 0, 0), SemanticVersion(2, 0, 0)] {
            try fixture.store.storeSnapshot(try #require(files.find("gouvernance-democratique", version: version)))
        }
        try fixture.with(files).importFiles([try fixture.file("coop.json", Self.document)])
        // The import stored 1.1.0 too (the chain of the files): remove it to break the store's chain.
        try fixture.store.pool.write { db in try db.execute(sql: "DELETE FROM referentiel_snapshot WHERE version = '1.1.0'") }
        let history = try fixture.workspace.scoreHistory(organisation: "coop").entries
        #expect(history.map(\.score.referentiel.version.description) == ["1.0.0", "2.0.0"])
        #expect(history.map(\.isCarried) == [false, false])
        #expect(history[1].progress == nil)
    }
}
