import Foundation
import Testing

@Suite struct ReferentielCommandTests {
    let mini = CLIRunner.root.appendingPathComponent("Tests/Fixtures/referentiels/mini/1.0.0.yaml")

    func copyOfMini(replacing old: String, with new: String) throws -> (path: String, text: String) {
        let text = try String(contentsOf: mini, encoding: .utf8)
        #expect(text.contains(old))
        let changed = text.replacingOccurrences(of: old, with: new)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("copie.yaml")
        try changed.write(to: url, atomically: true, encoding: .utf8)
        return (url.path, changed)
    }

    @Test func validateAcceptsAValidGrid() throws {
        let result = try CLIRunner.run(["referentiel", "validate", mini.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1.0.0.yaml"))
    }

    @Test func validateLocatesATypoAndExitsOne() throws {
        let (path, text) = try copyOfMini(replacing: "    criteria:\n      - id: mn.entretiens", with: "    critera:\n      - id: mn.entretiens")
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("critera:") }! + 1
        let french = try CLIRunner.run(["referentiel", "validate", path])
        #expect(french.status == 1)
        #expect(french.stderr.contains("\(path):\(line):5: dimensions[1].critera: clé inconnue « critera »"))
        #expect(french.stderr.contains("[règle unknown-key]"))
        let english = try CLIRunner.run(["referentiel", "validate", "--lang", "en", path])
        #expect(english.status == 1)
        #expect(english.stderr.contains("\(path):\(line):5: dimensions[1].critera: unknown key 'critera'"))
        let byLang = try CLIRunner.run(["referentiel", "validate", path], environment: ["LANG": "en_GB.UTF-8"])
        #expect(byLang.stderr.contains("[rule unknown-key]"))
    }

    @Test func validateReportsEveryFileAndEveryError() throws {
        let (bad, _) = try copyOfMini(replacing: "version: 1.0.0", with: "version: 1.0")
        let result = try CLIRunner.run(["referentiel", "validate", mini.path, bad])
        #expect(result.status == 1)
        #expect(result.stdout.contains(mini.path))
        #expect(result.stderr.contains("\(bad):3:10: version:"))
        #expect(result.stderr.contains("version-not-semantic"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLIRunner.run(["referentiel", "show"]).status == 2)
        #expect(try CLIRunner.run(["referentiel", "frobnicate"]).status == 2)
        #expect(try CLIRunner.run(["referentiel", "list", "--lang", "de"]).status == 2)
    }

    @Test func showPrintsATreeAndJSON() throws {
        let directory = mini.deletingLastPathComponent().deletingLastPathComponent().path
        let tree = try CLIRunner.run(["referentiel", "show", "mini", "--referentiels", directory])
        #expect(tree.status == 0)
        #expect(tree.stdout.contains("Mini grille — mini 1.0.0"))
        #expect(tree.stdout.contains("3 Établi : Les règles sont présentées chaque année."))
        #expect(tree.stdout.contains("de 45 à moins de 60 % → 3 Établi"))
        let json = try CLIRunner.run(["referentiel", "show", "mini", "--version", "1.0.0", "--json", "--referentiels", directory])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let referentiel = object?["referentiel"] as? [String: Any]
        #expect(referentiel?["id"] as? String == "mini")
        #expect((referentiel?["dimensions"] as? [Any])?.count == 2)
        #expect((object?["sha256"] as? String)?.count == 64)
        let missing = try CLIRunner.run(["referentiel", "show", "absent", "--referentiels", directory])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("introuvable"))
    }

    @Test func listCountsDimensionsAndCriteria() throws {
        let directory = mini.deletingLastPathComponent().deletingLastPathComponent().path
        let result = try CLIRunner.run(["referentiel", "list", "--json", "--referentiels", directory])
        #expect(result.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 1)
        #expect(rows?.first?["dimensions"] as? Int == 2)
        #expect(rows?.first?["criteria"] as? Int == 5)
    }
}
