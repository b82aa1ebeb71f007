import Foundation
import Testing

/// Personal data rights and the audit trail where the person running the store meets them:
/// `respondent erase`, `org erase`, `org export-data` and `log`. An erased name, comment or free
/// text must be found nowhere afterwards — not in the database file's bytes or its write-ahead
/// log, not in an export, not in a workbook — while the scores stay what they were.
@Suite struct PersonalDataCommandTests {
    let mini = CLIRunner.root.appendingPathComponent("Tests/Fixtures/referentiels").path
    let shipped = CLIRunner.root.appendingPathComponent("referentiels").path
    let safety = ImportSafetyTests()

    // Words planted once each, so that finding one anywhere means it survived.
    static let erasedName = "Zéphyrine Quatremare"
    static let erasedComment = "note-privee-4471"
    static let erasedText = "texte-libre-9127"
    static let keptName = "Barnabé Lefranc-Ossau"
    static let keptComment = "avis-garde-2208"
    static let owner = "Ondine Vasseur-Prat"
    static let actionNotes = "note-action-3318"

    func run(_ arguments: [String], referentiels: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments + ["--referentiels", referentiels ?? mini])
    }

    /// A store with one assessment of `lieu` on `mini`: two named respondents with comments, a
    /// free-text answer, and an action with an owner and notes.
    func store(in directory: URL) throws -> String {
        let file = directory.appendingPathComponent("lieu.json")
        try """
            {"organisations": [{"id": "lieu", "name": "Le Lieu", "legal_form": "association"}],
             "assessments": [{"organisation": "lieu", "referentiel": "mini", "version": "1.0.0", "date": "2024-01-01", "label": "2024",
               "respondents": [
                 {"role": "salarie", "name": "\(Self.erasedName)", "answers": [
                   {"criterion": "mn.regles-ecrites", "level": 3, "comment": "\(Self.erasedComment)"},
                   {"criterion": "mn.charte", "yes": true},
                   {"criterion": "mn.remarques", "text": "\(Self.erasedText)"}]},
                 {"role": "benevole", "name": "\(Self.keptName)", "answers": [
                   {"criterion": "mn.regles-ecrites", "level": 1, "comment": "\(Self.keptComment)"},
                   {"criterion": "mn.charte", "yes": false}]}]}],
             "actions": [{"organisation": "lieu", "title": "Écrire un règlement", "owner": "\(Self.owner)", "notes": "\(Self.actionNotes)", "status": "todo"}]}
            """.write(to: file, atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("base.sqlite").path
        let imported = try run(["assess", "import", file.path, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        return db
    }

    /// The words of `needles` found in the database file and its write-ahead log.
    func inDatabaseBytes(_ db: String, _ needles: [String]) -> [String] {
        let bytes = [db, db + "-wal"].compactMap { FileManager.default.contents(atPath: $0) }
        return needles.filter { needle in bytes.contains { $0.range(of: Data(needle.utf8)) != nil } }
    }

    /// The words of `needles` found in any part of the workbook (decompressed by python3's zipfile).
    func inWorkbook(_ path: String, _ needles: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(HostileInputTests.python))
        process.arguments = ["-c", """
            import sys, zipfile
            text = b"".join(zipfile.ZipFile(sys.argv[1]).read(n) for n in zipfile.ZipFile(sys.argv[1]).namelist()).decode("utf-8", "replace")
            print("\\n".join(n for n in sys.argv[2:] if n in text))
            """, path] + needles
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return output.split(separator: "\n").map(String.init)
    }

    @Test(.enabled(if: HostileInputTests.python != nil, "python3 absent: workbooks cannot be read, test skipped"))
    func erasingARespondentLeavesNoTraceAndKeepsTheScores() throws {
        let directory = try safety.temporaryDirectory()
        let db = try store(in: directory)
        let everything = [Self.erasedName, Self.erasedComment, Self.erasedText]
        // Before: everything is where it should be (so that the absences below mean something).
        #expect(inDatabaseBytes(db, everything).count == 3)
        let shown = try run(["assess", "show", "1", "--db", db]).stdout
        #expect(shown.contains("\(Self.erasedName)) (n° 1)"))
        let scoreBefore = try run(["score", "lieu", "--json", "--db", db]).stdout

        let refused = try run(["respondent", "erase", "1", "--db", db])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--yes"))
        #expect(inDatabaseBytes(db, everything).count == 3)

        // Another program keeps the database open (a server, a viewer): the write-ahead log then
        // outlives the command, and must not hold the erased bytes either.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: try #require(HostileInputTests.python))
        holder.arguments = ["-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('SELECT COUNT(*) FROM respondent').fetchall(); "
                            + "print('OPEN', flush=True); sys.stdin.readline()", db]
        let holderIn = Pipe(), holderOut = Pipe()
        holder.standardInput = holderIn
        holder.standardOutput = holderOut
        try holder.run()
        #expect(String(decoding: holderOut.fileHandleForReading.availableData, as: UTF8.self).contains("OPEN"))

        let erased = try run(["respondent", "erase", "1", "--yes", "--db", db])
        #expect(erased.status == 0, "\(erased.stderr)")
        #expect(erased.stdout.contains("1 nom(s) de répondant, 1 commentaire(s), 1 réponse(s) libre(s)"))
        #expect(erased.stdout.contains("2 réponse(s) notée(s) gardée(s)"))

        #expect(inDatabaseBytes(db, everything) == [])
        holderIn.fileHandleForWriting.write(Data("\n".utf8))
        holder.waitUntilExit()
        #expect(inDatabaseBytes(db, [Self.keptName, Self.keptComment]).count == 2)
        let export = try run(["assess", "export", "--db", db]).stdout
        #expect(!everything.contains { export.contains($0) })
        #expect(export.contains(Self.keptName))
        let workbook = directory.appendingPathComponent("lieu.xlsx").path
        let report = try run(["report", "org", "lieu", "--with-names", "-o", workbook, "--db", db])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(try inWorkbook(workbook, everything) == [])
        #expect(try inWorkbook(workbook, [Self.keptName]) == [Self.keptName])
        // The scored answers stay: the score is the same, figure for figure.
        #expect(try run(["score", "lieu", "--json", "--db", db]).stdout == scoreBefore)
        // The trail says what happened, without the erased name.
        let log = try run(["log", "--org", "lieu", "--db", db])
        #expect(log.stdout.contains("effacement"))
        #expect(log.stdout.contains("import"))
        #expect(!log.stdout.contains(Self.erasedName))
        #expect(try run(["respondent", "erase", "99", "--yes", "--db", db]).stderr.contains("aucun répondant n° 99"))
    }

    @Test(.enabled(if: HostileInputTests.python != nil, "python3 absent: workbooks cannot be read, test skipped"))
    func erasingAnOrganisationRemovesEveryPersonItHolds() throws {
        let directory = try safety.temporaryDirectory()
        let db = try store(in: directory)
        let everyone = [Self.erasedName, Self.erasedComment, Self.erasedText, Self.keptName, Self.keptComment, Self.owner, Self.actionNotes]
        #expect(inDatabaseBytes(db, everyone).count == everyone.count)
        let scoreBefore = try run(["score", "lieu", "--json", "--db", db]).stdout

        let erased = try run(["org", "erase", "lieu", "--yes", "--db", db])
        #expect(erased.status == 0, "\(erased.stderr)")
        #expect(erased.stdout.contains("2 nom(s) de répondant, 3 commentaire(s), 1 réponse(s) libre(s), 1 responsable(s) d'action"))
        #expect(inDatabaseBytes(db, everyone) == [])
        let data = directory.appendingPathComponent("lieu-donnees.json").path
        #expect(try run(["org", "export-data", "lieu", "-o", data, "--db", db]).status == 0)
        let exported = try String(contentsOfFile: data, encoding: .utf8)
        #expect(!everyone.contains { exported.contains($0) })
        #expect(exported.contains("Écrire un règlement"))
        let workbook = directory.appendingPathComponent("lieu.xlsx").path
        #expect(try run(["report", "org", "lieu", "--with-names", "-o", workbook, "--db", db]).status == 0)
        #expect(try inWorkbook(workbook, everyone) == [])
        #expect(try run(["score", "lieu", "--json", "--db", db]).stdout == scoreBefore)
        #expect(try run(["org", "erase", "nulle-part", "--yes", "--db", db]).status == 1)
    }

    /// On the shipped grids and the demo's organisations: the export holds everything about one
    /// organisation and imports back into an empty store to the same export.
    @Test func exportDataHoldsEverythingAboutOneOrganisationAndImportsBack() throws {
        let directory = try safety.temporaryDirectory()
        let db = directory.appendingPathComponent("demo.sqlite").path
        let samples = CLIRunner.root.appendingPathComponent("samples/organisations")
        let files = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { samples.appendingPathComponent($0).path }
        #expect(try run(["assess", "import"] + files + ["--db", db], referentiels: shipped).status == 0)

        let data = directory.appendingPathComponent("cafe.json").path
        let exported = try run(["org", "export-data", "cafe-des-possibles", "-o", data, "--db", db], referentiels: shipped)
        #expect(exported.status == 0, "\(exported.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data))) as? [String: Any])
        let organisations = document["organisations"] as? [[String: Any]] ?? []
        #expect(organisations.map { $0["id"] as? String } == ["cafe-des-possibles"])
        let assessments = document["assessments"] as? [[String: Any]] ?? []
        #expect(!assessments.isEmpty)
        #expect(assessments.allSatisfy { $0["organisation"] as? String == "cafe-des-possibles" })
        let full = try run(["assess", "export", "cafe-des-possibles", "--db", db], referentiels: shipped).stdout
        #expect(try String(contentsOfFile: data, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
                == full.trimmingCharacters(in: .whitespacesAndNewlines))

        let other = directory.appendingPathComponent("autre.sqlite").path
        #expect(try run(["assess", "import", data, "--db", other], referentiels: shipped).status == 0)
        let again = directory.appendingPathComponent("cafe-2.json").path
        #expect(try run(["org", "export-data", "cafe-des-possibles", "-o", again, "--db", other], referentiels: shipped).status == 0)
        #expect(FileManager.default.contents(atPath: again) == FileManager.default.contents(atPath: data))
        #expect(try run(["org", "export-data", "inconnue", "-o", again, "--db", db], referentiels: shipped).status == 1)
    }

    @Test func theTrailRecordsEveryKindOfWriteWithWhoWhenKnown() throws {
        let directory = try safety.temporaryDirectory()
        let db = try store(in: directory)
        // A respondent fills one answer of a new draft and leaves.
        let filling = try CLIRunner.run(["fill", "lieu", "mini", "--role", "administrateur", "--name", "Léa Marchetti", "--db", db,
                                         "--referentiels", mini], input: "2\nq\n")
        #expect(filling.status == 0, "\(filling.stderr)")
        #expect(try run(["target", "set", "lieu", "mini", "mn.regles-ecrites", "4", "--db", db]).status == 0)

        let json = try run(["log", "--org", "lieu", "--json", "--db", db])
        #expect(json.status == 0, "\(json.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let operations = entries.compactMap { $0["operation"] as? String }
        for expected in ["organisation", "import", "action", "draft", "respondent", "answer", "target"] {
            #expect(operations.contains(expected), "\(expected) missing from \(operations)")
        }
        let answer = try #require(entries.first { $0["operation"] as? String == "answer" })
        let respondent = try #require(answer["respondent"] as? [String: Any])
        #expect(respondent["name"] as? String == "Léa Marchetti")
        #expect(answer["subject"] as? String == "mn.regles-ecrites")
        let imported = try #require(entries.first { $0["operation"] as? String == "import" })
        #expect(imported["subject"] as? String == "lieu.json")

        #expect(try run(["log", "--since", "2999-01-01", "--db", db]).stdout.contains("Aucune écriture"))
        #expect(try run(["log", "--org", "nulle-part", "--db", db]).status == 1)
        #expect(try run(["log", "--since", "hier", "--db", db]).status != 0)
    }
}
