import Foundation
import Testing

/// Versions end to end through the CLI: validation across versions, diff, scores carried across
/// three versions of gouvernance démocratique, `assess new --from`, and the refusal of a grid
/// file changed without a version bump wherever it would be used.
@Suite struct VersionCommandTests {
    let root = CLIRunner.root

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-versions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the shipped grids in a temporary directory.
    func copyOfGrids(in directory: URL) throws -> URL {
        let target = directory.appendingPathComponent("referentiels")
        try FileManager.default.copyItem(at: root.appendingPathComponent("referentiels"), to: target)
        return target
    }

    /// A copy of the shipped grids as they were while gouvernance démocratique 2.0.0 was its newest
    /// version (3.0.0 removed): the figures of the carrying tests are computed on 2.0.0.
    func gridsUntilGouvernance2(in directory: URL) throws -> String {
        let grids = try copyOfGrids(in: directory)
        try FileManager.default.removeItem(at: grids.appendingPathComponent("gouvernance-democratique/3.0.0.yaml"))
        return grids.path
    }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// One organisation assessed on gouvernance démocratique 1.0.0 by one respondent, every
    /// level criterion at 2 except regles-ecrites 4, preparation-ag 1 and vie-instances 4;
    /// turnout 30 % (band 25 → level 2), women on the board 35 % (band 30 → level 2).
    static let oneAssessment = """
        {"organisations": [{"id": "coop", "name": "Coop", "legal_form": "scop"}],
         "assessments": [{"organisation": "coop", "referentiel": "gouvernance-democratique", "version": "1.0.0",
           "date": "2024-03-01", "label": "2024", "respondents": [{"role": "direction", "name": "Ana", "answers": [
             {"criterion": "gd.regles-ecrites", "level": 4, "comment": "règlement voté"},
             {"criterion": "gd.revision-regles", "level": 2},
             {"criterion": "gd.un-membre-une-voix", "level": 2},
             {"criterion": "gd.taux-participation-ag", "number": 30},
             {"criterion": "gd.preparation-ag", "level": 1},
             {"criterion": "gd.vie-instances", "level": 4},
             {"criterion": "gd.participation-salaries-usagers", "level": 2},
             {"criterion": "gd.part-femmes-ca", "number": 35},
             {"criterion": "gd.diversite-instances", "level": 2},
             {"criterion": "gd.renouvellement-mandats", "level": 2},
             {"criterion": "gd.dirigeants-elus", "level": 2},
             {"criterion": "gd.transparence-decisions", "level": 2},
             {"criterion": "gd.accueil-benevoles", "level": 2},
             {"criterion": "gd.information-financiere", "level": 0}]}]}]}
        """

    @Test func scoreCarriesAnAssessmentOntoTheNewestVersion() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("coop.json")
        try Self.oneAssessment.write(to: file, atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("p.sqlite").path
        let grids = try gridsUntilGouvernance2(in: directory)
        #expect(try CLIRunner.run(["assess", "import", file.path, "--db", db, "--referentiels", grids]).status == 0)
        let result = try CLIRunner.run(["score", "coop", "--db", db, "--json", "--referentiels", grids])
        #expect(result.status == 0, "\(result.stderr)")
        let history = try #require(try json(result.stdout) as? [[String: Any]])
        let item = try #require(history.first)
        #expect(item["carried"] as? Bool == true)
        let score = try #require(item["score"] as? [String: Any])
        #expect((score["referentiel"] as? [String: Any])?["version"] as? String == "2.0.0")
        // On 2.0.0: gd.regles = formalisees 4 (100), appropriees 4 (100), revision 2 (50), un-membre 2 (50) → 300 / 4 = 75;
        // gd.instances = turnout 2 (50), qualite-deliberation mean(1, 4) = 2.5 → 3 (75), participation 2 (50),
        // concertation unanswered → 175 / 3; gd.representativite = 50; gd.transparence = 50 (information-financiere dropped).
        let dimensions = try #require(score["dimensions"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: dimensions.map { ($0["dimensionID"] as! String, $0["score"] as? Double) })
        #expect(byID["gd.regles"] == 75)
        let instances: Double = try #require(byID["gd.instances"] ?? nil)
        #expect(abs(instances - 175.0 / 3) < 1e-9)
        #expect(byID["gd.representativite"] == 50)
        #expect(byID["gd.transparence"] == 50)
        let overall: Double = try #require(score["overall"] as? Double)
        let expected: Double = (75 + 175.0 / 3 + 50 + 50) / 4
        #expect(abs(overall - expected) < 1e-9)
        // 14 criteria on 2.0.0, 13 answered.
        #expect(score["applicable"] as? Int == 14)
        #expect(score["answered"] as? Int == 13)
        let carry = try #require(item["carry"] as? [String: Any])
        #expect(carry["path"] as? [String] == ["1.0.0", "1.1.0", "2.0.0"])
        let lost = try #require(carry["notComparable"] as? [[String: Any]])
        #expect(Set(lost.map { "\($0["criterionID"]!) \($0["reason"]!) \($0["version"]!)" })
                == ["gd.information-financiere dropped 2.0.0", "gd.concertation-strategie added 1.1.0"])

