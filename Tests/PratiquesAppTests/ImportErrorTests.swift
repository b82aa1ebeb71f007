import Foundation
import Testing
@testable import PratiquesCore
@testable import PratiquesApp
@testable import PratiquesStore

/// Every kind of import error is located and writes nothing.
@Suite struct ImportErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var old: String
        var new: String
        var rule: ValidationRule
        /// Text on the line the error must point at.
        var lineOf: String
        var testDescription: String { name }
    }

    static let base: String = (try? String(contentsOfFile: AppFixture.importPath("ruche.json"), encoding: .utf8)) ?? ""

    static let cases: [Case] = [
        Case(name: "unknown criterion", old: "\"criterion\": \"mn.participation\", \"number\": 32.5", new: "\"criterion\": \"mn.participaton\", \"number\": 32.5",
             rule: .unknownCriterion, lineOf: "mn.participaton"),
        Case(name: "level outside the scale", old: "{\"criterion\": \"mn.regles-ecrites\", \"level\": 3}", new: "{\"criterion\": \"mn.regles-ecrites\", \"level\": 7}",
             rule: .levelOutsideScale, lineOf: "\"level\": 7"),
        Case(name: "not applicable where forbidden", old: "{\"criterion\": \"mn.charte\", \"yes\": false}", new: "{\"criterion\": \"mn.charte\", \"not_applicable\": true}",
             rule: .notApplicableForbidden, lineOf: "\"mn.charte\", \"not_applicable\""),
        Case(name: "unknown référentiel version", old: "\"version\": \"1.0.0\", \"date\": \"2024-03-01\"", new: "\"version\": \"9.0.0\", \"date\": \"2024-03-01\"",
             rule: .unknownReferentielVersion, lineOf: "\"version\": \"9.0.0\""),
        Case(name: "duplicate answer", old: "{\"criterion\": \"mn.charte\", \"yes\": false},", new: "{\"criterion\": \"mn.charte\", \"yes\": false}, {\"criterion\": \"mn.charte\", \"yes\": true},",
             rule: .duplicateAnswer, lineOf: "{\"criterion\": \"mn.charte\", \"yes\": false}, {"),
        Case(name: "number out of bounds", old: "\"number\": 61", new: "\"number\": 161", rule: .numberOutOfBounds, lineOf: "\"number\": 161"),
        Case(name: "answer of the wrong kind", old: "\"number\": 32.5", new: "\"level\": 2", rule: .answerKindMismatch, lineOf: "\"mn.participation\", \"level\": 2"),
        Case(name: "unknown key", old: "\"label\": \"2023\"", new: "\"libel\": \"2023\"", rule: .unknownKey, lineOf: "\"libel\""),
        Case(name: "invalid date", old: "\"date\": \"2023-03-01\"", new: "\"date\": \"2023-02-30\"", rule: .invalidValue, lineOf: "2023-02-30"),
        Case(name: "unknown role", old: "\"role\": \"benevole\"", new: "\"role\": \"stagiaire\"", rule: .invalidValue, lineOf: "stagiaire"),
        Case(name: "malformed JSON", old: "\"label\": \"2024\",", new: "\"label\": \"2024\" \"oops\",", rule: .yamlSyntax, lineOf: "\"oops\""),
    ]

    @Test(arguments: cases)
    func jsonErrorIsLocatedAndWritesNothing(_ testCase: Case) throws {
        #expect(Self.base.contains(testCase.old), "fixture lacks: \(testCase.old)")
        let fixture = try AppFixture()
        try fixture.importFiles(AppFixture.importPath("ruche-2025.csv"), createOrg: true)
        let before = try fixture.counts()
        let text = Self.base.replacingOccurrences(of: testCase.old, with: testCase.new)
        let path = try fixture.file("bad.json", text)
        let issues = refusedIssues { try fixture.importFiles(path) }
        let matching = issues.filter { $0.rule == testCase.rule }
        #expect(!matching.isEmpty, "got \(issues)")
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains(testCase.lineOf) }.map { $0 + 1 }
        #expect(matching.contains { $0.location.line == line && $0.location.file == path }, "expected line \(line ?? 0), got \(matching.map(\.location))")
        #expect(issues.allSatisfy { $0.message(in: .fr).hasPrefix(path) })
        #expect(try fixture.counts() == before)
    }

    @Test func unknownOrganisationWritesNothingEvenAfterValidAssessments() throws {
        let fixture = try AppFixture()
        let before = try fixture.counts()
        let text = Self.base.replacingOccurrences(of: "\"organisation\": \"ruche\", \"referentiel\": \"mini\", \"version\": \"1.0.0\", \"date\": \"2024-03-01\"",
                                                   with: "\"organisation\": \"inconnue\", \"referentiel\": \"mini\", \"version\": \"1.0.0\", \"date\": \"2024-03-01\"")
        let path = try fixture.file("bad.json", text)
        let refusal = try #require(throws: ImportRefusal.self) { try fixture.importFiles(path) }
        #expect(refusal.issues.map(\.problem) == [.unknownOrganisation("inconnue")])
        #expect(refusal.issues[0].field == "assessments[1].organisation")
        // The use case's words: no front end's hint (the command line adds its own).
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("\"organisation\": \"inconnue\"") }.map { $0 + 1 } ?? 0
        #expect(refusal.message(in: .en).hasPrefix("\(path):\(line):"))
        #expect(refusal.message(in: .en).hasSuffix(": assessments[1].organisation: unknown organisation 'inconnue' [rule unknown-organisation]"))
        #expect(try fixture.counts() == before)
    }

    @Test func duplicateAssessmentIsRefused() throws {
        let fixture = try AppFixture()
        try fixture.importFiles(AppFixture.importPath("ruche.json"))
        let before = try fixture.counts()
        let refusal = try #require(throws: ImportRefusal.self) { try fixture.importFiles(AppFixture.importPath("ruche.json")) }
        #expect(refusal.issues.map { issue -> String in
            guard case .alreadyStored(let organisation, let referentiel, let label, let draft) = issue.problem else { return "\(issue.problem)" }
            return "\(organisation) \(referentiel) \(label) \(draft.map(String.init) ?? "complete")"
        } == ["ruche mini@1.0.0 2023 complete", "ruche mini@1.0.0 2024 complete"])
        #expect(refusal.issues.allSatisfy { $0.rule == .duplicateAssessment })
        #expect(refusal.issues[0].message(in: .fr).hasSuffix(
            "label: l'évaluation « 2023 » de ruche sur mini@1.0.0 existe déjà dans la base [règle duplicate-assessment]"))
        #expect(try fixture.counts() == before)
    }

    @Test func csvErrorsNameLineColumnAndField() throws {
        let fixture = try AppFixture()
        try fixture.importFiles(AppFixture.importPath("ruche.json"))
        let before = try fixture.counts()
        let path = try fixture.file("bad.csv", """
            organisation;referentiel;version;date;libelle;repondant;role;critere;reponse;commentaire
            ruche;mini;1.0.0;2025-01-01;2025;1;direction;mn.regles-ecrites;3;
            ruche;mini;1.0.0;2025-01-01;2025;1;direction;mn.inconnu;3;
            ruche;mini;1.0.0;2025-01-01;2025;1;direction;mn.participation;beaucoup;
            ruche;mini;1.0.0;2025-01-01;2025;1;direction;mn.charte;NA;
            ruche;mini;1.0.0;2025-01-01;2025;1;direction;mn.regles-ecrites;2;
            ruche;mini;1.0.0;2025-01-01;2025;1;direction;mn.entretiens;9;
            """)
        let located = refusedIssues { try fixture.importFiles(path) }.map { "\($0.location.line):\($0.location.column):\($0.field):\($0.rule.rawValue)" }
        #expect(located == ["3:8:critere:unknown-criterion", "4:9:reponse:invalid-value", "5:9:reponse:not-applicable-forbidden",
                            "6:8:critere:duplicate-answer", "7:9:reponse:level-outside-scale"])
        #expect(try fixture.counts() == before)
    }

    @Test func nonUTF8AndEmptyFilesAreRefused() throws {
        let fixture = try AppFixture()
        let latin1 = fixture.directory.appendingPathComponent("latin1.csv")
        try Data([0x6F, 0x72, 0x67, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: latin1)
        let error = try #require(throws: InputError.self) { try fixture.importFiles(latin1.path) }
        #expect(error.issues.first?.rule == .notUTF8)
        #expect(error.issues.first?.location.line == 2)
        let emptyPath = try fixture.file("empty.json", "  \n")
        let empty = try #require(throws: InputError.self) { try fixture.importFiles(emptyPath) }
        #expect(empty.issues.first?.rule == .emptyFile)
    }

    @Test func changedFileWithoutBumpIsRefused() throws {
        let fixture = try AppFixture()
        try fixture.importFiles(AppFixture.importPath("ruche.json"))
        let original = try ReferentielLoader.load(path: AppFixture.root.appendingPathComponent("Tests/Fixtures/referentiels/mini/1.0.0.yaml").path)
        let changedText = original.text.replacingOccurrences(of: "Aucune règle écrite.", with: "Pas la moindre règle écrite.")
        let changed = try ReferentielLoader.load(data: Data(changedText.utf8), path: "mini/1.0.0.yaml")
        #expect(changed.sha256 != original.sha256)
        let catalog = ReferentielCatalog(entries: [changed])
        let before = try fixture.counts()
        let batch = try AssessmentCSVParser(catalog: catalog).parse(text: try String(contentsOfFile: AppFixture.importPath("ruche-2025.csv"), encoding: .utf8), path: "ruche-2025.csv")
        let error = try #require(throws: ImportRefusal.self) { try fixture.with(catalog).importBatch(batch) }
        #expect(error.issues.first?.rule == .fileChangedWithoutBump)
        #expect(error.issues.first?.field == "version")
        #expect(error.message(in: .fr).contains("2 évaluation(s)"))
        #expect(error.message(in: .en).contains("bump the version"))
        #expect(try fixture.counts() == before)
        #expect(try GridResolver(store: fixture.store, catalog: catalog).changed().map(\.assessments) == [2])
    }
}
