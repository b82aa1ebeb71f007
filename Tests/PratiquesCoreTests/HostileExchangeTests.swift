import Foundation
import Testing
@testable import PratiquesCore

/// The JSON and CSV parsers under hostile input: numbers, escapes, control characters, lengths,
/// encodings. Each refusal is located (file, line, column, field); nothing crashes.
@Suite struct HostileExchangeTests {
    static let catalog = ReferentielCatalog(directory: Fixtures.root.appendingPathComponent("Tests/Fixtures/referentiels").path)

    /// A one-line JSON document with one answer `"ANSWER"` (the text after `"criterion": …,`).
    func json(answer: String, name: String = "Claire") -> String {
        #"{"assessments": [{"organisation": "ruche", "referentiel": "mini", "version": "1.0.0", "date": "2024-03-01", "label": "2024", "respondents": [{"role": "direction", "name": "\#(name)", "answers": [\#(answer)]}]}]}"#
    }

    func parseJSON(_ text: String) -> Result<ImportBatch, InputError> {
        Result { () throws(InputError) in try AssessmentJSONParser(catalog: Self.catalog).parse(text: text, path: "t.json") }
    }

    func issues(_ result: Result<ImportBatch, InputError>) -> [ValidationIssue] {
        if case .failure(let error) = result { return error.issues }
        return []
    }

    func column(of needle: String, in text: String) -> Int {
        text.distance(from: text.startIndex, to: text.range(of: needle)!.lowerBound) + 1
    }

