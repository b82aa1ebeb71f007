import Foundation
import Testing

/// `assess consensus` on a draft filled by two respondents through `fill`.
@Suite struct ConsensusCommandTests {
    let referentiels = CLIRunner.root.appendingPathComponent("Tests/Fixtures/referentiels").path
    let db: String

    init() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-consensus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        db = directory.appendingPathComponent("consensus.sqlite").path
    }

    func pratiques(_ arguments: [String], input: String? = nil) throws -> CLIRunner.Result {
        let result = try CLIRunner.run(arguments + ["--db", db, "--referentiels", referentiels], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    @Test func theGroupRecordsAgreedValuesForTheDivergentCriteria() throws {
        _ = try pratiques(["org", "add", "ruche", "--name", "La Ruche", "--legal-form", "association"])
        // Management: 4, 50 %, 2, yes. Volunteer: 1, 50 %, 2, no.
        _ = try pratiques(["fill", "ruche", "mini", "--role", "direction"], input: "4\n50\n2\no\nq\n")
        _ = try pratiques(["fill", "ruche", "mini", "--role", "benevole"], input: "1\n50\n2\nn\nq\n")
        // Divergent: mn.regles-ecrites (4 - 1 = 3 levels) and mn.charte (yes against no);
        // not mn.participation (both 50 % → level 3) nor mn.entretiens (2 and 2).
        let before = try pratiques(["assess", "show", "1"])
        #expect(before.stdout.contains("Divergences (écart de 2 niveaux ou plus) : 2 — mn.regles-ecrites, mn.charte"))
        // Without consensus: regles mean 2.5 → 62.5; Règles (62.5×2 + 75)/3 = 66.67;
        // charte mean 0.5 → 50, entretiens 2/4 → 50; Salariés 50; overall (66.67×2 + 50)/3 = 61.1.
        #expect(before.stdout.contains("Score global : 61,1/100"))

        // 7 is refused, then 3; for the charter a group comment, then « oui ».
        let session = try pratiques(["assess", "consensus", "1"], input: "7\n3\nc\naccord après discussion\no\n")
        #expect(session.stdout.contains("2 critère(s) à discuter"))
        #expect(session.stdout.contains("[1/2] mn.regles-ecrites"))
        #expect(session.stdout.contains("    Direction : 4 Exemplaire"))
        #expect(session.stdout.contains("    Bénévole : 1 Émergent"))
        #expect(session.stdout.contains("  Écart : 3  ⚠ divergence"))
        #expect(session.stdout.contains("niveau 7 hors de l'échelle"))
        #expect(session.stdout.contains("[2/2] mn.charte"))
        // With consensus: regles 3/4 → 75; Règles (75×2 + 75)/3 = 75; charte yes → 100;
        // Salariés (50 + 100)/2 = 75; overall 75.
        #expect(session.stdout.contains("2 valeur(s) retenue(s) enregistrée(s). Score global : 75,0/100"))

        let export = try pratiques(["assess", "export"])
        let document = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
        let assessment = (document?["assessments"] as? [[String: Any]])?.first
        let consensus = assessment?["consensus"] as? [[String: Any]] ?? []
        let byCriterion = Dictionary(uniqueKeysWithValues: consensus.map { ($0["criterion"] as! String, $0) })
        #expect(byCriterion.count == 2)
        #expect(byCriterion["mn.regles-ecrites"]?["level"] as? Int == 3)
        #expect(byCriterion["mn.charte"]?["yes"] as? Bool == true)
        #expect(byCriterion["mn.charte"]?["comment"] as? String == "accord après discussion")
        // The individual answers are unchanged.
        let respondents = assessment?["respondents"] as? [[String: Any]] ?? []
        let answers = (respondents.last?["answers"] as? [[String: Any]] ?? []).first { $0["criterion"] as? String == "mn.regles-ecrites" }
        #expect(answers?["level"] as? Int == 1)

        let after = try pratiques(["assess", "show", "1"])
        #expect(after.stdout.contains("    Consensus : 3 Établi"))
        #expect(after.stdout.contains("Score global : 75,0/100"))
        // Nothing left to discuss; --all visits every criterion, Enter keeps a recorded value.
        #expect(try pratiques(["assess", "consensus", "1"], input: "").stdout.contains("0 critère(s) à discuter"))
        let all = try pratiques(["assess", "consensus", "1", "--all"], input: "\nq\n")
        #expect(all.stdout.contains("5 critère(s) à discuter"))
        #expect(all.stdout.contains("Consensus actuel : 3 Établi ; Entrée pour le garder"))
        #expect(all.stdout.contains("0 valeur(s) retenue(s)"))
    }
}
