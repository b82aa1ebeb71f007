import Foundation
import Testing

/// Issue 11, item 7: the database path. Only the commands that create data create a database
/// (and say so); the others refuse a missing file without creating one; an empty file, a text
/// file, another application's SQLite database and a newer version's database are refused and
/// left as they are; reads work on a read-only file and while another process holds the write lock.
@Suite struct DatabasePathTests {
    let referentiels = CLIRunner.root.appendingPathComponent("Tests/Fixtures/referentiels").path
    let fixture = CLIRunner.root.appendingPathComponent("Tests/Fixtures/imports/ruche.json").path
    let directory: URL

    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let reads: [[String]] = [["score", "ruche"], ["org", "list"], ["report", "org", "ruche", "-o", "REPORT"]]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-dbpath-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func pratiques(_ arguments: [String], db: String, lang: String? = nil) throws -> CLIRunner.Result {
        let arguments = arguments.map { $0 == "REPORT" ? path("rapport-\(UUID().uuidString).xlsx") : $0 }
        var result = try CLIRunner.run(arguments + ["--db", db, "--referentiels", referentiels] + (lang.map { ["--lang", $0] } ?? []))
        // Compared with plain spaces and apostrophes, with or without French terminal typography.
        result.stderr = result.stderr.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "’", with: "'")
        return result
    }

    /// A database holding the fixture's organisation and assessments.
    func filledDatabase(_ name: String = "base.sqlite") throws -> String {
        let db = path(name)
        let imported = try pratiques(["assess", "import", fixture, "--create-org"], db: db)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("base créée") && imported.stderr.contains(db), "\(imported.stderr)")
        return db
    }

    func runPython(_ script: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python!)
        process.arguments = ["-c", script] + arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func typoPathOnReadsExitsOneAndCreatesNothing() throws {
        let db = path("dossier-absent/typo.sqlite")
        for command in Self.reads {
            let result = try pratiques(command, db: db)
            #expect(result.status == 1, "\(command): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains("base de données introuvable") && result.stderr.contains(db), "\(result.stderr)")
            #expect(result.stderr.contains("--db"), "the hint names the option: \(result.stderr)")
        }
        let english = try pratiques(["score", "ruche"], db: db, lang: "en")
        #expect(english.stderr.contains("database not found: \(db)"), "\(english.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path("dossier-absent")))
    }

    @Test func creatingCommandsCreateAndSaySo() throws {
        let db = path("nouveau/base.sqlite")
        let added = try pratiques(["org", "add", "ruche", "--name", "La Ruche", "--legal-form", "association"], db: db)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr.contains("base créée : \(db)"), "\(added.stderr)")
        let again = try pratiques(["org", "add", "abeille", "--name", "L'Abeille", "--legal-form", "scop"], db: db)
        #expect(again.status == 0 && !again.stderr.contains("base créée"), "\(again.stderr)")
        let cohort = try pratiques(["cohort", "create", "promo", "--parcours", "p"], db: path("autre.sqlite"), lang: "en")
        #expect(cohort.stderr.contains("database created: \(path("autre.sqlite"))"), "\(cohort.stderr)")
    }

    @Test func emptyFileIsRefused() throws {
        let db = path("vide.sqlite")
        _ = FileManager.default.createFile(atPath: db, contents: Data())
        try refusedEverywhere(db, "fichier vide", "empty file")
    }

    @Test func textFileIsRefused() throws {
        let db = path("notes.txt")
        _ = FileManager.default.createFile(atPath: db, contents: Data("organisation;nom\nruche;La Ruche\n".utf8))
        try refusedEverywhere(db, "n'est pas une base de données SQLite", "not an SQLite database")
    }

    @Test(.enabled(if: python != nil, "python3 absent")) func anotherApplicationsSQLiteIsRefused() throws {
        let db = path("autre-appli.sqlite")
        #expect(try runPython("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table notes(t text)'); c.commit()", [db]) == 0)
        try refusedEverywhere(db, "base SQLite d'une autre application", "another application's SQLite database")
    }

    @Test(.enabled(if: python != nil, "python3 absent")) func newerVersionsDatabaseIsNeverWritten() throws {
        let db = try filledDatabase()
        #expect(try runPython("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"insert into grdb_migrations values('v99-future')\"); c.commit(); c.execute('pragma wal_checkpoint(truncate)')", [db]) == 0)
        try refusedEverywhere(db, "base créée par une version plus récente de Pratiques", "made by a newer version of Pratiques")
        let added = try pratiques(["org", "add", "abeille", "--name", "L'Abeille", "--legal-form", "scop"], db: db)
        #expect(added.status == 1 && added.stderr.contains("v99-future"), "\(added.stderr)")
    }

    /// Reads, then a creating command, all refuse the file and leave it byte for byte.
    func refusedEverywhere(_ db: String, _ french: String, _ english: String) throws {
        let before = FileManager.default.contents(atPath: db)
        for command in Self.reads + [["org", "add", "abeille", "--name", "L'Abeille", "--legal-form", "scop"], ["assess", "import", fixture, "--create-org"]] {
            let result = try pratiques(command, db: db)
            #expect(result.status == 1, "\(command): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains(db) && result.stderr.contains(french), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("base créée :"), "\(result.stderr)")
        }
        let inEnglish = try pratiques(["org", "list"], db: db, lang: "en")
        #expect(inEnglish.status == 1 && inEnglish.stderr.contains(english), "\(inEnglish.stderr)")
        #expect(FileManager.default.contents(atPath: db) == before)
    }

    @Test func readsWorkOnAReadOnlyFile() throws {
        let db = try filledDatabase()
        let expected = try Self.reads.map { try pratiques($0, db: db).stdout.replacingOccurrences(of: directory.path, with: "") }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: db) }
        for (command, output) in zip(Self.reads, expected) {
            let result = try pratiques(command, db: db)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stdout.replacingOccurrences(of: directory.path, with: "").split(separator: "\n").count == output.split(separator: "\n").count, "\(command)")
        }
        #expect(try pratiques(["org", "list"], db: db).stdout.contains("La Ruche"))
    }

    /// A second process takes the write lock (`BEGIN IMMEDIATE`) and keeps it until we close its
    /// input; reads answer meanwhile (no waiting on the lock, no sleep in the test).
    @Test(.enabled(if: python != nil, "python3 absent")) func readsWorkWhileAnotherProcessWrites() throws {
        let db = try filledDatabase()
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: Self.python!)
        holder.arguments = ["-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0); c.execute('begin immediate'); "
                            + "c.execute(\"update organisation set name='Verrou' where 0\"); print('locked', flush=True); sys.stdin.read(); c.execute('rollback')", db]
        let input = Pipe(), output = Pipe()
        holder.standardInput = input
        holder.standardOutput = output
        try holder.run()
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("locked") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        #expect(String(decoding: seen, as: UTF8.self).contains("locked"))
        let start = Date()
        for command in Self.reads {
            let result = try pratiques(command, db: db)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        #expect(Date().timeIntervalSince(start) < 30, "reads waited on the write lock")
        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        #expect(holder.terminationStatus == 0)
    }
}
