import Foundation
import Testing

/// Profiles and facts through the command line, on the shipped grids: `org add`/`org profile`,
/// `fill` skipping what does not apply, a fact entered once by two respondents (no average),
/// settled in `assess consensus`, and the JSON export round trip with profiles and facts.
@Suite struct ProfileAndFactCommandTests {
    let referentiels = CLIRunner.root.appendingPathComponent("referentiels").path
    let directory: URL
    let db: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-facts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        db = directory.appendingPathComponent("facts.sqlite").path
    }

    func pratiques(_ arguments: [String], input: String? = nil, db: String? = nil) throws -> CLIRunner.Result {
        let result = try CLIRunner.run(arguments + ["--db", db ?? self.db, "--referentiels", referentiels], input: input)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    /// The first assessment's facts, as `assess export` writes them.
    func exportedFacts() throws -> [[String: Any]] {
        let document = try JSONSerialization.jsonObject(with: Data(try pratiques(["assess", "export"]).stdout.utf8)) as? [String: Any]
        let assessments = document?["assessments"] as? [[String: Any]] ?? []
        return assessments.first?["facts"] as? [[String: Any]] ?? []
    }

    @Test func aFactIsEnteredOnceNeverAveragedAndSettledInConsensus() throws {
        _ = try pratiques(["org", "add", "jardins", "--name", "Les Jardins", "--legal-form", "association", "--size", "10-49"])
        // Léa enters the share of soft mobility (the first criterion of environnement 2.0.0)…
        _ = try pratiques(["fill", "jardins", "environnement", "--role", "direction", "--name", "Léa"], input: "35\nq\n")
        // …Karim sees her value and its author, and gives another one: kept as his proposal.
        let karim = try pratiques(["fill", "jardins", "environnement", "--role", "salarie", "--name", "Karim"], input: "40\nq\n")
        #expect(karim.stdout.contains("Valeur retenue : 35 % (saisie par Direction (Léa))"))
        #expect(karim.stdout.contains("Valeur différente gardée comme proposition"))
        var facts = try exportedFacts()
        #expect(facts.count == 1)
        #expect(facts[0]["criterion"] as? String == "env.part-mobilite-douce")
        #expect(facts[0]["number"] as? Double == 35)
        #expect((facts[0]["entered_by"] as? [String: Any])?["name"] as? String == "Léa")
        let proposals = facts[0]["proposals"] as? [[String: Any]] ?? []
        #expect(proposals.count == 1 && proposals[0]["name"] as? String == "Karim" && proposals[0]["number"] as? Double == 40)
        // One value, no mean: 35 % is level 2 (25 to 45 %), the proposal waits.
        let show = try pratiques(["assess", "show", "1"]).stdout
        #expect(show.contains("Valeur retenue : 35 % (saisie par Direction (Léa))"))
        #expect(show.contains("Autre valeur proposée par Salarié·e (Karim) : 40 %"))
        #expect(!show.contains("moyenne 37,5"))
        // The group settles it at 38 %: one value, proposals cleared.
        let consensus = try pratiques(["assess", "consensus", "1"], input: "38\nq\n").stdout
        #expect(consensus.contains("[1/1] env.part-mobilite-douce"))
        facts = try exportedFacts()
        #expect(facts[0]["number"] as? Double == 38)
        #expect(facts[0]["proposals"] == nil)
    }

    @Test func exportImportExportKeepsProfilesAndFactsByteForByte() throws {
        _ = try pratiques(["org", "add", "cafe", "--name", "Le Café", "--legal-form", "association", "--size", "0", "--board", "oui",
                           "--volunteers", "oui", "--general-assembly", "non"])
        _ = try pratiques(["fill", "cafe", "environnement", "--role", "benevole", "--name", "Sam"], input: "30\nq\n")
        _ = try pratiques(["fill", "cafe", "environnement", "--role", "direction"], input: "50\nq\n")
        let first = try pratiques(["assess", "export"]).stdout
        #expect(first.contains("\"has_general_assembly\" : false"))
        #expect(first.contains("\"entered_by\""))
        let file = directory.appendingPathComponent("export.json")
        try first.write(to: file, atomically: true, encoding: .utf8)
        let other = directory.appendingPathComponent("other.sqlite").path
        _ = try pratiques(["assess", "import", file.path], db: other)
        #expect(try pratiques(["assess", "export"], db: other).stdout == first)
    }

    @Test func fillSkipsWhatDoesNotApplyAndOrgProfileShowsTheProfile() throws {
        _ = try pratiques(["org", "add", "cafe", "--name", "Le Café", "--legal-form", "association", "--size", "0"])
        let fill = try pratiques(["fill", "cafe", "richesses-humaines", "--role", "benevole"], input: "q\n").stdout
        #expect(fill.contains("non posé(s) — ne s'applique pas à votre structure"))
        #expect(!fill.contains("] rh.part-cdi"))
        _ = try pratiques(["org", "add", "fondation", "--name", "La Fondation", "--legal-form", "fondation"])
        let profile = try pratiques(["org", "profile", "fondation", "--volunteers", "oui"]).stdout
        #expect(profile.contains("Assemblée générale : non (par la forme juridique)"))
        #expect(profile.contains("Bénévoles : oui"))
        #expect(try pratiques(["org", "show", "fondation"]).stdout.contains("Bénévoles : oui"))
        // « inconnu » makes a field unknown again.
        #expect(try pratiques(["org", "profile", "fondation", "--volunteers", "inconnu"]).stdout.contains("Bénévoles : inconnu"))
    }
}
