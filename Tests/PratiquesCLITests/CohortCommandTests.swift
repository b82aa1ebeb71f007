import Foundation
import Testing

/// `pratiques cohort …` and `report cohort|funder` end to end on the mini grid: six
/// organisations, two sessions by date window.
@Suite struct CohortCommandTests {
    let referentiels = CLIRunner.root.appendingPathComponent("Tests/Fixtures/referentiels").path

    func setUp() throws -> (URL, [String]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-cohort-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var organisations: [String] = [], assessments: [String] = []
        for index in 0..<6 {
            organisations.append(#"{"id": "org-\#(index)", "name": "Org \#(index)", "legal_form": "association", "consent_named": \#(index % 2 == 0)}"#)
            for (year, level) in [(2024, index % 5), (2025, (index + 1) % 5)] {
                assessments.append(#"""
                {"organisation": "org-\#(index)", "referentiel": "mini", "version": "1.0.0", "date": "\#(year)-03-01", "label": "\#(year)",
                 "respondents": [{"role": "direction", "answers": [{"criterion": "mn.regles-ecrites", "level": \#(level), "comment": "note privée \#(index)"}]}]}
                """#)
            }
        }
        let file = directory.appendingPathComponent("cohort.json")
        try #"{"organisations": [\#(organisations.joined(separator: ","))], "assessments": [\#(assessments.joined(separator: ",\n"))]}"#
            .write(to: file, atomically: true, encoding: .utf8)
        let db = ["--db", directory.appendingPathComponent("test.sqlite").path]
        let imported = try CLIRunner.run(["assess", "import", file.path, "--referentiels", referentiels] + db)
        #expect(imported.status == 0, "\(imported.stderr)")
        return (directory, db)
    }

    @Test func createShowAndWriteBothWorkbooks() throws {
        let (directory, db) = try setUp()
        for arguments in [["cohort", "create", "c1", "--parcours", "Parcours test"],
                          ["cohort", "session", "add", "c1", "T0", "--date", "2024-03-01"],
                          ["cohort", "session", "add", "c1", "T1", "--date", "2025-03-01"],
                          ["cohort", "add", "c1", "org-0", "org-1", "org-2", "org-3", "org-4", "org-5"]] {
            let result = try CLIRunner.run(arguments + db)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let shown = try CLIRunner.run(["cohort", "show", "c1", "--json"] + db)
        #expect(shown.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
        let statistics = document?["statistics"] as? [[String: Any]] ?? []
        // mn.regles at T0: levels 0, 1, 2, 3, 4, 0 → scores 0, 25, 50, 75, 100, 0 → n 6, median (25 + 50) / 2 = 37.5
        let regles = statistics.first { $0["dimension"] as? String == "mn.regles" && $0["session"] as? String == "T0" }
        let values = regles?["statistics"] as? [String: Any]
        #expect(values?["n"] as? Int == 6)
        #expect(values?["median"] as? Double == 37.5)
        for (command, name) in [("cohort", "cohorte.xlsx"), ("funder", "financeur.xlsx")] {
            let path = directory.appendingPathComponent(name).path
            let result = try CLIRunner.run(["report", command, "c1", "-o", path] + db)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: path))
        }
        let list = try CLIRunner.run(["cohort", "list"] + db)
        #expect(list.stdout.contains("c1") && list.stdout.contains("T0, T1"))
    }

    @Test func badInputExitsOneWithALocatedMessageUsageTwo() throws {
        let (_, db) = try setUp()
        #expect(try CLIRunner.run(["cohort", "create", "c1", "--parcours", "P"] + db).status == 0)
        let unknown = try CLIRunner.run(["cohort", "add", "c1", "org-0", "inconnue"] + db)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("cohorte « c1 »") && unknown.stderr.contains("« inconnue »"))
        let english = try CLIRunner.run(["cohort", "add", "c1", "inconnue", "--lang", "en"] + db)
        #expect(english.status == 1 && english.stderr.contains("unknown organisation 'inconnue'"))
        // nothing was written by the refused list
        let shown = try CLIRunner.run(["cohort", "show", "c1", "--json"] + db)
        #expect(shown.stdout.contains("\"members\" : [\n\n    ]") || shown.stdout.contains("\"members\" : []"))
        let badDate = try CLIRunner.run(["cohort", "session", "add", "c1", "T0", "--date", "2024-02-30"] + db)
        #expect(badDate.status == 2)
        let badOutput = try CLIRunner.run(["report", "funder", "c1", "-o", "x.csv"] + db)
        #expect(badOutput.status == 2)
        // K below 3 is the application's refusal (bad input), see FunderCommandTests
        let badK = try CLIRunner.run(["report", "funder", "c1", "-o", "x.xlsx", "--min-group", "0"] + db)
        #expect(badK.status == 1)
    }
}
