import Testing
@testable import PratiquesCore

@Suite struct CSVTableTests {
    @Test func semicolonsBOMCRLFAndQuotes() throws {
        let text = "\u{FEFF}a;b;c\r\n1;\"x;y\";3\r\n\"multi\r\nline\";\"say \"\"hi\"\"\";\r\n"
        let table = try CSVTable(text: text, path: "t.csv")
        #expect(table.separator == ";")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.records.map(\.fields) == [["1", "x;y", "3"], ["multi\nline", "say \"hi\"", ""]])
        #expect(table.records.map(\.line) == [2, 3])
    }

    @Test func commaAndTabAreDetected() throws {
        #expect(try CSVTable(text: "a,b\n1,2\n", path: "t").separator == ",")
        #expect(try CSVTable(text: "a\tb\n1\t2", path: "t").records.map(\.fields) == [["1", "2"]])
    }

    @Test func blankLinesAreSkippedAndLinesCounted() throws {
        let table = try CSVTable(text: "a;b\n\n1;2\n\n3;4\n", path: "t")
        #expect(table.records.map(\.line) == [3, 5])
    }

    @Test func unclosedQuoteIsLocated() {
        #expect(throws: InputError.self) { try CSVTable(text: "a;b\n1;\"open\n2;3\n", path: "t") }
        do {
            _ = try CSVTable(text: "a;b\n1;\"open\n2;3\n", path: "t.csv")
        } catch {
            #expect(error.issues.first?.location.line == 2)
            #expect(error.issues.first?.rule == .csvStructure)
        }
    }

    @Test func numbersAsFrenchSpreadsheetsWriteThem() {
        #expect(AnswerChecker.parseNumber("12,5") == 12.5)
        #expect(AnswerChecker.parseNumber("1 234,5") == 1234.5)
        #expect(AnswerChecker.parseNumber("1\u{202F}234,5") == 1234.5)
        #expect(AnswerChecker.parseNumber("45 %") == 45)
        #expect(AnswerChecker.parseNumber("abc") == nil)
        #expect(AnswerChecker.parseNumber("inf") == nil)
    }

    @Test func rolesAreReadAsPeopleWriteThem() {
        #expect(RespondentRole(parsing: "Salarié") == .salarie)
        #expect(RespondentRole(parsing: "BÉNÉVOLE") == .benevole)
        #expect(RespondentRole(parsing: "Administratrice") == .administrateur)
        #expect(RespondentRole(parsing: "board member") == .administrateur)
        #expect(RespondentRole(parsing: "stagiaire") == nil)
    }

    @Test func siretLuhnKey() {
        #expect(Organisation.isValidSIRET("73282932000074"))
        #expect(!Organisation.isValidSIRET("73282932000075"))
        #expect(!Organisation.isValidSIRET("1234"))
    }

    @Test func datesAreRealDays() {
        #expect(DateText.isValid("2024-02-29"))
        #expect(!DateText.isValid("2023-02-29"))
        #expect(!DateText.isValid("2024-13-01"))
        #expect(!DateText.isValid("24-01-01"))
    }
}
