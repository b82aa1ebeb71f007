import Foundation
import Testing

/// `pratiques fill` driven through a pipe on the mini grid (5 criteria: mn.regles-ecrites level
/// 0-4, mn.participation number 0-100 %, mn.entretiens level with N/A, mn.charte yes/no,
/// mn.remarques text). What is stored is read back with `assess export`.
@Suite struct FillCommandTests {
    let referentiels = CLIRunner.root.appendingPathComponent("Tests/Fixtures/referentiels").path
    let db: String

    init() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-fill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        db = directory.appendingPathComponent("fill.sqlite").path
    }

    func pratiques(_ arguments: [String], input: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments + ["--db", db, "--referentiels", referentiels], input: input)
    }

    func addOrganisation() throws {
        #expect(try pratiques(["org", "add", "ruche", "--name", "La Ruche", "--legal-form", "association"]).status == 0)
    }

    func fill(_ input: String, role: String = "direction", name: String? = nil, extra: [String] = []) throws -> CLIRunner.Result {
        var arguments = ["fill", "ruche", "mini", "--role", role] + extra
        if let name { arguments += ["--name", name] }
        let result = try pratiques(arguments, input: input)
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    /// The stored assessments, as `assess export` writes them.
    func assessments() throws -> [[String: Any]] {
        let result = try pratiques(["assess", "export"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return document?["assessments"] as? [[String: Any]] ?? []
    }

    /// One respondent's answers keyed by criterion id.
    func answers(assessment: Int = 0, respondent: Int = 0) throws -> [String: [String: Any]] {
        let respondents = try assessments()[assessment]["respondents"] as? [[String: Any]] ?? []
        let list = respondents[respondent]["answers"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: list.map { ($0["criterion"] as! String, $0) })
    }

    /// The first `[k/5]` criterion header the session printed.
    func firstHeader(_ output: String) -> String? {
        output.split(separator: "\n").first { $0.hasPrefix("[") && $0.contains("/5] ") }.map(String.init)
    }

    @Test func answersSkipBackCommentAndQuitAreStoredAsGiven() throws {
        try addOrganisation()
        // 1: level 2, then a comment; 2: skipped; 3: n/a; back to 3, empty line keeps n/a;
        // 4: « oui »; then quit at 5.
        let result = try fill("2\n?\nna\nb\n\nc\nsignée en 2023\no\nq\n", name: "Claire")
        #expect(result.stdout.contains("Nouveau brouillon n° 1."))
        #expect(result.stdout.contains("Réponses enregistrées (3/5)"))
        let stored = try answers()
        #expect(stored.count == 3)
        #expect(stored["mn.regles-ecrites"]?["level"] as? Int == 2)
        #expect(stored["mn.participation"] == nil, "skipped: nothing stored")
        #expect(stored["mn.entretiens"]?["not_applicable"] as? Bool == true)
        #expect(stored["mn.charte"]?["yes"] as? Bool == true)
        #expect(stored["mn.charte"]?["comment"] as? String == "signée en 2023")
        let assessment = try assessments()[0]
        #expect(assessment["status"] as? String == "draft")
        let respondent = (assessment["respondents"] as? [[String: Any]])?.first
        #expect(respondent?["role"] as? String == "direction")
        #expect(respondent?["name"] as? String == "Claire")
    }

    @Test func resumesWhereItStoppedThenComesBackToSkippedCriteria() throws {
        try addOrganisation()
        _ = try fill("3\n?\nq\n")
        // Stopped at 3 after skipping 2: resumes at 3, not at the skipped 2.
        let second = try fill("1\nq\n")
        #expect(firstHeader(second.stdout) == "[3/5] mn.entretiens")
        #expect(try answers()["mn.entretiens"]?["level"] as? Int == 1)
        // 4 and 5 answered: the end is passed with 2 still unanswered.
        let third = try fill("n\nRAS\n")
        #expect(firstHeader(third.stdout) == "[4/5] mn.charte")
        #expect(third.stdout.contains("1 critère(s) sans réponse (mn.participation)"))
        // Next run goes back to the skipped criterion: decimal comma accepted.
        let fourth = try fill("45,5\nn\n")
        #expect(firstHeader(fourth.stdout) == "[2/5] mn.participation")
        let stored = try answers()
        #expect(stored["mn.participation"]?["number"] as? Double == 45.5)
        #expect(stored["mn.remarques"]?["text"] as? String == "RAS")
        #expect(fourth.stdout.contains("Questionnaire terminé : 5/5"))
        // Scores: 3/4 = 75, 45.5 % is in band 3 → 75, entretiens 1/4 = 25, charte no = 0.
        // Règles (weights 2 and 1): (75×2 + 75×1)/3 = 75; Salariés: (25 + 0)/2 = 12.5;
        // overall (dimension weights 2 and 1): (75×2 + 12.5×1)/3 = 54.17.
        #expect(fourth.stdout.contains("Score global (1 répondant(s), mini@1.0.0) : 54,2/100"))
        #expect(fourth.stdout.contains("  Règles : 75,0/100"))
        #expect(fourth.stdout.contains("  Salariés : 12,5/100"))
        // Gaps to the top of the scale: charte 1-0 = 1, entretiens 4-1 = 3, the two others 4-3 = 1.
        let furthest = fourth.stdout.components(separatedBy: "Les critères les plus loin de leur objectif :\n").last ?? ""
        let ids = furthest.split(separator: "\n").prefix(3).map { $0.trimmingCharacters(in: .whitespaces).components(separatedBy: " ").first ?? "" }
        #expect(ids == ["mn.entretiens", "mn.regles-ecrites", "mn.participation"])
        // Declined: still a draft.
        #expect(try assessments()[0]["status"] as? String == "draft")
    }

    @Test func invalidInputIsRefusedAndNothingIsStored() throws {
        try addOrganisation()
        // 7 is outside 0-4; « beaucoup » is not a level; 150 is outside 0-100; na is not allowed for mn.charte.
        let result = try fill("7\nbeaucoup\n4\n150\n60\n?\nna\nq\n")
        #expect(result.stdout.contains("niveau 7 hors de l'échelle « maturite » (0, 1, 2, 3, 4)"))
        #expect(result.stdout.contains("« beaucoup » n'est pas un niveau"))
        #expect(result.stdout.contains("150 hors des bornes [0 ; 100] du critère mn.participation"))
        #expect(result.stdout.contains("« non applicable » n'est pas permis pour le critère mn.charte"))
        let stored = try answers()
        #expect(stored.count == 2)
        #expect(stored["mn.regles-ecrites"]?["level"] as? Int == 4)
        #expect(stored["mn.participation"]?["number"] as? Double == 60)
    }

    @Test func endOfInputActsLikeQuit() throws {
        try addOrganisation()
        let result = try fill("1\n")
        #expect(result.stdout.contains("Réponses enregistrées (1/5)"))
        #expect(try answers().count == 1)
    }

    @Test func completingTheLastCriterionOffersToMarkTheAssessmentComplete() throws {
        try addOrganisation()
        let result = try fill("4\n70\n4\no\nbien\no\n")
        #expect(result.stdout.contains("Évaluation n° 1 terminée."))
        #expect(try assessments()[0]["status"] as? String == "complete")
        // A complete assessment is no longer filled: the next fill starts a new draft.
        let next = try fill("q\n")
        #expect(next.stdout.contains("Nouveau brouillon n° 2."))
    }

    @Test func eachRespondentKeepsTheirOwnAnswersAndDivergencesShow() throws {
        try addOrganisation()
        _ = try fill("4\nq\n", role: "direction")
        _ = try fill("1\nq\n", role: "benevole", name: "Paul")
        _ = try fill("3\nq\n", role: "benevole", name: "Awa")
        // Resuming one of them finds their own answers.
        let paul = try fill("q\n", role: "benevole", name: "paul")
        #expect(firstHeader(paul.stdout) == "[2/5] mn.participation")
        let stored = try assessments()
        #expect(stored.count == 1, "one draft, three respondents")
        #expect((stored[0]["respondents"] as? [Any])?.count == 3)
        #expect(try answers(respondent: 0)["mn.regles-ecrites"]?["level"] as? Int == 4)
        #expect(try answers(respondent: 1)["mn.regles-ecrites"]?["level"] as? Int == 1)
        #expect(try answers(respondent: 2)["mn.regles-ecrites"]?["level"] as? Int == 3)
        // Two named volunteers and no name given: ambiguous too, nothing is created.
        let noName = try pratiques(["fill", "ruche", "mini", "--role", "benevole"], input: "q\n")
        #expect(noName.status == 1)
        #expect(noName.stderr.contains("benevole « Paul », benevole « Awa »"))
        #expect((try assessments()[0]["respondents"] as? [Any])?.count == 3)
        // Without a role, three respondents are ambiguous.
        let ambiguous = try pratiques(["fill", "ruche", "mini"], input: "q\n")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("précisez --role et --name"))
        // assess show: every answer with its role and name, the spread (4 - 1 = 3) and the flag.
        let show = try pratiques(["assess", "show", "1"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Direction : 4 Exemplaire"))
        #expect(show.stdout.contains("Bénévole (Paul) : 1 Émergent"))
        #expect(show.stdout.contains("Bénévole (Awa) : 3 Établi"))
        #expect(show.stdout.contains("écart 3") && show.stdout.contains("⚠ divergence"))
    }

    @Test func killedBetweenTwoAnswersLosesNothingAndResumesThere() throws {
        try addOrganisation()
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["fill", "ruche", "mini", "--role", "salarie", "--db", db, "--referentiels", referentiels]
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen = ""
        func waitFor(_ marker: String) {
            while !seen.contains(marker) {
                let chunk = stdout.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen += String(decoding: chunk, as: UTF8.self)
            }
        }
        waitFor("[1/5] mn.regles-ecrites")
        waitFor("] > ")
        stdin.fileHandleForWriting.write(Data("2\n".utf8))
        waitFor("[2/5] mn.participation")
        stdin.fileHandleForWriting.write(Data("33\n".utf8))
        // The prompt of criterion 3 is printed: answers 1 and 2 were written before it.
        waitFor("[3/5] mn.entretiens")
        waitFor("? passer") // French typography puts a narrow no-break space before the "?"
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let stored = try answers()
        #expect(stored.count == 2)
        #expect(stored["mn.regles-ecrites"]?["level"] as? Int == 2)
        #expect(stored["mn.participation"]?["number"] as? Double == 33)
        let rerun = try fill("q\n", role: "salarie")
        #expect(firstHeader(rerun.stdout) == "[3/5] mn.entretiens")
        #expect(!rerun.stdout.contains("Nouveau brouillon"))
    }

    @Test func carriedAnswersAreProposalsToConfirmOrReplace() throws {
        let directory = URL(fileURLWithPath: db).deletingLastPathComponent()
        let draft = directory.appendingPathComponent("draft.json")
        try """
            {"organisations": [{"id": "ruche", "name": "La Ruche", "legal_form": "association"}],
             "assessments": [{"organisation": "ruche", "referentiel": "mini", "version": "1.0.0", "date": "2025-03-01", "label": "2025",
               "status": "draft",
               "respondents": [{"role": "direction", "answers": [
                 {"criterion": "mn.regles-ecrites", "level": 3, "comment": "revu", "origin": "évaluation 4 (mini 1.0.0)"},
                 {"criterion": "mn.participation", "number": 20, "origin": "évaluation 4 (mini 1.0.0)"},
                 {"criterion": "mn.charte", "yes": true}]}]}]}
            """.write(to: draft, atomically: true, encoding: .utf8)
        #expect(try pratiques(["assess", "import", draft.path]).status == 0)
        // Starts at 1: a carried answer is not done until confirmed. Enter confirms it;
        // « 50 » replaces the carried 20; then quit at 3.
        let result = try fill("\n50\nq\n")
        #expect(firstHeader(result.stdout) == "[1/5] mn.regles-ecrites")
        #expect(result.stdout.contains("Reprise de évaluation 4 (mini 1.0.0) : 3 Établi ; Entrée pour confirmer"))
        #expect(!result.stdout.contains("Nouveau brouillon"), "the imported draft is the one filled")
        let stored = try answers()
        #expect(stored["mn.regles-ecrites"]?["level"] as? Int == 3)
        #expect(stored["mn.regles-ecrites"]?["comment"] as? String == "revu")
        #expect(stored["mn.regles-ecrites"]?["origin"] as? String == "confirmé · évaluation 4 (mini 1.0.0)")
        #expect(stored["mn.participation"]?["number"] as? Double == 50)
        #expect(stored["mn.participation"]?["origin"] == nil)
        // The answer typed in (charte) is done; resuming goes to 3 (entretiens), then 5.
        let second = try fill("1\n?\n")
        #expect(firstHeader(second.stdout) == "[3/5] mn.entretiens")
        #expect(second.stdout.contains("[5/5] mn.remarques"))
        #expect(!second.stdout.contains("[4/5]"))
    }
}
