import Foundation
import Testing
@testable import PratiquesCore

/// The rules between versions: patch = wording, minor = additions, major = a complete and
/// consistent migration from the version before.
@Suite struct VersionRulesTests {
    typealias F = VersionFixtures

    func issues(_ versions: Referentiel...) -> [ValidationIssue] {
        ReferentielVersionRules.check(versions.map(F.loaded))
    }

    func with(_ referentiel: Referentiel, version: SemanticVersion, _ change: (inout Referentiel) -> Void = { _ in }) -> Referentiel {
        var copy = referentiel
        copy.version = version
        change(&copy)
        return copy
    }

    @Test func theFixtureChainHolds() {
        #expect(issues(F.v1, F.v11, F.v2()).isEmpty)
    }

    @Test func theShippedGridsHoldAcrossVersions() {
        let catalog = ReferentielCatalog(directory: Fixtures.referentielsDirectory)
        #expect(catalog.versions(of: "gouvernance-democratique").map { $0.referentiel.version.description } == ["1.0.0", "1.1.0", "2.0.0", "3.0.0"])
        let found = ReferentielVersionRules.check(catalog.entries)
        #expect(found.isEmpty, "\(found.map(\.description).joined(separator: "\n"))")
    }

    // MARK: Patch

    @Test func aPatchMayRewordOnly() {
        let patch = with(F.v1, version: SemanticVersion(1, 0, 1)) {
            $0.dimensions[0].criteria[0].question = LocalizedText(fr: "Question reformulée ?")
            $0.dimensions[0].criteria[0].descriptors[2] = LocalizedText(fr: "Nouveau descripteur")
        }
        #expect(issues(F.v1, patch).isEmpty)
    }

    @Test func aPatchThatChangesAWeightIsRefused() throws {
        let patch = with(F.v1, version: SemanticVersion(1, 0, 1)) { $0.dimensions[0].criteria[1].weight = 2 }
        let found = issues(F.v1, patch)
        #expect(found.count == 1)
        let issue = try #require(found.first)
        #expect(issue.rule == .versionRule)
        #expect(issue.field == "dimensions[0].criteria[1]")
        #expect(issue.location.file == "vg/1.0.1.yaml")
        #expect(issue.detail.en == "a patch version only changes wording: 'b' weight 1 → 2; publish a major version with a migration")
    }

    @Test func aPatchThatAddsACriterionIsRefused() {
        let found = issues(F.v1, with(F.v11, version: SemanticVersion(1, 0, 1)))
        #expect(found.map(\.rule) == [.versionRule])
        #expect(found.first?.detail.en.contains("criterion 'h' is new; an addition needs a minor version") == true)
    }

    // MARK: Minor

    @Test func aMinorMayAddCriteriaAndLevels() {
        let minor = with(F.v11, version: SemanticVersion(1, 1, 0)) {
            $0.scales[0].levels.append(ScaleLevel(value: 5, label: "niveau 5"))
        }
        #expect(issues(F.v1, minor).isEmpty)
    }

    @Test func aMinorThatRemovesACriterionIsRefused() {
        let minor = with(F.v11, version: SemanticVersion(1, 1, 0)) { $0.dimensions[1].criteria.removeAll { $0.id == "g" } }
        let found = issues(F.v1, minor)
        #expect(found.map(\.rule) == [.versionRule])
        #expect(found.first?.detail.en == "a minor version only adds: criterion 'g' is gone; publish a major version with a migration")
    }

    @Test func aMinorThatMovesACriterionIsRefused() {
        let minor = with(F.v11, version: SemanticVersion(1, 1, 0)) {
            let e = $0.dimensions[1].criteria.removeFirst()
            $0.dimensions[0].criteria.append(e)
        }
        let found = issues(F.v1, minor)
        #expect(found.count == 1)
        #expect(found.first?.detail.en.contains("'e' moved to another dimension (d2 → d1)") == true)
    }

    @Test func aMinorThatChangesTheKindOrTheLevelsIsRefused() {
        let minor = with(F.v11, version: SemanticVersion(1, 2, 0)) {
            $0.dimensions[1].criteria[1] = F.level("f")
            $0.scales[0].levels.removeLast()
        }
        let found = issues(F.v1, minor)
        #expect(found.contains { $0.detail.en.contains("the levels of scale 'm' go from [0, 1, 2, 3, 4] to [0, 1, 2, 3]") })
        #expect(found.contains { $0.detail.en.contains("'f' kind yes_no → level") })
    }

