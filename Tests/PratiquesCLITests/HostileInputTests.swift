import Foundation
import Testing

/// Issue 11, the input side, where the user meets it: `assess import` (JSON, CSV, filled
/// questionnaires) and `fill` given numbers, texts, encodings and workbooks a stranger could
/// send. Every refusal exits 1 with one located line per problem, in French and English, and
/// leaves the database as it was; nothing crashes.
@Suite struct HostileInputTests {
    let referentiels = CLIRunner.root.appendingPathComponent("Tests/Fixtures/referentiels").path
    let directory: URL
    let db: String

    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let numbers = ["1e19", "-1e19", "inf", "nan", String(repeating: "9", count: 20), "0x10"]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        db = directory.appendingPathComponent("hostile.sqlite").path
        let created = try CLIRunner.run(["org", "add", "ruche", "--name", "La Ruche", "--legal-form", "association", "--db", db, "--referentiels", referentiels])
        #expect(created.status == 0, "\(created.stderr)")
    }

    func pratiques(_ arguments: [String], input: String? = nil, lang: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments + ["--db", db, "--referentiels", referentiels] + (lang.map { ["--lang", $0] } ?? []), input: input)
    }

    func write(_ text: String, _ name: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Everything the store holds, to show that a refused import changed nothing.
    func snapshot() throws -> String {
        try pratiques(["assess", "export"]).stdout
    }

    /// Imports `path`, expects a refusal whose every line starts with `prefix` (the file and its
    /// place) and the database unchanged; gives the message.
    @discardableResult
    func refused(_ path: String, startingWith prefix: String, lang: String? = nil) throws -> String {
        let before = try snapshot()
        let result = try pratiques(["assess", "import", path], lang: lang)
        #expect(result.status == 1, "\(path): \(result.stdout) \(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines { #expect(line.hasPrefix(prefix), "\(line)") }
        #expect(try snapshot() == before)
        return result.stderr
    }

    func json(answer: String, comment: String? = nil) -> String {
        let commentPart = comment.map { #", "comment": "\#($0)""# } ?? ""
        return #"{"assessments": [{"organisation": "ruche", "referentiel": "mini", "version": "1.0.0", "date": "2025-03-14", "label": "2025", "respondents": [{"role": "direction", "answers": [{"criterion": "mn.regles-ecrites", \#(answer)\#(commentPart)}]}]}]}"#
    }

    func csv(_ rows: [String]) -> String {
        "\u{FEFF}organisation;référentiel;version;date;libellé;répondant;rôle;nom;critère;réponse;commentaire\r\n" + rows.joined(separator: "\r\n") + "\r\n"
    }

    func runPython(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(arguments)")
    }

    /// The mini questionnaire filled with `cells` (`Règles!E5=#1e19`; `#` for a number).
    func questionnaire(_ name: String, _ cells: [String]) throws -> String {
        let blank = directory.appendingPathComponent("blank.xlsx").path
        if !FileManager.default.fileExists(atPath: blank) {
            #expect(try CLIRunner.run(["report", "questionnaire", "mini", "-o", blank, "--referentiels", referentiels]).status == 0)
        }
        let path = directory.appendingPathComponent(name).path
        try runPython([CLIRunner.root.appendingPathComponent("scripts/fill_questionnaire.py").path, blank, path,
                       "Répondant!B4=ruche", "Répondant!B5=Direction"] + cells)
        return path
    }

    // MARK: Numbers (item 2)

    @Test func numbersThatAreNotLevelsAreRefusedInJSONAndCSV() throws {
        for (index, number) in Self.numbers.enumerated() {
            let document = try write(json(answer: #""level": \#(number)"#), "level-\(index).json")
            let message = try refused(document, startingWith: "\(document):1:")
            #expect(message.contains("assessments[0].respondents[0].answers[0].level:"))
            let table = try write(csv(["ruche;mini;1.0.0;2025-03-14;2025;1;Direction;Claire;mn.regles-ecrites;\(number);"]), "level-\(index).csv")
            try refused(table, startingWith: "\(table):2:10: reponse:")
        }
    }

    @Test(.enabled(if: python != nil, "python3 absent: questionnaires cannot be filled, test skipped"))
    func numbersThatAreNotLevelsAreRefusedInAWorkbookCell() throws {
        for (index, number) in Self.numbers.enumerated() {
            let workbook = try questionnaire("level-\(index).xlsx", ["Règles!E5=#\(number)"])
            let message = try refused(workbook, startingWith: "\(workbook): Règles!E5:")
            #expect(message.contains("0x10") || message.contains("inf") || message.contains("nan") || message.contains("n'est pas un niveau"), "\(message)")
        }
    }

    @Test func numbersTypedInFillAreAskedAgainNeverACrash() throws {
        let typed = Self.numbers + ["2,5", "1 234", "3"]
        let result = try pratiques(["fill", "ruche", "mini", "--role", "direction"], input: typed.joined(separator: "\n") + "\nq\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("« 1e19 » : nombre hors des limites permises pour un niveau"))
        #expect(result.stdout.contains("« 0x10 » n'est pas un niveau"))
        #expect(result.stdout.contains("« 2,5 » n'est pas un niveau"))
        // The last one, 3, is the answer kept.
        let show = try pratiques(["assess", "show", "1"])
        #expect(show.stdout.contains("Direction : 3 Établi"), "\(show.stdout)")
    }

    // MARK: Hostile workbooks (item 3)

    @Test(.enabled(if: python != nil, "python3 absent: hostile workbooks cannot be written, test skipped"))
    func hostileWorkbooksAreRefusedNamingTheFileAndThePart() throws {
        let source = try questionnaire("source.xlsx", ["Règles!E5=3 — Établi"])
        let expected: [(kind: String, fr: String, en: String)] = [
            ("zip-bomb", "Règles: classeur .xlsx illisible (xl/worksheets/sheet2.xml) : partie de plus de 2097152 octets une fois décompressée",
             "Règles: unreadable .xlsx workbook (xl/worksheets/sheet2.xml): part larger than 2097152 bytes once inflated"),
            ("big-part", "Règles: classeur .xlsx illisible (xl/worksheets/sheet2.xml) : partie de plus de 2097152 octets",
             "Règles: unreadable .xlsx workbook (xl/worksheets/sheet2.xml): part larger than 2097152 bytes"),
            ("deep-nesting", "Règles: classeur .xlsx illisible (xl/worksheets/sheet2.xml) : XML imbriqué sur plus de 64 niveaux",
             "Règles: unreadable .xlsx workbook (xl/worksheets/sheet2.xml): XML nested more than 64 levels deep"),
            ("huge-column", "Règles: classeur .xlsx illisible (xl/worksheets/sheet2.xml) : référence de cellule « AAAAAAAAAAAAAAAA5 » hors de la feuille",
             "Règles: unreadable .xlsx workbook (xl/worksheets/sheet2.xml): cell reference 'AAAAAAAAAAAAAAAA5' outside the sheet"),
            ("huge-row", "Règles: classeur .xlsx illisible (xl/worksheets/sheet2.xml) : numéro de ligne « 9223372036854775807 » hors de la feuille",
             "Règles: unreadable .xlsx workbook (xl/worksheets/sheet2.xml): row number '9223372036854775807' outside the sheet"),
            ("row-overflow", "Règles: classeur .xlsx illisible (xl/worksheets/sheet2.xml) : numéro de ligne « 99999999999999999999999 »",
             "Règles: unreadable .xlsx workbook (xl/worksheets/sheet2.xml): row number '99999999999999999999999'"),
            ("many-cells", "Règles!", "Règles!"),
            ("many-shared-strings", "xl/sharedStrings.xml: classeur .xlsx illisible : plus de 50000 textes partagés",
             "xl/sharedStrings.xml: unreadable .xlsx workbook: more than 50000 shared strings"),
            ("long-cell", "Règles!F5: classeur .xlsx illisible (xl/worksheets/sheet2.xml) : texte de plus de 32767 caractères",
             "Règles!F5: unreadable .xlsx workbook (xl/worksheets/sheet2.xml): text longer than 32767 characters"),
            ("doctype", "Règles: classeur .xlsx illisible (xl/worksheets/sheet2.xml) : déclaration DOCTYPE refusée",
             "Règles: unreadable .xlsx workbook (xl/worksheets/sheet2.xml): DOCTYPE declaration refused"),
            ("many-entries", "classeur .xlsx illisible : archive de plus de 10000 entrées", "unreadable .xlsx workbook: archive with more than 10000 entries"),
            ("many-sheets", "xl/workbook.xml: classeur .xlsx illisible : plus de 1000 feuilles", "xl/workbook.xml: unreadable .xlsx workbook: more than 1000 sheets"),
            ("bad-shared-index", "Règles!E5: classeur .xlsx illisible (xl/worksheets/sheet2.xml) : texte partagé « 99999999999999999999 » absent",
             "Règles!E5: unreadable .xlsx workbook (xl/worksheets/sheet2.xml): shared string '99999999999999999999' missing"),
            ("bad-number", "Règles!E5: classeur .xlsx illisible (xl/worksheets/sheet2.xml) : nombre « 0x10 » illisible",
             "Règles!E5: unreadable .xlsx workbook (xl/worksheets/sheet2.xml): unreadable number '0x10'"),
            ("broken-xml", "Règles: classeur .xlsx illisible (xl/worksheets/sheet2.xml) : XML mal formé ou incomplet",
             "Règles: unreadable .xlsx workbook (xl/worksheets/sheet2.xml): malformed or incomplete XML"),
            ("not-a-zip", "classeur .xlsx illisible : ce n'est pas une archive zip", "unreadable .xlsx workbook: not a zip archive"),
        ]
        for item in expected {
            let path = directory.appendingPathComponent("\(item.kind).xlsx").path
            try runPython([CLIRunner.root.appendingPathComponent("scripts/hostile_xlsx.py").path, source, path, item.kind])
            let french = try refused(path, startingWith: "\(path): ")
            #expect(french.hasPrefix("\(path): \(item.fr)"), "\(item.kind): \(french)")
            let english = try refused(path, startingWith: "\(path): ", lang: "en")
            #expect(english.hasPrefix("\(path): \(item.en)"), "\(item.kind): \(english)")
        }
    }

    @Test(.enabled(if: python != nil, "python3 absent: hostile workbooks cannot be written, test skipped"))
    func aWorkbookWhoseHeadersLieAboutSizesIsReadByItsBytes() throws {
        let source = try questionnaire("source.xlsx", ["Règles!E5=3 — Établi"])
        let path = directory.appendingPathComponent("lying.xlsx").path
        try runPython([CLIRunner.root.appendingPathComponent("scripts/hostile_xlsx.py").path, source, path, "lying-size"])
        let result = try pratiques(["assess", "import", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try pratiques(["assess", "show", "1"]).stdout.contains("Direction : 3 Établi"))
    }

    // MARK: Control characters and escapes (item 5)

    @Test func jsonSurrogatePairsAreReadAndControlCharactersRefused() throws {
        // What Python's json.dumps writes by default for « 🌱 été ».
        let pair = try write(json(answer: #""level": 3"#, comment: #"\ud83c\udf31 \u00e9t\u00e9"#), "pair.json")
        #expect(try pratiques(["assess", "import", pair]).status == 0)
        #expect(try snapshot().contains(#""comment" : "🌱 été""#))

        for (index, escape) in [#"\u0000"#, #"\u0001"#, #"\u001b"#, #"\ud83c"#, #"\udf31x"#].enumerated() {
            let path = try write(json(answer: #""level": 3"#, comment: "avant\(escape)après").replacingOccurrences(of: "2025", with: "2026"), "control-\(index).json")
            let message = try refused(path, startingWith: "\(path):1:")
            #expect(message.contains("caractère de contrôle") || message.contains("isolé"), "\(message)")
        }
    }

    @Test(.enabled(if: python != nil, "python3 absent: questionnaires cannot be filled, test skipped"))
    func controlCharactersInCSVAndWorkbookCells() throws {
        let table = try write(csv(["ruche;mini;1.0.0;2025-03-14;2025;1;Direction;Cl\u{1}aire;mn.regles-ecrites;3;"]), "control.csv")
        try refused(table, startingWith: "\(table):2:8: nom: nom du répondant : caractère de contrôle [U+0001] en position 3")
        let workbook = try questionnaire("control.xlsx", ["Règles!E5=3 — Établi", "Règles!F5=avant_x0001_après"])
        try refused(workbook, startingWith: "\(workbook): Règles!F5: commentaire : caractère de contrôle [U+0001] en position 6")
        // Word's line break, written `_x000B_` by Excel, is a line break in a comment.
        let lineBreak = try questionnaire("linebreak.xlsx", ["Règles!E5=3 — Établi", "Règles!F5=un_x000B_deux"])
        #expect(try pratiques(["assess", "import", lineBreak]).status == 0)
        #expect(try snapshot().contains(#""comment" : "un\ndeux""#))
    }

    // MARK: Text limits (item 4, at the door)

    @Test(.enabled(if: python != nil, "python3 absent: questionnaires cannot be filled, test skipped"))
    func textsLongerThanTheirLimitAreRefusedNamingTheField() throws {
        let long = String(repeating: "x", count: 5_001)
        let document = try write(json(answer: #""level": 3"#, comment: long), "long.json")
        let message = try refused(document, startingWith: "\(document):1:")
        #expect(message.contains("answers[0].comment: commentaire trop long : 5001 caractères, au plus 5000"))
        #expect(message.count < 400)
        let table = try write(csv(["ruche;mini;1.0.0;2025-03-14;2025;1;Direction;\(String(repeating: "n", count: 101));mn.regles-ecrites;3;"]), "long.csv")
        try refused(table, startingWith: "\(table):2:8: nom: nom du répondant trop long : 101 caractères, au plus 100")
        let workbook = try questionnaire("long.xlsx", ["Règles!E5=3 — Établi", "Règles!F5=\(long)"])
        try refused(workbook, startingWith: "\(workbook): Règles!F5: commentaire trop long : 5001 caractères, au plus 5000")

        // At the limit the comment is accepted, and the organisation's workbook is still written.
        let atLimit = try write(json(answer: #""level": 3"#, comment: String(repeating: "é", count: 5_000)), "limit.json")
        #expect(try pratiques(["assess", "import", atLimit]).status == 0)
        let report = directory.appendingPathComponent("ruche.xlsx").path
        let written = try pratiques(["report", "org", "ruche", "-o", report])
        #expect(written.status == 0, "\(written.stderr)")
    }

    @Test func aFreeTextTooLongTypedInFillIsAskedAgain() throws {
        // mini: règles-écrites, participation, entretiens, charte, remarques (text).
        let input = ["3", "50", "na", "o", String(repeating: "r", count: 5_001), "court", "q"].joined(separator: "\n") + "\n"
        let result = try pratiques(["fill", "ruche", "mini", "--role", "direction"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("réponse libre trop long : 5001 caractères, au plus 5000"))
        #expect(try snapshot().contains(#""text" : "court""#))
    }

    // MARK: French CSV as it really comes (item 9)

    @Test func frenchSpreadsheetCSV() throws {
        let table = try write(csv(["ruche;mini;1.0.0;14/03/2025;;1;Direction;Claire;mn.regles-ecrites;Établi;\"Revu en CA\"",
                                   "ruche;mini;1.0.0;14/03/2025;;1;Direction;Claire;mn.participation;42,5;",
                                   ";;;;;;;;;;", ";;;;;;;;;;", ";;;;;;;;;;"]), "excel.csv")
        let result = try pratiques(["assess", "import", table])
        #expect(result.status == 0, "\(result.stderr)")
        let list = try pratiques(["assess", "list", "--json"])
        #expect(list.stdout.contains(#""date" : "2025-03-14""#), "\(list.stdout)")
    }

    @Test func aDoubleEncodedCSVIsRefusedWithAHint() throws {
        let table = try write(csv(["ruche;mini;1.0.0;2025-03-14;2025;1;Direction;HÃ©lÃ¨ne;mn.regles-ecrites;3;"]), "mojibake.csv")
        let message = try refused(table, startingWith: "\(table):2:47: ")
        #expect(message.contains("« Ã© » est sans doute « é » enregistré en Windows-1252 puis relu comme UTF-8"))
        #expect(message.contains("« CSV UTF-8 »"))
    }

    @Test func refusalsQuoteAtMostEightyCharactersOfTheValue() throws {
        let criterion = String(repeating: "c", count: 10_000)
        let table = try write(csv(["ruche;mini;1.0.0;2025-03-14;2025;1;Direction;Claire;\(criterion);3;"]), "quote.csv")
        let message = try refused(table, startingWith: "\(table):2:9: critere: critère « \(String(repeating: "c", count: 80))… »")
        #expect(message.count < 300)
    }
}
