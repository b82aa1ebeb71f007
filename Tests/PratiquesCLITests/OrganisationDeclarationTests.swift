import Foundation
import Testing

/// Issue 11, item 6: an assessment import never changes a stored organisation silently. A file
/// declaring it differently is refused field by field (file, line, field, old → new) unless
/// `--update-org`; its consent to be named changes only through `org consent`.
@Suite struct OrganisationDeclarationTests {
    let referentiels = CLIRunner.root.appendingPathComponent("Tests/Fixtures/referentiels").path
    let directory: URL
    let db: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-orgdecl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        db = directory.appendingPathComponent("base.sqlite").path
        let added = try pratiques(["org", "add", "ruche", "--name", "La Ruche", "--legal-form", "association"])
        #expect(added.status == 0, "\(added.stderr)")
    }

    func pratiques(_ arguments: [String], lang: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments + ["--db", db, "--referentiels", referentiels] + (lang.map { ["--lang", $0] } ?? []))
    }

    /// A file declaring `ruche` with `fields` and one assessment.
    func file(_ fields: String, label: String = "2025") throws -> String {
        let path = directory.appendingPathComponent("import-\(UUID().uuidString).json").path
        let text = """
        {"pratiques": 1,
         "organisations": [{"id": "ruche", \(fields)}],
         "assessments": [{"organisation": "ruche", "referentiel": "mini", "version": "1.0.0", "date": "2025-03-14", "label": "\(label)",
           "respondents": [{"role": "direction", "answers": [{"criterion": "mn.regles-ecrites", "level": 1}]}]}]}
        """
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func organisation() throws -> [String: Any] {
        let shown = try pratiques(["org", "show", "ruche", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        return (json["organisation"] as? [String: Any]) ?? json
    }

    func snapshot() throws -> String { try pratiques(["assess", "export"]).stdout }

    @Test func sameDeclarationImportsAndChangesNothing() throws {
        let before = try organisation()
        let imported = try pratiques(["assess", "import", try file(#""name": "La Ruche", "legal_form": "association""#)])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(NSDictionary(dictionary: try organisation()) == NSDictionary(dictionary: before))
    }

    @Test func differingDeclarationIsRefusedLocatedAndChangesNothing() throws {
        let before = try snapshot()
        let path = try file(#""name": "La Ruche Renommée", "legal_form": "scop""#)
        let refused = try pratiques(["assess", "import", path])
        #expect(refused.status == 1)
        // French typography puts narrow no-break spaces inside « »: compared with plain spaces.
        let lines = refused.stderr.replacingOccurrences(of: "\u{202F}", with: " ").split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(refused.stderr)")
        #expect(lines.contains { $0.hasPrefix("\(path):2:") && $0.contains("organisations[0].name") && $0.contains("« La Ruche » → « La Ruche Renommée »") },
                "\(refused.stderr)")
        #expect(lines.contains { $0.contains("organisations[0].legal_form") && $0.contains("« association » → « scop »") && $0.contains("--update-org") },
                "\(refused.stderr)")
        let english = try pratiques(["assess", "import", path], lang: "en")
        #expect(english.stderr.contains("organisation ruche exists already: name 'La Ruche' → 'La Ruche Renommée' in the file"), "\(english.stderr)")
        #expect(try snapshot() == before)
    }

    @Test func updateOrgUpdatesButNeverTheConsent() throws {
        let path = try file(#""name": "La Ruche Renommée", "legal_form": "scop", "consent_named": false"#)
        let updated = try pratiques(["assess", "import", path, "--update-org"])
        #expect(updated.status == 0, "\(updated.stderr)")
        let stored = try organisation()
        #expect(stored["name"] as? String == "La Ruche Renommée")
        #expect(stored["legalForm"] as? String == "scop")
    }

    @Test func consentNeverChangesThroughAnImport() throws {
        #expect(try pratiques(["org", "consent", "ruche", "--not-named"]).status == 0)
        #expect(try organisation()["consentsToBeNamed"] as? Bool == false)
        let before = try snapshot()
        let path = try file(#""name": "La Ruche", "legal_form": "association", "consent_named": true"#)
        for options in [[], ["--update-org"]] {
            let refused = try pratiques(["assess", "import", path] + options)
            #expect(refused.status == 1, "\(options)")
            #expect(refused.stderr.contains("organisations[0].consent_named") && refused.stderr.contains("pratiques org consent ruche --named"), "\(refused.stderr)")
        }
        #expect(try snapshot() == before)
        #expect(try pratiques(["org", "consent", "ruche", "--named"]).status == 0)
        #expect(try organisation()["consentsToBeNamed"] as? Bool == true)
        #expect(try pratiques(["assess", "import", path]).status == 0)
    }
}