    @Test func aMinorCarriesNoMigration() {
        let minor = with(F.v11, version: SemanticVersion(1, 1, 0)) {
            $0.migration = Migration(from: SemanticVersion(1, 0, 0), steps: [])
        }
        #expect(issues(F.v1, minor).map(\.rule) == [.versionRule])
    }

    // MARK: Major

    @Test func aMajorWithoutMigrationIsRefused() {
        var v2 = F.v2()
        v2.migration = nil
        let found = issues(F.v11, v2)
        #expect(found.map(\.rule) == [.migrationIncomplete])
        #expect(found.first?.detail.en.contains("major version 2.0.0 must carry a 'migration' from 1.1.0") == true)
    }

    @Test func aForgottenCriterionIsNamed() {
        var v2 = F.v2()
        v2.migration?.steps.removeAll { $0.kind == .dropped }   // g is no longer mentioned
        let found = issues(F.v11, v2)
        #expect(found.map(\.rule) == [.migrationIncomplete])
        #expect(found.first?.detail.en == "criterion 'g' of version 1.1.0 is forgotten: give it a step (equal, split, merge or dropped)")
    }

    @Test func anUnknownOldIdIsRefused() {
        var v2 = F.v2()
        v2.migration?.steps[2] = MigrationStep(kind: .dropped, from: ["g", "zz"], to: [])
        let found = issues(F.v11, v2)
        #expect(found.map(\.rule) == [.unknownCriterion])
        #expect(found.first?.detail.en == "criterion 'zz' does not exist in version 1.1.0")
        #expect(found.first?.field == "migration.criteria[2].from")
    }

    @Test func aCriterionInTwoStepsIsRefused() {
        var v2 = F.v2()
        v2.migration?.steps.append(MigrationStep(kind: .dropped, from: ["e"], to: []))
        let found = issues(F.v11, v2)
        #expect(found.map(\.rule) == [.migrationIncomplete])
        #expect(found.first?.detail.en == "criterion 'e' of version 1.1.0 already appears in step migration.criteria[3]")
    }

    @Test func aNewCriterionFedByTwoStepsIsRefused() {
        var v2 = F.v2()
        v2.migration?.steps[2] = MigrationStep(kind: .equal, from: ["g"], to: ["e"])
        let found = issues(F.v11, v2)
        #expect(found.map(\.rule) == [.migrationShape])
        #expect(found.first?.detail.en == "criterion 'e' already receives the answers of step migration.criteria[2]")
    }

    @Test func aMigrationFromTheWrongVersionIsRefused() {
        var v2 = F.v2()
        v2.migration?.from = SemanticVersion(1, 0, 0)
        let found = issues(F.v1, F.v11, v2)
        #expect(found.map(\.rule) == [.versionRule])
        #expect(found.first?.field == "migration.from")
        #expect(found.first?.detail.en == "the migration starts from 1.0.0, but the previous version is 1.1.0")
    }

    // MARK: Shape, checked when a file is read

    static let majorMini = """
        migration:
          from: 1.0.0
          criteria:
        """

    func majorMini(_ steps: String) -> String {
        Fixtures.mini(replacing: "version: 1.0.0", with: "version: 2.0.0") + Self.majorMini + "\n" + steps
    }

    @Test(arguments: [
        ("  - { kind: merge, from: [mn.regles-ecrites, mn.participation], to: [mn.charte] }", "a merge step maps several old criteria to one new, with 'rule' (min, mean, max)"),
        ("  - { kind: split, from: [mn.regles-ecrites], to: [mn.charte] }", "a split step maps one old criterion to several new ones"),
        ("  - { kind: equal, from: [mn.regles-ecrites, mn.participation], to: [mn.charte] }", "a equal step maps one old criterion to one new"),
        ("  - { kind: dropped, from: [mn.regles-ecrites], to: [mn.charte] }", "a dropped step maps one or more old criteria, no 'to'"),
        ("  - { kind: equal, from: [mn.regles-ecrites], to: [mn.charte], rule: min }", "a equal step maps one old criterion to one new"),
    ])
    func wrongArityIsLocated(step: String, message: String) throws {
        let text = majorMini(step)
        let found = Fixtures.issues(of: text)
        let issue = try #require(found.first { $0.rule == .migrationShape })
        #expect(issue.detail.en == message)
        #expect(issue.location.line == Fixtures.line(of: "  - { kind:", in: text))
    }

    @Test func anUnknownNewIdIsLocated() throws {
        let text = majorMini("  - { kind: equal, from: [mn.charte], to: [mn.inconnu] }")
        let issue = try #require(Fixtures.issues(of: text).first)
        #expect(issue.rule == .unknownCriterion)
        #expect(issue.detail.en == "criterion 'mn.inconnu' does not exist in this version")
    }
}