    @Test(arguments: ["1e19", "-1e19", "99999999999999999999", "-99999999999999999999", "0x10", ".inf", "-.inf", ".nan", "1:00:00:00:00:00:00:00:00:00:00:00",
                      "0b101", "0o17", "1_0"])
    func levelsThatAreNotLevelsAreRefusedWhereTheyStand(level: String) throws {
        let text = json(answer: #"{"criterion": "mn.regles-ecrites", "level": \#(level)}"#)
        let issue = try #require(issues(parseJSON(text)).first)
        #expect(issue.location == SourceLocation(file: "t.json", line: 1, column: column(of: level, in: text)))
        #expect(issue.field == "assessments[0].respondents[0].answers[0].level")
        #expect(issue.rule == .invalidValue)
        #expect(issue.detail.fr.contains("« \(level) »"))
    }

    @Test func decimalLevelsAreReadInBaseTen() throws {
        for (written, level) in [("010", 10), ("3.0", 3), ("3e0", 3)] {
            let result = parseJSON(json(answer: #"{"criterion": "mn.regles-ecrites", "level": \#(written)}"#))
            // 10 is outside the scale: refused as such, never read as octal 8.
            if level == 10 {
                #expect(issues(result).first?.detail.en.hasPrefix("level 10 is outside scale") == true)
            } else {
                #expect(try result.get().assessments.first?.item.respondents.first?.answers["mn.regles-ecrites"]?.value == .level(level))
            }
        }
    }

    @Test(arguments: ["1e19", "-1e19", ".inf", ".nan", "1e400"])
    func numbersBeyondTheLimitAreRefused(number: String) throws {
        let text = json(answer: #"{"criterion": "mn.participation", "number": \#(number)}"#)
        let issue = try #require(issues(parseJSON(text)).first)
        #expect(issue.field.hasSuffix(".number"))
        #expect(issue.location.column == column(of: number, in: text))
    }

    @Test func aSurrogatePairIsTheCharacterItEncodes() throws {
        let text = json(answer: #"{"criterion": "mn.remarques", "text": "pousse \ud83c\udf31 \uD83C\uDF3B", "comment": "a\u00e9"}"#)
        let answer = try #require(try parseJSON(text).get().assessments.first?.item.respondents.first?.answers["mn.remarques"])
        #expect(answer.value == .text("pousse 🌱 🌻"))
        #expect(answer.comment == "aé")
    }

    @Test func placesAfterASurrogatePairAreThoseOfTheFile() throws {
        // The error is after two pairs on the same line: its column counts the escapes as written.
        let text = json(answer: #"{"criterion": "mn.remarques", "text": "\ud83c\udf31\ud83c\udf31"}, {"criterion": "mn.inconnu", "level": 1}"#)
        let issue = try #require(issues(parseJSON(text)).first)
        #expect(issue.rule == .unknownCriterion)
        #expect(issue.location.column == column(of: #""mn.inconnu""#, in: text))
    }

    @Test(arguments: [#"\ud83c"#, #"\udf31"#, #"\ud83c\ud83c"#, #"\ud83cx"#])
    func aLoneSurrogateIsRefusedWhereItStands(escape: String) throws {
        let text = json(answer: #"{"criterion": "mn.remarques", "text": "a\#(escape)"}"#)
        let issue = try #require(issues(parseJSON(text)).first)
        #expect(issue.location.column == column(of: escape.prefix(6).description, in: text))
        #expect(issue.detail.en.contains("surrogate"))
    }

    @Test(arguments: [#"\u0000"#, #"\u0001"#, #"\u001f"#, #"\u007f"#, #"\b"#, #"\f"#, #"\ufffe"#])
    func controlCharactersInTextsAreRefusedNotCut(escape: String) throws {
        let text = json(answer: #"{"criterion": "mn.remarques", "text": "ok", "comment": "avant\#(escape)après"}"#)
        let issue = try #require(issues(parseJSON(text)).first)
        #expect(issue.rule == .controlCharacter)
        #expect(issue.field.hasSuffix(".comment"))
        #expect(issue.detail.fr.contains("en position 6"))
    }

    @Test func aWordLineBreakInACommentIsALineBreak() throws {
        let text = json(answer: #"{"criterion": "mn.remarques", "comment": "un\u000bdeux\ttrois"}"#)
        #expect(try parseJSON(text).get().assessments.first?.item.respondents.first?.answers["mn.remarques"]?.comment == "un\ndeux\ttrois")
        #expect(issues(parseJSON(json(answer: "", name: #"Cl\u000baire"#))).first?.field == "assessments[0].respondents[0].name")
    }

    @Test func textsLongerThanTheirLimitAreRefusedNamingTheField() throws {
        let comment = String(repeating: "x", count: 5_001)
        let issue = try #require(issues(parseJSON(json(answer: #"{"criterion": "mn.remarques", "comment": "\#(comment)"}"#))).first)
        #expect(issue.rule == .textTooLong)
        #expect(issue.field == "assessments[0].respondents[0].answers[0].comment")
        #expect(issue.message(in: .fr).count < 400)
        let name = try #require(issues(parseJSON(json(answer: "", name: String(repeating: "n", count: 101)))).first)
        #expect(name.field == "assessments[0].respondents[0].name")
        #expect(name.detail.en.hasPrefix("respondent name too long: 101 characters, at most 100"))
    }

    @Test func aTargetIsALevelOfTheScaleForNumberCriteriaToo() throws {
        func target(_ criterion: String, _ level: String) -> String {
            #"{"targets": [{"organisation": "ruche", "referentiel": "mini", "criterion": "\#(criterion)", "level": \#(level)}]}"#
        }
        #expect(try parseJSON(target("mn.participation", "4")).get().targets.first?.item.level == 4)
        for level in ["9223372036854775807", "-1", "7"] {
            let issue = try #require(issues(parseJSON(target("mn.participation", level))).first)
            #expect(issue.rule == .levelOutsideScale)
            #expect(issue.field == "targets[0].level")
        }
        #expect(issues(parseJSON(target("mn.regles-ecrites", "1e19"))).first?.rule == .invalidValue)
    }

    @Test func aYAMLBombStopsAtOnce() throws {
        // 100 assessments × 100 respondents × 100 answers, written in 1.5 kB with aliases.
        func hundred(_ alias: String) -> String { "[" + Array(repeating: "*\(alias)", count: 100).joined(separator: ", ") + "]" }
        let text = """
            a: &a {criterion: mn.regles-ecrites, level: 1}
            r: &r {role: direction, answers: \(hundred("a"))}
            s: &s {organisation: ruche, referentiel: mini, version: 1.0.0, date: 2024-03-01, label: x, respondents: \(hundred("r"))}
            assessments: \(hundred("s"))
            """
        let found = issues(parseJSON(text))
        #expect(found.first?.rule == .documentTooComplex)
        #expect(found.count <= InputError.maximumIssues + 1)
    }

    @Test func aDoubleEncodedDocumentIsRefused() throws {
        let issue = try #require(issues(parseJSON(json(answer: "", name: "RenÃ©e"))).first)
        #expect(issue.rule == .encodingSuspect)
        #expect(issue.detail.fr.contains("« Ã© » est sans doute « é »"))
    }

    // MARK: CSV

    let header = "organisation;référentiel;version;date;libellé;répondant;rôle;nom;critère;réponse;commentaire"

    func parseCSV(_ rows: [String]) -> Result<ImportBatch, InputError> {
        let text = ([header] + rows).joined(separator: "\r\n") + "\r\n"
        return Result { () throws(InputError) in try AssessmentCSVParser(catalog: Self.catalog).parse(text: text, path: "t.csv") }
    }

    @Test(arguments: ["1e19", "-1e19", "inf", "nan", "99999999999999999999", "0x10", "2,5", "1e"])
    func csvLevelsThatAreNotLevelsAreRefused(value: String) throws {
        let issue = try #require(issues(parseCSV(["ruche;mini;1.0.0;2025-03-14;2025;1;Direction;Claire;mn.regles-ecrites;\(value);"])).first)
        #expect(issue.location == SourceLocation(file: "t.csv", line: 2, column: 10))
        #expect(issue.field == "reponse")
    }

    @Test func frenchDatesAndRowsOfSeparators() throws {
        let batch = try parseCSV(["ruche;mini;1.0.0;14/03/2025;;1;Direction;Claire;mn.regles-ecrites;3;", ";;;;;;;;;;", " ; ;;;;;;;;;", ";;;"]).get()
        #expect(batch.assessments.count == 1)
        #expect(batch.assessments.first?.item.date == "2025-03-14")
        #expect(batch.assessments.first?.item.label == "2025")
    }

    @Test func csvTextsFollowTheSameRule() throws {
        let control = try #require(issues(parseCSV(["ruche;mini;1.0.0;2025-03-14;2025;1;Direction;Claire;mn.regles-ecrites;3;\"a\u{1}b\""])).first)
        #expect(control.location.column == 11)
        #expect(control.field == "commentaire")
        #expect(control.rule == .controlCharacter)
        let name = try #require(issues(parseCSV(["ruche;mini;1.0.0;2025-03-14;2025;1;Direction;\(String(repeating: "n", count: 101));mn.regles-ecrites;3;"])).first)
        #expect(name.field == "nom")
        #expect(name.rule == .textTooLong)
        let stored = try parseCSV(["ruche;mini;1.0.0;2025-03-14;2025;1;Direction;Claire;mn.regles-ecrites;3;\"un\u{0B}deux\""]).get()
        #expect(stored.assessments.first?.item.respondents.first?.answers["mn.regles-ecrites"]?.comment == "un\ndeux")
    }

    @Test func valuesAreQuotedShortInCSVMessages() throws {
        let criterion = String(repeating: "c", count: 10_000)
        let issue = try #require(issues(parseCSV(["ruche;mini;1.0.0;2025-03-14;2025;1;Direction;Claire;\(criterion);3;"])).first)
        #expect(issue.message(in: .fr).count < 250)
        #expect(issue.detail.fr.contains(String(repeating: "c", count: 80) + "… »"))
    }

    @Test func aDoubleEncodedCSVIsRefusedWithItsPlace() throws {
        let issue = try #require(issues(parseCSV(["ruche;mini;1.0.0;2025-03-14;2025;1;Direction;RenÃ©e;mn.regles-ecrites;3;"])).first)
        #expect(issue.location == SourceLocation(file: "t.csv", line: 2, column: 49))
        #expect(issue.rule == .encodingSuspect)
    }
}