        let text = try CLIRunner.run(["score", "coop", "--db", db, "--referentiels", grids])
        #expect(text.stdout.contains("1.0.0 → 2.0.0"))
        #expect(text.stdout.contains("* valeur reprise d'une version antérieure (1.0.0 → 1.1.0 → 2.0.0)"))
        #expect(text.stdout.contains("gd.preparation-ag + gd.vie-instances → gd.qualite-deliberation (fusion par moyenne)"))
        #expect(text.stdout.contains("non comparables : gd.information-financiere (supprimé en 2.0.0) ; gd.concertation-strategie (ajouté en 1.1.0, sans réponse antérieure)"))
    }

    @Test func assessNewFromCarriesTheAnswersWithTheirOrigin() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("coop.json")
        try Self.oneAssessment.write(to: file, atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("p.sqlite").path
        let grids = try gridsUntilGouvernance2(in: directory)
        #expect(try CLIRunner.run(["assess", "import", file.path, "--db", db, "--referentiels", grids]).status == 0)
        let created = try CLIRunner.run(["assess", "new", "coop", "gouvernance-democratique", "--from", "1", "--db", db,
                                         "--date", "2025-03-01", "--label", "2025", "--referentiels", grids])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Brouillon 2 créé : coop, gouvernance-democratique@2.0.0"))
        #expect(created.stdout.contains("À renseigner sans reprise : gd.concertation-strategie"))
        #expect(created.stdout.contains("Non repris : gd.information-financiere (supprimé en 2.0.0)"))
        let shown = try CLIRunner.run(["assess", "show", "2", "--db", db, "--json", "--referentiels", grids])
        let document = try #require(try json(shown.stdout) as? [String: Any])
        let assessment = try #require(document["assessment"] as? [String: Any])
        #expect(assessment["status"] as? String == "draft")
        #expect((assessment["referentiel"] as? [String: Any])?["version"] as? String == "2.0.0")
        let respondents = try #require(assessment["respondents"] as? [[String: Any]])
        #expect(respondents.count == 1)
        #expect(respondents.first?["role"] as? String == "direction")
        #expect(respondents.first?["name"] as? String == "Ana")
        let answers = try #require(respondents.first?["answers"] as? [String: [String: Any]])
        // 13 answers: 14 given on 1.0.0, minus information-financiere (dropped), minus preparation-ag
        // and vie-instances merged into one, plus regles-ecrites split into two.
        let expectedCount: Int = 14 - 1 - 2 + 1 - 1 + 2
        #expect(answers.count == expectedCount)
        let merged = try #require(answers["gd.qualite-deliberation"])
        #expect((merged["value"] as? [String: Any])?["level"] as? [String: Int] == ["_0": 3])
        #expect(merged["origin"] as? String == "gouvernance-democratique@1.0.0 gd.preparation-ag + gd.vie-instances → gd.qualite-deliberation (merge (mean))")
        let split = try #require(answers["gd.regles-appropriees"])
        #expect(split["comment"] as? String == "règlement voté")
        #expect(split["origin"] as? String == "gouvernance-democratique@1.0.0 gd.regles-ecrites → gd.regles-appropriees (split)")
        #expect(answers.values.allSatisfy { ($0["origin"] as? String)?.hasPrefix("gouvernance-democratique@1.0.0 ") == true })
        // The earlier assessment is unchanged.
        let earlier = try #require(try json(try CLIRunner.run(["assess", "show", "1", "--db", db, "--json", "--referentiels", grids]).stdout) as? [String: Any])
        let earlierAnswers = ((earlier["assessment"] as? [String: Any])?["respondents"] as? [[String: Any]])?.first?["answers"] as? [String: [String: Any]]
        #expect(earlierAnswers?.count == 14)
        #expect(earlierAnswers?.values.allSatisfy { $0["origin"] == nil } == true)
        // Another organisation's assessment cannot be the source.
        let wrong = try CLIRunner.run(["assess", "new", "coop", "environnement", "--from", "1", "--db", db, "--referentiels", grids])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("l'évaluation 1 est celle de coop sur gouvernance-democratique@1.0.0, pas de coop sur environnement"))
    }

    @Test func aGridChangedWithoutABumpIsRefusedWhereverItWouldBeUsed() throws {
        let directory = try temporaryDirectory()
        let grids = try copyOfGrids(in: directory)
        let db = directory.appendingPathComponent("p.sqlite").path
        let sample = root.appendingPathComponent("samples/organisations/scop-les-charpentiers.json").path
        let imported = try CLIRunner.run(["assess", "import", sample, "--db", db, "--referentiels", grids.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        // Edit one descriptor of 1.0.0, which one assessment uses, without changing the version.
        let path = grids.appendingPathComponent("gouvernance-democratique/1.0.0.yaml")
        let text = try String(contentsOf: path, encoding: .utf8)
        let old = "0: Aucun compte rendu n'est rédigé."
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: "0: Aucun compte rendu n'est jamais rédigé.").write(to: path, atomically: true, encoding: .utf8)
        let other = root.appendingPathComponent("samples/organisations/ruche-amienoise.json").path
        let commands: [[String]] = [
            ["score", "scop-les-charpentiers"],
            ["report", "org", "scop-les-charpentiers", "-o", directory.appendingPathComponent("r.xlsx").path],
            ["assess", "new", "scop-les-charpentiers", "gouvernance-democratique"],
            ["assess", "import", other],
        ]
        for command in commands {
            let result = try CLIRunner.run(command + ["--db", db, "--referentiels", grids.path, "--lang", "en"])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("gouvernance-democratique"), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("version 1.0.0 changed without a version bump while 1 assessment(s) use it; bump the version"),
                    "\(command): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("r.xlsx").path))
        // Nothing was written: still the one organisation's 12 assessments.
        let list = try CLIRunner.run(["assess", "list", "--db", db, "--referentiels", grids.path])
        #expect(list.stdout.components(separatedBy: "\n").filter { $0.contains("@") }.count == 12)
    }

    @Test func validateChecksTheRulesBetweenVersions() throws {
        let directory = try temporaryDirectory()
        let grids = try copyOfGrids(in: directory)
        let ok = try CLIRunner.run(["referentiel", "validate", grids.path])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("✓ gouvernance-democratique : 1.0.0 → 1.1.0 → 2.0.0 → 3.0.0 (règles de version respectées)"))
        // Forget the dropped criterion in 2.0.0's migration.
        let path = grids.appendingPathComponent("gouvernance-democratique/2.0.0.yaml")
        let text = try String(contentsOf: path, encoding: .utf8)
        let dropped = "  - kind: dropped\n    from: [gd.information-financiere]\n"
        #expect(text.contains(dropped))
        let changed = text.replacingOccurrences(of: dropped, with: "")
        try changed.write(to: path, atomically: true, encoding: .utf8)
        // Located at the migration block (its first key).
        let line = changed.components(separatedBy: "\n").firstIndex { $0 == "  from: 1.1.0" }! + 1
        let result = try CLIRunner.run(["referentiel", "validate", grids.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path.path):\(line):3: migration.criteria: criterion 'gd.information-financiere' of version 1.1.0 is forgotten"))
        #expect(result.stderr.contains("[rule migration-incomplete]"))
    }

    @Test func diffShowsWhatChangedAndWhereAnswersGo() throws {
        let result = try CLIRunner.run(["referentiel", "diff", "gouvernance-democratique", "1.0.0", "2.0.0"])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.contains("− gd.regles-ecrites supprimé → gd.regles-formalisees, gd.regles-appropriees (scission)"))
        #expect(lines.contains("+ gd.concertation-strategie ajouté sans prédécesseur"))
        #expect(lines.contains("− gd.information-financiere supprimé sans successeur"))
        #expect(lines.contains("gd.preparation-ag + gd.vie-instances → gd.qualite-deliberation (fusion par moyenne)"))
        let json = try #require(try json(try CLIRunner.run(["referentiel", "diff", "gouvernance-democratique", "1.0.0", "1.1.0", "--json"]).stdout) as? [String: Any])
        let criteria = try #require(json["criteria"] as? [[String: Any]])
        #expect(criteria.count == 1)
        #expect(criteria.first?["id"] as? String == "gd.concertation-strategie")
        #expect(criteria.first?["changes"] as? [String] == ["added"])
        let unknown = try CLIRunner.run(["referentiel", "diff", "gouvernance-democratique", "1.0.0", "9.0.0"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("versions connues : 1.0.0, 1.1.0, 2.0.0, 3.0.0"))
    }
}
