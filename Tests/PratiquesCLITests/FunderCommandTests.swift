import Foundation
import Testing

/// `report funder --min-group K` where the user meets it: K below 3 is refused by the application
/// before anything is read or written (exit 1, the reason in French and English); 3 is accepted.
@Suite struct FunderCommandTests {
    @Test func aMinimumGroupBelowThreeIsRefused() throws {
        let (directory, db) = try CohortCommandTests().setUp()
        for arguments in [["cohort", "create", "c1", "--parcours", "Parcours test"],
                          ["cohort", "session", "add", "c1", "T0", "--date", "2024-03-01"],
                          ["cohort", "session", "add", "c1", "T1", "--date", "2025-03-01"],
                          ["cohort", "add", "c1", "org-0", "org-1", "org-2", "org-3", "org-4", "org-5"]] {
            #expect(try CLIRunner.run(arguments + db).status == 0)
        }
        let path = directory.appendingPathComponent("financeur.xlsx").path
        for k in ["2", "1", "0", "-3"] {
            let french = try CLIRunner.run(["report", "funder", "c1", "-o", path, "--min-group=\(k)", "--lang", "fr"] + db)
            #expect(french.status == 1, "--min-group \(k)")
            #expect(french.stderr.contains("--min-group \(k) : au moins 3 organisations par groupe publié"), "\(french.stderr)")
            let english = try CLIRunner.run(["report", "funder", "c1", "-o", path, "--min-group=\(k)", "--lang", "en"] + db)
            #expect(english.status == 1, "--min-group \(k)")
            #expect(english.stderr.contains("--min-group \(k): at least 3 organisations per published group"), "\(english.stderr)")
            #expect(!FileManager.default.fileExists(atPath: path))
        }
        let accepted = try CLIRunner.run(["report", "funder", "c1", "-o", path, "--min-group", "3"] + db)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
