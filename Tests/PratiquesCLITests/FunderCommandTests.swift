import Foundation
import Testing

/// `report funder --min-group K` where the user meets it: K below 3 is refused before anything
/// is read or written (exit 2, the reason in French and English); 3 is accepted.
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
            let refused = try CLIRunner.run(["report", "funder", "c1", "-o", path, "--min-group=\(k)"] + db)
            #expect(refused.status == 2, "--min-group \(k)")
            #expect(refused.stderr.contains("au moins 3 organisations par groupe") && refused.stderr.contains("at least 3 organisations a group"), "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: path))
        }
        let accepted = try CLIRunner.run(["report", "funder", "c1", "-o", path, "--min-group", "3"] + db)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
