import Foundation
import Testing
@testable import PratiquesCore

/// One defect per rule, made on a copy of the mini grid; each must be reported with the right
/// rule at the right line.
@Suite struct ValidationRuleTests {
    struct Defect: CustomTestStringConvertible, Sendable {
        var name: String
        var old: String
        var new: String
        var rule: ValidationRule
        /// Text whose line the issue must point at (in the changed file).
        var lineOf: String
        /// Which matching line (the second, for a repeated id).
        var occurrence = 1
        var testDescription: String { name }
    }

    static let defects: [Defect] = [
        Defect(name: "typo in a key", old: "    criteria:\n      - id: mn.entretiens", new: "    critera:\n      - id: mn.entretiens",
               rule: .unknownKey, lineOf: "critera:"),
        Defect(name: "unknown key in a criterion", old: "        help: Statuts, règlement intérieur.", new: "        hepl: Statuts, règlement intérieur.",
               rule: .unknownKey, lineOf: "hepl:"),
        Defect(name: "duplicate criterion id", old: "id: mn.charte", new: "id: mn.entretiens",
               rule: .duplicateID, lineOf: "id: mn.entretiens", occurrence: 2),
        Defect(name: "dimension id reused by a criterion", old: "id: mn.participation", new: "id: mn.regles",
               rule: .duplicateID, lineOf: "id: mn.regles", occurrence: 2),
        Defect(name: "duplicate scale id", old: "dimensions:\n",
               new: "  - id: maturite\n    levels:\n      - { value: 0, label: Non }\n      - { value: 1, label: Oui }\ndimensions:\n",
               rule: .duplicateID, lineOf: "  - id: maturite", occurrence: 2),
        Defect(name: "unknown scale", old: "        scale: maturite\n        question: Des entretiens", new: "        scale: maturity\n        question: Des entretiens",
               rule: .unknownScale, lineOf: "scale: maturity"),
        Defect(name: "level values not increasing", old: "{ value: 3, label: { fr: Établi", new: "{ value: 2, label: { fr: Établi",
               rule: .levelsNotIncreasing, lineOf: "value: 2, label: { fr: Établi"),
        Defect(name: "level without descriptor", old: "          3: Entretiens annuels pour tous.\n", new: "",
               rule: .missingDescriptor, lineOf: "0: Aucun entretien."),
        Defect(name: "descriptor for a level not on the scale", old: "          4: Les règles sont revues ensemble.",
               new: "          4: Les règles sont revues ensemble.\n          5: Au-delà.", rule: .unknownLevel, lineOf: "5: Au-delà."),
        Defect(name: "weight zero", old: "        weight: 2\n", new: "        weight: 0\n", rule: .weightNotPositive, lineOf: "weight: 0"),
        Defect(name: "negative dimension weight", old: "    weight: 2\n", new: "    weight: -1\n", rule: .weightNotPositive, lineOf: "weight: -1"),
        Defect(name: "version not semantic", old: "version: 1.0.0", new: "version: 1.0", rule: .versionNotSemantic, lineOf: "version: 1.0"),
        Defect(name: "invalid id", old: "id: mn.charte", new: "id: Mn Charte", rule: .invalidID, lineOf: "id: Mn Charte"),
        Defect(name: "unknown kind", old: "kind: yes_no", new: "kind: oui_non", rule: .unknownKind, lineOf: "kind: oui_non"),
        Defect(name: "wrong type for weight", old: "        weight: 2\n", new: "        weight: lourd\n", rule: .wrongType, lineOf: "weight: lourd"),
        Defect(name: "wrong type for not_applicable", old: "not_applicable: true", new: "not_applicable: peut-être",
               rule: .wrongType, lineOf: "not_applicable: peut-être"),
        Defect(name: "wrong type for dimensions", old: "  - id: mn.salaries\n", new: "  - just a string\n  - id: mn.salaries\n",
               rule: .wrongType, lineOf: "just a string"),
        Defect(name: "missing question", old: "        question: Remarques libres\n", new: "", rule: .missingKey, lineOf: "id: mn.remarques"),
        Defect(name: "descriptors on a yes_no", old: "        question: L'organisation a-t-elle signé la charte ?\n",
               new: "        question: L'organisation a-t-elle signé la charte ?\n        descriptors: { 0: Non }\n", rule: .notForKind, lineOf: "descriptors: { 0: Non }"),
        Defect(name: "bands not increasing", old: "{ min: 45, level: 3 }", new: "{ min: 25, level: 3 }", rule: .bandsNotIncreasing, lineOf: "min: 25"),
        Defect(name: "band level not on the scale", old: "{ min: 60, level: 4 }", new: "{ min: 60, level: 7 }", rule: .unknownLevel, lineOf: "min: 60"),
        Defect(name: "bounds reversed", old: "bounds: { min: 0, max: 100 }", new: "bounds: { min: 100, max: 0 }", rule: .boundsInvalid, lineOf: "bounds:"),
        Defect(name: "first band above the lower bound", old: "{ min: 0, level: 0 }", new: "{ min: 5, level: 0 }", rule: .bandsOutsideBounds, lineOf: "min: 5, level: 0"),
        Defect(name: "empty list of criteria", old: "    criteria:\n      - id: mn.entretiens", new: "    criteria: []\n    description:\n      - id: mn.entretiens",
               rule: .emptyList, lineOf: "criteria: []"),
        Defect(name: "duplicate key in a mapping", old: "        help: Statuts, règlement intérieur.\n",
               new: "        help: Statuts, règlement intérieur.\n        help: Encore.\n", rule: .duplicateKey, lineOf: "help: Statuts"),
    ]

