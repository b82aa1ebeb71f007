import Foundation
import Testing

/// `backup`, `restore` and `check` where the person running a network's store meets them: a
/// backup taken while others write holds a state that existed; a restore refuses what is not a
/// sound Pratiques store and changes nothing then; `check` finds each kind of planted defect.
/// Children synchronise on what they print (the import's test pause, the fill's prompt), never on time.
@Suite struct MaintenanceCommandTests {
    let referentiels = CLIRunner.root.appendingPathComponent("Tests/Fixtures/referentiels").path
    let safety = ImportSafetyTests()

    func run(_ arguments: [String], input: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments + ["--referentiels", referentiels], input: input)
    }

    /// A store with three assessments of `avant`.
    func store(in directory: URL) throws -> String {
        let db = directory.appendingPathComponent("base.sqlite").path
        #expect(try run(["assess", "import", try safety.bulkFile(org: "avant", count: 3, in: directory), "--db", db]).status == 0)
        return db
    }

    func organisations(_ db: String) throws -> [String] {
        let result = try run(["org", "list", "--db", db, "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        return rows.compactMap { $0["slug"] as? String }.sorted()
    }

    /// Runs python3 `script` with `arguments` (sys.argv[1…]).
    func python(_ script: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(HostileInputTests.python))
        process.arguments = ["-c", script] + arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// Reads a child's standard output until `marker` appears.
    func wait(for marker: String, on pipe: Pipe) -> String {
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains(marker) {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        return String(decoding: seen, as: UTF8.self)
    }

    @Test func aBackupTakenWhileOthersWriteHoldsAStateThatExisted() throws {
        let directory = try safety.temporaryDirectory()
        let db = try store(in: directory)
        // A respondent is filling: one answer saved, the next question on screen.
        let fill = Process()
        fill.executableURL = CLIRunner.binary
        fill.arguments = ["fill", "avant", "mini", "--role", "salarie", "--name", "Léa", "--db", db, "--referentiels", referentiels]
        let fillIn = Pipe(), fillOut = Pipe()
        fill.standardInput = fillIn
        fill.standardOutput = fillOut
        fill.standardError = FileHandle.nullDevice
        try fill.run()
        _ = wait(for: "[1/", on: fillOut)
        fillIn.fileHandleForWriting.write(Data("3\n".utf8))
        #expect(wait(for: "[2/", on: fillOut).contains("[2/"))
        // An import of 200 assessments is inside its transaction.
        let big = try safety.bulkFile(org: "pendant", count: 200, in: directory)
        let (importer, importIn) = try safety.startPausedImport(file: big, db: db, pauseAfter: 120)

        let copy = directory.appendingPathComponent("sauvegarde.sqlite").path
        let backup = try run(["backup", "--db", db, "-o", copy])
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stdout.contains("Sauvegarde écrite et vérifiée"))
        // The copy: sound, the fill's saved answer in it, none of the unfinished import.
        #expect(try run(["check", "--db", copy]).status == 0)
        #expect(try organisations(copy) == ["avant"])
        #expect(try safety.assessmentCount(copy) == 4)
        let drafts = try run(["assess", "list", "avant", "--db", copy, "--json"]).stdout
        #expect(drafts.contains("draft"))

        importIn.fileHandleForWriting.write(Data("\n".utf8))
        try importIn.fileHandleForWriting.close()
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        try fillIn.fileHandleForWriting.close()
        fill.waitUntilExit()
        // Once the import committed, a backup has all of it; `--quiet` prints nothing.
        let quiet = try run(["backup", "--db", db, "-o", copy, "--quiet"])
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        #expect(try safety.assessmentCount(copy) == 204)
        #expect(try organisations(copy) == ["avant", "pendant"])
    }

    @Test(.enabled(if: HostileInputTests.python != nil, "python3 absent: files cannot be prepared, test skipped"))
    func restoreRefusesWhatIsNotASoundStoreAndChangesNothing() throws {
        let directory = try safety.temporaryDirectory()
        let db = try store(in: directory)
        let good = directory.appendingPathComponent("bonne.sqlite").path
        #expect(try run(["backup", "--db", db, "-o", good]).status == 0)
        let before = try run(["assess", "export", "--db", db]).stdout

        let text = directory.appendingPathComponent("notes.txt").path
        try "pas une base\n".write(toFile: text, atomically: true, encoding: .utf8)
        let foreign = directory.appendingPathComponent("autre.sqlite").path
        try python("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('CREATE TABLE t(x)'); c.commit()", [foreign])
        let newer = directory.appendingPathComponent("future.sqlite").path
        try FileManager.default.copyItem(atPath: good, toPath: newer)
        try python("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"INSERT INTO grdb_migrations VALUES ('v99-future')\"); c.commit()", [newer])
        let truncated = directory.appendingPathComponent("coupee.sqlite").path
        try Data(try Data(contentsOf: URL(fileURLWithPath: good)).prefix(8192)).write(to: URL(fileURLWithPath: truncated))

        let expectations = [(text, "n'est pas une base Pratiques lisible"), (foreign, "n'est pas une base Pratiques (une autre base SQLite)"),
                            (newer, "base créée par une version plus récente de Pratiques (migrations inconnues : v99-future)"),
                            (truncated, "n'est pas une base Pratiques lisible"),
                            (directory.appendingPathComponent("absente.sqlite").path, "fichier introuvable")]
        for (file, message) in expectations {
            let result = try run(["restore", file, "--db", db])
            #expect(result.status == 1, "\(file)")
            #expect(result.stderr.contains(file) && result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: db + ".avant-restauration"))
        #expect(try run(["assess", "export", "--db", db]).stdout == before)

        // A sound backup is restored; the replaced store is kept aside and still readable.
        #expect(try run(["assess", "import", try safety.bulkFile(org: "apres", count: 2, in: directory), "--db", db]).status == 0)
        let restored = try run(["restore", good, "--db", db])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("1 organisations, 3 évaluations, 3 répondants, 6 réponses (évaluations du 2024-01-01 au 2024-01-01)"))
        #expect(restored.stdout.contains("gardée de côté : \(db).avant-restauration"))
        #expect(try run(["assess", "export", "--db", db]).stdout == before)
        #expect(try organisations(db + ".avant-restauration") == ["apres", "avant"])
        // The restored store's trail ends with the restore, naming the file it came from.
        let log = try run(["log", "--limit", "1", "--json", "--db", db]).stdout
        #expect(log.contains("\"operation\" : \"restore\"") || log.contains("\"operation\":\"restore\""), "\(log)")
        #expect(log.contains((good as NSString).lastPathComponent))
    }

    @Test(.enabled(if: HostileInputTests.python != nil, "python3 absent: defects cannot be planted, test skipped"))
    func checkFindsEachPlantedDefect() throws {
        let directory = try safety.temporaryDirectory()
        let db = try store(in: directory)
        // A draft with one answer of each kind, for the defects to land on.
        #expect(try run(["fill", "avant", "mini", "--role", "direction", "--db", db], input: "2\n45\nna\no\nq\n").status == 0)
        let sound = try run(["check", "--db", db])
        #expect(sound.status == 0, "\(sound.stdout)\(sound.stderr)")
        #expect(sound.stdout.contains("Base saine"))

        let plants: [(name: String, sql: String, finding: String)] = [
            ("hash", "UPDATE referentiel_snapshot SET content = replace(content, 'Mini grille', 'Mini grille modifiée')", "[snapshot-hash]"),
            ("unreadable", "UPDATE referentiel_snapshot SET content = 'id: [cassé'", "[snapshot-unreadable]"),
            ("criterion", "INSERT INTO answer (respondent_id, criterion_id, level) SELECT MIN(id), 'mn.inconnu', 2 FROM respondent", "critère « mn.inconnu » n'existe pas dans mini@1.0.0 [unknown-criterion]"),
            ("value", "UPDATE answer SET level = 99 WHERE criterion_id = 'mn.regles-ecrites'", "[invalid-value]"),
            ("damaged", "UPDATE answer SET number = 3 WHERE criterion_id = 'mn.regles-ecrites'", "la réponse remplit 2 colonnes de valeur (une seule attendue) [damaged-answer]"),
            ("draft", "DELETE FROM respondent WHERE assessment_id = (SELECT MAX(id) FROM assessment)", "brouillon sans répondant (avant, mini@1.0.0"),
            ("foreign", "PRAGMA foreign_keys = OFF; INSERT INTO answer (respondent_id, criterion_id, level) VALUES (99999, 'mn.charte', 1)", "table answer, ligne ? : renvoie à une ligne absente de respondent [foreign-key]"),
            ("integrity", "", "[integrity]"),
        ]
        for plant in plants {
            let copy = directory.appendingPathComponent("\(plant.name).sqlite").path
            #expect(try run(["backup", "--db", db, "-o", copy]).status == 0)
            if plant.name == "integrity" {
                // Zeroes the cells of an index page: the table and its index no longer agree.
                try python("""
                    import sqlite3,sys
                    c=sqlite3.connect(sys.argv[1]); size=c.execute('PRAGMA page_size').fetchone()[0]
                    root=c.execute("SELECT rootpage FROM sqlite_master WHERE name='respondent_by_assessment'").fetchone()[0]; c.close()
                    f=open(sys.argv[1],'r+b'); f.seek((root-1)*size+8); f.write(b'\\x00'*4); f.close()
                    """, [copy])
            } else {
                try python("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()", [copy, plant.sql])
            }
            let result = try run(["check", "--db", copy])
            #expect(result.status == 1, "\(plant.name): \(result.stdout)")
            #expect(result.stdout.contains(plant.finding), "\(plant.name): \(result.stdout)")
            #expect(result.stderr.contains("défaut(s) dans \(copy)"))
        }
    }
}
