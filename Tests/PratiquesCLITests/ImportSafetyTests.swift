import Foundation
import Testing

/// An import killed halfway leaves the database as it was; two imports into one file at once
/// both succeed. Child processes pause inside the import transaction through the
/// `PRATIQUES_TEST_PAUSE_AFTER` hook, so the tests synchronise on what they print, never on time.
@Suite struct ImportSafetyTests {
    let referentiels = CLIRunner.root.appendingPathComponent("Tests/Fixtures/referentiels").path

    /// A JSON file with `count` assessments of organisation `org` (created with the file).
    func bulkFile(org: String, count: Int, in directory: URL) throws -> String {
        var assessments: [String] = []
        for index in 0..<count {
            assessments.append("""
                {"organisation": "\(org)", "referentiel": "mini", "version": "1.0.0", "date": "2024-01-01", "label": "lot-\(index)",
                 "respondents": [{"role": "salarie", "answers": [{"criterion": "mn.regles-ecrites", "level": \(index % 5)}, {"criterion": "mn.charte", "yes": true}]}]}
                """)
        }
        let text = """
            {"organisations": [{"id": "\(org)", "name": "\(org)", "legal_form": "scop"}],
             "assessments": [\(assessments.joined(separator: ",\n"))]}
            """
        let url = directory.appendingPathComponent("\(org).json")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Starts `pratiques assess import` paused after `pauseAfter` assessments; returns once it printed PAUSED.
    func startPausedImport(file: String, db: String, pauseAfter: Int) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["assess", "import", file, "--db", db, "--referentiels", referentiels]
        var environment = ProcessInfo.processInfo.environment
        environment["PRATIQUES_TEST_PAUSE_AFTER"] = String(pauseAfter)
        process.environment = environment
        let stdin = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Blocks until the child is inside its transaction.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("PAUSED") {
            let chunk = stderr.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        #expect(String(decoding: seen, as: UTF8.self).contains("PAUSED"))
        return (process, stdin)
    }

    func assessmentCount(_ db: String) throws -> Int {
        let result = try CLIRunner.run(["assess", "list", "--db", db, "--json", "--referentiels", referentiels])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any]
        return rows?.count ?? -1
    }

    @Test func killedImportLeavesTheDatabaseAsBefore() throws {
        let directory = try temporaryDirectory()
        let db = directory.appendingPathComponent("kill.sqlite").path
        let first = try bulkFile(org: "avant", count: 3, in: directory)
        #expect(try CLIRunner.run(["assess", "import", first, "--db", db, "--referentiels", referentiels]).status == 0)
        let before = try CLIRunner.run(["assess", "export", "--db", db, "--referentiels", referentiels]).stdout
        #expect(try assessmentCount(db) == 3)

        let big = try bulkFile(org: "pendant", count: 200, in: directory)
        let (process, _) = try startPausedImport(file: big, db: db, pauseAfter: 120)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        #expect(try assessmentCount(db) == 3)
        let after = try CLIRunner.run(["assess", "export", "--db", db, "--referentiels", referentiels]).stdout
        #expect(after == before)
        // The database is still usable: the same import now succeeds.
        #expect(try CLIRunner.run(["assess", "import", big, "--db", db, "--referentiels", referentiels]).status == 0)
        #expect(try assessmentCount(db) == 203)
    }

    @Test func twoProcessesImportIntoOneFileAtOnce() throws {
        let directory = try temporaryDirectory()
        let db = directory.appendingPathComponent("shared.sqlite").path
        let fileA = try bulkFile(org: "alpha", count: 150, in: directory)
        let fileB = try bulkFile(org: "beta", count: 150, in: directory)
        // A holds the write lock, paused mid-transaction.
        let (processA, stdinA) = try startPausedImport(file: fileA, db: db, pauseAfter: 75)
        // B starts while A holds the lock; it must wait for it (busy timeout), not fail.
        let processB = Process()
        processB.executableURL = CLIRunner.binary
        processB.arguments = ["assess", "import", fileB, "--db", db, "--referentiels", referentiels]
        let errB = Pipe()
        processB.standardError = errB
        processB.standardOutput = FileHandle.nullDevice
        try processB.run()
        // Release A.
        stdinA.fileHandleForWriting.write(Data("\n".utf8))
        try stdinA.fileHandleForWriting.close()
        processA.waitUntilExit()
        let errorsB = String(decoding: errB.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        processB.waitUntilExit()
        #expect(processA.terminationStatus == 0)
        #expect(processB.terminationStatus == 0, "\(errorsB)")
        #expect(try assessmentCount(db) == 300)
    }
}
