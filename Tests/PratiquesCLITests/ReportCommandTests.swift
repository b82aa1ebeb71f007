import Foundation
import Testing

/// The report commands where the user meets them: every shipped grid's questionnaire written,
/// answered and imported; questionnaires pre-filled for a person or for each respondent of a
/// draft; `-o` failures said in plain words.
@Suite struct ReportCommandTests {
    let directory: URL
    let db: String

    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        db = directory.appendingPathComponent("report.sqlite").path
    }

    func pratiques(_ arguments: [String], input: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments + ["--db", db], input: input)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Runs a script of `scripts/` with python3.
    func script(_ name: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = [CLIRunner.root.appendingPathComponent("scripts/\(name)").path] + arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func exported() throws -> [[String: Any]] {
        let result = try pratiques(["assess", "export"])
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return document?["assessments"] as? [[String: Any]] ?? []
    }

    /// Every shipped grid (its newest version): the questionnaire is written, every question
    /// answered, and the workbook imported as one complete assessment with an answer per criterion.
    @Test(.enabled(if: python != nil, "python3 absent: questionnaires cannot be filled, test skipped"))
    func everyShippedGridsQuestionnaireRoundTrips() throws {
        #expect(try pratiques(["org", "add", "ruche", "--name", "La Ruche", "--legal-form", "association"]).status == 0)
        let listed = try CLIRunner.run(["referentiel", "list", "--json"])
        let grids = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        var newest: [String: (version: String, criteria: Int)] = [:]
        for grid in grids {
            let id = grid["id"] as! String, version = grid["version"] as! String, criteria = grid["criteria"] as! Int
            if newest[id].map({ $0.version.compare(version, options: .numeric) == .orderedAscending }) ?? true { newest[id] = (version, criteria) }
        }
        #expect(newest.count == 7)
        var files: [String] = []
        for (id, _) in newest.sorted(by: { $0.key < $1.key }) {
            let blank = path("\(id).xlsx"), filled = path("rempli-\(id).xlsx")
            let written = try CLIRunner.run(["report", "questionnaire", id, "-o", blank])
            #expect(written.status == 0, "\(id): \(written.stderr)")
            #expect(try script("answer_every_question.py", [blank, filled, "ruche", "Bénévole"]) == 0, "\(id)")
            files.append(filled)
        }
        let imported = try pratiques(["assess", "import"] + files)
        #expect(imported.status == 0, "\(imported.stderr)")
        let assessments = try exported()
        #expect(assessments.count == 7)
        for assessment in assessments {
            let id = assessment["referentiel"] as? String ?? ""
            #expect(assessment["status"] as? String == "complete", "\(id)")
            let answers = (assessment["respondents"] as? [[String: Any]])?.first?["answers"] as? [Any] ?? []
            #expect(answers.count == newest[id]?.criteria, "\(id): \(answers.count) answers")
        }
    }

    @Test(.enabled(if: python != nil, "python3 absent, test skipped"))
    func aQuestionnaireForAPersonAndOnePerRespondentOfADraft() throws {
        #expect(try pratiques(["org", "add", "ruche", "--name", "La Ruche", "--legal-form", "association"]).status == 0)
        let referentiels = CLIRunner.root.appendingPathComponent("Tests/Fixtures/referentiels").path
        // pre-filled cover: organisation, role, name
        let own = path("awa.xlsx")
        let written = try pratiques(["report", "questionnaire", "mini", "--org", "ruche", "--role", "benevole", "--name", "Awa", "-o", own,
                                     "--referentiels", referentiels])
        #expect(written.status == 0, "\(written.stderr)")
        let unknown = try pratiques(["report", "questionnaire", "mini", "--org", "inconnue", "-o", path("x.xlsx"), "--referentiels", referentiels])
        #expect(unknown.status == 1)
        // A draft with two respondents (the terminal), then one questionnaire each.
        #expect(try pratiques(["fill", "ruche", "mini", "--role", "direction", "--name", "Léa Martin", "--referentiels", referentiels], input: "4\n50\nq\n").status == 0)
        #expect(try pratiques(["fill", "ruche", "mini", "--role", "salarie", "--referentiels", referentiels], input: "2\nq\n").status == 0)
        let folder = path("brouillon")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let drafts = try pratiques(["report", "questionnaire", "--assessment", "1", "-o", folder, "--referentiels", referentiels])
        #expect(drafts.status == 0, "\(drafts.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["questionnaire-1-1-direction-lea-martin.xlsx", "questionnaire-1-2-salarie.xlsx"])
        // Léa's workbook reads back with her cover and answers (into another database: in this one,
        // the draft of the same day is there, and the import says to add to it with --assessment).
        let other = ["--db", path("autre.sqlite"), "--referentiels", referentiels]
        #expect(try CLIRunner.run(["org", "add", "ruche", "--name", "La Ruche", "--legal-form", "association"] + other).status == 0)
        let imported = try CLIRunner.run(["assess", "import", folder + "/" + names[0]] + other)
        #expect(imported.status == 0, "\(imported.stderr)")
        let export = try CLIRunner.run(["assess", "export"] + other)
        let document = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
        let lea = (document?["assessments"] as? [[String: Any]])?.last?["respondents"] as? [[String: Any]]
        #expect(lea?.first?["name"] as? String == "Léa Martin" && lea?.first?["role"] as? String == "direction")
        #expect((lea?.first?["answers"] as? [Any])?.count == 2)
        // a file, not a folder; a draft, not a complete assessment
        #expect(try pratiques(["report", "questionnaire", "--assessment", "1", "-o", path("x.xlsx"), "--referentiels", referentiels]).status == 1)
        #expect(try pratiques(["report", "questionnaire", "--assessment", "1", "mini", "-o", folder, "--referentiels", referentiels]).status == 2)
    }

    @Test func outputFailuresAreSaidInPlainWords() throws {
        #expect(try pratiques(["org", "add", "ruche", "--name", "La Ruche", "--legal-form", "association"]).status == 0)
        let missing = path("absent/ruche.xlsx")
        let result = try pratiques(["report", "org", "ruche", "-o", missing])
        #expect(result.status == 1)
        #expect(result.stderr.contains("le dossier « \(path("absent")) » n'existe pas"), "\(result.stderr)")
        #expect(!result.stderr.contains("lxw") && !result.stderr.contains("Error creating"))
        let folder = path("dossier.xlsx")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let isFolder = try pratiques(["report", "org", "ruche", "-o", folder])
        #expect(isFolder.status == 1 && isFolder.stderr.contains("c'est un dossier"), "\(isFolder.stderr)")
        let english = try pratiques(["report", "org", "ruche", "-o", missing, "--lang", "en"])
        #expect(english.stderr.contains("the folder '\(path("absent"))' does not exist"), "\(english.stderr)")
    }

    @Test func aKilledReportsTemporaryFileGoesOnTheNextRun() throws {
        #expect(try pratiques(["org", "add", "ruche", "--name", "La Ruche", "--legal-form", "association"]).status == 0)
        let stale = path(".ruche.xlsx.999999.\(UUID().uuidString).tmp")
        FileManager.default.createFile(atPath: stale, contents: Data("half a workbook".utf8))
        #expect(try pratiques(["report", "org", "ruche", "-o", path("ruche.xlsx")]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: path("ruche.xlsx")))
    }
}
