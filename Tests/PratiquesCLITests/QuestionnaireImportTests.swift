import Foundation
import Testing

/// `assess import FILLED.xlsx` through the CLI: a questionnaire from `report questionnaire`,
/// filled by `scripts/fill_questionnaire.py` (cells rewritten as an office suite saves them).
@Suite struct QuestionnaireImportTests {
    let referentiels = CLIRunner.root.appendingPathComponent("Tests/Fixtures/referentiels").path
    let directory: URL
    let db: String

    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        db = directory.appendingPathComponent("xlsx.sqlite").path
    }

    func pratiques(_ arguments: [String], input: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments + ["--db", db, "--referentiels", referentiels], input: input)
    }

    /// A questionnaire of the mini grid with `cells` filled (`Règles!E5=3 — Établi`, `#` for numbers).
    func questionnaire(_ name: String, _ cells: [String]) throws -> String {
        let blank = directory.appendingPathComponent("blank.xlsx").path
        if !FileManager.default.fileExists(atPath: blank) {
            #expect(try CLIRunner.run(["report", "questionnaire", "mini", "-o", blank, "--referentiels", referentiels]).status == 0)
        }
        let path = directory.appendingPathComponent(name).path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = [CLIRunner.root.appendingPathComponent("scripts/fill_questionnaire.py").path, blank, path] + cells
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return path
    }

    func assessments() throws -> [[String: Any]] {
        let result = try pratiques(["assess", "export"])
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return document?["assessments"] as? [[String: Any]] ?? []
    }

    @Test(.enabled(if: python != nil, "python3 absent: questionnaires cannot be filled, test skipped"))
    func aSpreadsheetRespondentJoinsTheTerminalDraftAndDivergencesShow() throws {
        #expect(try pratiques(["org", "add", "ruche", "--name", "La Ruche", "--legal-form", "association"]).status == 0)
        // Claire (management) fills the terminal questionnaire: level 4, 50 %.
        #expect(try pratiques(["fill", "ruche", "mini", "--role", "direction", "--name", "Claire"], input: "4\n50\nq\n").status == 0)
        // Awa (volunteer) fills a workbook: level 1, 50 %, with a comment.
        let awa = try questionnaire("awa.xlsx", ["Répondant!B4=ruche", "Répondant!B5=Bénévole", "Répondant!B6=Awa", "Répondant!B7=2025-03-01",
                                                 "Règles!E5=1 — Émergent", "Règles!F5=pas encore écrites", "Règles!E6=#50"])
        let imported = try pratiques(["assess", "import", awa, "--assessment", "1"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("0 évaluation(s), 1 répondant(s), 2 réponse(s)"))
        let stored = try assessments()
        #expect(stored.count == 1)
        let respondents = stored.first?["respondents"] as? [[String: Any]] ?? []
        #expect(respondents.map { $0["name"] as? String } == ["Claire", "Awa"])
        let show = try pratiques(["assess", "show", "1"])
        #expect(show.stdout.contains("Direction (Claire) : 4 Exemplaire"))
        #expect(show.stdout.contains("Bénévole (Awa) : 1 Émergent « pas encore écrites »"))
        // Spread 4 - 1 = 3 levels on mn.regles-ecrites only (both said 50 % on participation).
        #expect(show.stdout.contains("Divergences (écart de 2 niveaux ou plus) : 1 — mn.regles-ecrites"))
        #expect(show.stdout.contains("écart 3)  ⚠ divergence"))
        let score = try pratiques(["score", "ruche"])
        #expect(score.status == 0, "\(score.stderr)")
    }

    @Test(.enabled(if: python != nil, "python3 absent: questionnaires cannot be filled, test skipped"))
    func aWorkbookOfTheDayOfATerminalDraftPointsToIt() throws {
        #expect(try pratiques(["org", "add", "ruche", "--name", "La Ruche", "--legal-form", "association"]).status == 0)
        #expect(try pratiques(["fill", "ruche", "mini", "--role", "direction"], input: "2\nq\n").status == 0)
        // No date: the import day, the label of the draft fill just created.
        let workbook = try questionnaire("today.xlsx", ["Répondant!B4=ruche", "Répondant!B5=Usager"])
        let result = try pratiques(["assess", "import", workbook])
        #expect(result.status == 1)
        #expect(result.stderr.contains("(brouillon n° 1 ; pour y ajouter les répondants d'un questionnaire : --assessment 1) [règle duplicate-assessment]"))
    }

    @Test(.enabled(if: python != nil, "python3 absent: questionnaires cannot be filled, test skipped"))
    func oneBadWorkbookAndNothingIsWritten() throws {
        let good = directory.appendingPathComponent("good.json")
        try """
            {"organisations": [{"id": "ruche", "name": "La Ruche", "legal_form": "association"}],
             "assessments": [{"organisation": "ruche", "referentiel": "mini", "version": "1.0.0", "date": "2024-03-01", "label": "2024",
               "respondents": [{"role": "direction", "answers": [{"criterion": "mn.regles-ecrites", "level": 2}]}]}]}
            """.write(to: good, atomically: true, encoding: .utf8)
        let fine = try questionnaire("fine.xlsx", ["Répondant!B4=ruche", "Répondant!B5=Salarié·e", "Règles!E5=2 — En construction"])
        let bad = try questionnaire("bad.xlsx", ["Répondant!B4=ruche", "Répondant!B5=Direction", "Salariés!E6=Peut-être"])
        let result = try pratiques(["assess", "import", good.path, fine, bad])
        #expect(result.status == 1)
        #expect(result.stderr == "\(bad): Salariés!E6: « Peut-être » n'est pas dans la liste (Oui, Non) [règle label-not-in-list]\n")
        // Refused before the database was opened: not even created.
        #expect(!FileManager.default.fileExists(atPath: db))
        // Without the bad one, the JSON and the workbook go in together; the workbook, with
        // unanswered criteria, makes a draft dated today.
        let ok = try pratiques(["assess", "import", good.path, fine])
        #expect(ok.status == 0, "\(ok.stderr)")
        let stored = try assessments()
        #expect(stored.count == 2)
        #expect(stored.map { $0["status"] as? String }.sorted { ($0 ?? "") < ($1 ?? "") } == ["complete", "draft"])
    }

    @Test(.enabled(if: python != nil, "python3 absent: questionnaires cannot be filled, test skipped"))
    func respondentsAreAddedOnlyToADraftOfTheSameOrganisationAndGrid() throws {
        let json = directory.appendingPathComponent("complete.json")
        try """
            {"organisations": [{"id": "ruche", "name": "La Ruche", "legal_form": "association"}, {"id": "autre", "name": "Autre", "legal_form": "scop"}],
             "assessments": [{"organisation": "ruche", "referentiel": "mini", "version": "1.0.0", "date": "2024-03-01", "label": "2024",
               "respondents": [{"role": "direction", "answers": [{"criterion": "mn.regles-ecrites", "level": 2}]}]},
               {"organisation": "autre", "referentiel": "mini", "version": "1.0.0", "date": "2024-03-01", "label": "2024", "status": "draft",
               "respondents": [{"role": "direction", "answers": []}]}]}
            """.write(to: json, atomically: true, encoding: .utf8)
        #expect(try pratiques(["assess", "import", json.path]).status == 0)
        let workbook = try questionnaire("ruche.xlsx", ["Répondant!B4=ruche", "Répondant!B5=Usager", "Règles!E5=#3"])
        let complete = try pratiques(["assess", "import", workbook, "--assessment", "1"])
        #expect(complete.status == 1)
        #expect(complete.stderr.contains("l'évaluation 1 est terminée"))
        let other = try pratiques(["assess", "import", workbook, "--assessment", "2"])
        #expect(other.status == 1)
        #expect(other.stderr.contains("Répondant!B4: l'évaluation 2 porte sur autre et mini@1.0.0, pas sur ruche et mini@1.0.0"))
        let unknown = try pratiques(["assess", "import", workbook, "--assessment", "99"])
        #expect(unknown.stderr.contains("évaluation 99 inconnue"))
        #expect(try pratiques(["assess", "import", json.path, "--assessment", "2"]).status == 2, "--assessment is for workbooks")
    }
}