    @Test(arguments: defects)
    func reportsTheRuleAtTheRightLine(_ defect: Defect) throws {
        Self.expectReported(defect, in: Fixtures.mini(replacing: defect.old, with: defect.new))
    }

    /// Checks that the grid `text` (made with `defect`) breaks its rule at its line, and that
    /// every message is located and readable in both languages.
    static func expectReported(_ defect: Defect, in text: String) {
        let path = Fixtures.write(text)
        let issues = ReferentielLoader.validate(path: path)
        let matching = issues.filter { $0.rule == defect.rule }
        #expect(!matching.isEmpty, "expected \(defect.rule.rawValue), got \(issues.map(\.description))")
        let expectedLine = Fixtures.line(of: defect.lineOf, in: text, occurrence: defect.occurrence, suffix: defect.occurrence > 1)
        #expect(expectedLine > 0)
        #expect(matching.contains { $0.location.line == expectedLine && $0.location.file == path },
                "expected line \(expectedLine), got \(matching.map(\.location.description))")
        for issue in issues {
            #expect(issue.message(in: .fr).hasPrefix("\(path):"))
            #expect(issue.message(in: .en).contains("[rule \(issue.rule.rawValue)]"))
            #expect(issue.message(in: .fr).contains("[règle \(issue.rule.rawValue)]"))
        }
    }

    @Test func reportsAllErrorsOfAFileAtOnce() {
        let text = Fixtures.mini(replacing: "version: 1.0.0", with: "version: un")
            .replacingOccurrences(of: "kind: yes_no", with: "kind: oui")
            .replacingOccurrences(of: "        weight: 2\n", with: "        weight: -2\n")
        let rules = Set(Fixtures.issues(of: text).map(\.rule))
        #expect(rules == [.versionNotSemantic, .unknownKind, .weightNotPositive])
    }

    @Test func unknownKeySuggestsTheNearestKey() throws {
        let issues = Fixtures.issues(of: Fixtures.mini(replacing: "    criteria:\n      - id: mn.entretiens", with: "    critera:\n      - id: mn.entretiens"))
        let issue = try #require(issues.first { $0.rule == .unknownKey })
        #expect(issue.message(in: .en).contains("did you mean 'criteria'"))
        #expect(issue.message(in: .fr).contains("vouliez-vous dire « criteria »"))
        #expect(issue.field == "dimensions[1].critera")
    }

    @Test func migrationShapeIsChecked() {
        let text = Fixtures.mini(replacing: "version: 1.0.0", with: "version: 2.0.0") + """
        migration:
          from: 1.0.0
          criteria:
            - { kind: split, from: [mn.charte], to: [mn.charte] }
            - { kind: merge, from: [a.b, c.d], to: [mn.remarques] }
            - { kind: equal, from: [mn.regles-ecrites], to: [mn.absent] }
            - { kind: dropped, from: [mn.vieux] }
        """
        let issues = Fixtures.issues(of: text)
        #expect(issues.filter { $0.rule == .migrationShape }.count == 2, "\(issues)")
        #expect(issues.contains { $0.rule == .unknownCriterion && $0.message(in: .en).contains("mn.absent") })
    }
}
