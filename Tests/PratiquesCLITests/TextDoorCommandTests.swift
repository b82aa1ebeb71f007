import Foundation
import Testing

/// Free text typed on the command line goes through the same rule as imported text (issue 11,
/// item 4): too long, or holding a control character or a line break where one line is
/// expected, it is refused with the field named, in French and English, and nothing is written.
@Suite struct TextDoorCommandTests {
    let referentiels = CLIRunner.root.appendingPathComponent("Tests/Fixtures/referentiels").path
    let safety = ImportSafetyTests()

    func run(_ arguments: [String], _ db: String, lang: String = "fr") throws -> CLIRunner.Result {
        try CLIRunner.run(arguments + ["--db", db, "--referentiels", referentiels, "--lang", lang])
    }

    func store() throws -> String {
        let db = try safety.temporaryDirectory().appendingPathComponent("base.sqlite").path
        #expect(try run(["org", "add", "ruche", "--name", "La Ruche", "--legal-form", "association"], db).status == 0)
        return db
    }

    @Test func organisationFieldsAreCheckedAtTheDoor() throws {
        let db = try store()
        let long = String(repeating: "é", count: 201)
        let refused = try run(["org", "add", "longue", "--name", long, "--legal-form", "association"], db)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("nom de l'organisation trop long\u{202F}: 201 caractères, au plus 200")
                || refused.stderr.contains("nom de l'organisation trop long : 201 caractères, au plus 200"), "\(refused.stderr)")
        let english = try run(["org", "add", "longue", "--name", long, "--legal-form", "association"], db, lang: "en")
        #expect(english.stderr.contains("organisation name too long: 201 characters, at most 200"), "\(english.stderr)")
        let bell = try run(["org", "add", "sonnette", "--name", "Sonnette", "--legal-form", "association", "--departement", "8\u{07}0"], db)
        #expect(bell.status == 1 && bell.stderr.contains("champ de l'organisation") && bell.stderr.contains("U+0007"), "\(bell.stderr)")
        let list = try run(["org", "list"], db).stdout
        #expect(list.contains("ruche") && !list.contains("longue") && !list.contains("sonnette"))
    }

    @Test func actionsCohortsLabelsAndNamesAreCheckedAtTheDoor() throws {
        let db = try store()
        let title = try run(["action", "add", "ruche", "Écrire\nle règlement"], db)
        #expect(title.status == 1 && title.stderr.contains("titre de l'action") && title.stderr.contains("saut de ligne"), "\(title.stderr)")
        let notes = try run(["action", "add", "ruche", "Écrire le règlement", "--notes", String(repeating: "n", count: 5_001)], db)
        #expect(notes.status == 1 && notes.stderr.contains("notes de l'action trop long"), "\(notes.stderr)")
        #expect(try run(["action", "list", "ruche"], db).stdout.contains("Écrire") == false)
        // Notes may span lines.
        #expect(try run(["action", "add", "ruche", "Écrire le règlement", "--notes", "ligne 1\nligne 2"], db).status == 0)

        let cohort = try run(["cohort", "create", String(repeating: "c", count: 101), "--parcours", "Parcours"], db)
        #expect(cohort.status == 1 && cohort.stderr.contains("nom de cohorte, de parcours ou de séance trop long"), "\(cohort.stderr)")
        let parcours = try run(["cohort", "create", "parcours-2026", "--parcours", "Parcours\t2026"], db)
        #expect(parcours.status == 1 && parcours.stderr.contains("saut de ligne ou tabulation"), "\(parcours.stderr)")

        let label = try run(["assess", "new", "ruche", "mini", "--label", "2026\u{1B}[31m"], db)
        #expect(label.status == 1 && label.stderr.contains("libellé de l'évaluation") && label.stderr.contains("U+001B"), "\(label.stderr)")
        let name = try CLIRunner.run(["fill", "ruche", "mini", "--role", "salarie", "--name", String(repeating: "x", count: 101),
                                      "--db", db, "--referentiels", referentiels], input: "q\n")
        #expect(name.status == 1 && name.stderr.contains("nom du répondant trop long"), "\(name.stderr)")
        #expect(try run(["assess", "list", "ruche"], db).stdout.contains("mini") == false)
    }

    /// A name typed wrong is quoted shortened and visible in the refusal: one readable line.
    @Test func refusalsQuoteTypedNamesShortened() throws {
        let db = try store()
        let typed = String(repeating: "parcours-", count: 1_000) + "\u{202E}"
        let refused = try run(["cohort", "show", typed], db)
        #expect(refused.status == 1)
        let line = try #require(refused.stderr.split(separator: "\n").first { $0.contains("cohorte") })
        #expect(line.count < 200 && line.contains("…"), "\(line)")
        let organisation = try run(["score", String(repeating: "o", count: 500)], db)
        #expect(organisation.status == 1 && organisation.stderr.contains("…") && organisation.stderr.count < 600, "\(organisation.stderr)")
    }

    /// A comment typed in `fill` that breaks the rule is said and asked again; the fill goes on.
    @Test func aCommentTooLongTypedInFillIsAskedAgain() throws {
        let db = try store()
        let long = String(repeating: "y", count: 5_001)
        let fill = try CLIRunner.run(["fill", "ruche", "mini", "--role", "salarie", "--db", db, "--referentiels", referentiels],
                                     input: "c\n\(long)\nc\ncourt\n2\nq\n")
        #expect(fill.status == 0, "\(fill.stderr)")
        #expect(fill.stdout.contains("commentaire trop long"), "\(fill.stdout.suffix(600))")
        let export = try run(["assess", "export", "ruche"], db).stdout
        #expect(export.contains("court") && !export.contains("yyyyyyyyyy"))
    }
}
