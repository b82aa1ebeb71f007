import Foundation
import Testing
@testable import PratiquesCore

/// Hostile or broken files give one located error, never a crash or a hang.
@Suite struct BadInputTests {
    func singleIssue(_ data: Data) throws -> ValidationIssue {
        let path = Fixtures.write(data)
        let issues = ReferentielLoader.validate(path: path)
        #expect(issues.count >= 1)
        let issue = try #require(issues.first)
        #expect(issue.location.file == path)
        return issue
    }

    @Test func malformedYAML() throws {
        let text = "id: mini\nversion: 1.0.0\ntitle: [unclosed\nsource: x\n"
        let issue = try singleIssue(Data(text.utf8))
        #expect(issue.rule == .yamlSyntax)
        #expect(issue.location.line >= 3)
    }

    @Test func badIndentation() throws {
        let text = Fixtures.mini(replacing: "      - id: mn.charte", with: "     - id: mn.charte")
        let issue = try singleIssue(Data(text.utf8))
        #expect(issue.rule == .yamlSyntax)
        #expect(issue.location.line == Fixtures.line(of: "- id: mn.charte", in: text))
    }

    @Test func emptyFile() throws {
        #expect(try singleIssue(Data()).rule == .emptyFile)
        #expect(try singleIssue(Data("# only a comment\n\n".utf8)).rule == .emptyFile)
    }

    @Test func notUTF8() throws {
        var data = Data("id: mini\nversion: 1.0.0\ntitle: caf".utf8)
        data.append(contentsOf: [0xE9, 0x0A]) // Latin-1 "é"
        let issue = try singleIssue(data)
        #expect(issue.rule == .notUTF8)
        #expect(issue.location.line == 3)
        #expect(issue.location.column == 11)
    }

    @Test func fiftyMegabyteFile() throws {
        let chunk = Data(String(repeating: "# filler line of a very large file\n", count: 1024).utf8)
        var data = Data()
        data.reserveCapacity(50 * 1024 * 1024 + chunk.count)
        while data.count < 50 * 1024 * 1024 { data.append(chunk) }
        let issue = try singleIssue(data)
        #expect(issue.rule == .fileTooLarge)
        #expect(issue.message(in: .fr).contains("trop gros"))
    }

    @Test func aliasBombIsStopped() throws {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(refs)]")
        }
        lines.append("id: bomb\nversion: 1.0.0\ntitle: T\nsource: S\nscales: []\ndimensions: *a8")
        let issues = ReferentielLoader.validate(path: Fixtures.write(lines.joined(separator: "\n")))
        #expect(!issues.isEmpty)
        #expect(issues.count < 1000)
        #expect(issues.contains { $0.rule == .unknownKey })
    }

    @Test func wrongTopLevelType() throws {
        #expect(try singleIssue(Data("- just\n- a list\n".utf8)).rule == .wrongType)
        #expect(try singleIssue(Data("42\n".utf8)).rule == .wrongType)
    }

    @Test func unreadablePath() {
        let issues = ReferentielLoader.validate(path: "/nonexistent/grid.yaml")
        #expect(issues.map(\.rule) == [.fileUnreadable])
    }

    @Test func utf8BOMIsAccepted() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data(Fixtures.miniText.utf8))
        #expect(ReferentielLoader.validate(path: Fixtures.write(data)).isEmpty)
    }
}
