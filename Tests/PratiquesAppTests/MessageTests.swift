import Foundation
import Testing
@testable import PratiquesApp
@testable import PratiquesCore

/// The application's message catalogues: every id in French and English, with the same
/// placeholders, and the words of a few refusals checked by hand.
@Suite struct MessageTests {
    @Test func everyMessageHasBothLanguages() throws {
        #expect(try MessageCatalogueCheck.problems(Messages.catalogues, sources: AppFixture.root.appendingPathComponent("Sources/PratiquesApp")) == [])
    }

    @Test func refusalsReadAsBefore() {
        let respondents = [Respondent(role: .direction, name: "Léa"), Respondent(role: .salarie)]
        #expect(WorkspaceError.severalRespondents(assessment: 112, respondents: respondents).message(in: .fr)
                == "plusieurs répondants correspondent dans l'évaluation 112 (direction « Léa », salarie)")
        #expect(WorkspaceError.roleNeeded(assessment: 3, respondents: []).message(in: .en) == "the respondent's role is needed")
        #expect(WorkspaceError.respondentsOf(3, respondents).text(in: .fr) == " (répondants de l'évaluation 3 : direction « Léa », salarie)")
        #expect(WorkspaceError.referentielNotInDirectory(id: "x", version: nil, directory: "d", known: ["a", "b"]).message(in: .en)
                == "référentiel 'x' not found in d (known: a, b)")
        #expect(WorkspaceError.unknownCriterion("gd.x", referentiel: "gouvernance-democratique@2.0.0").message(in: .fr)
                == "critère « gd.x » inconnu dans gouvernance-democratique@2.0.0")
        #expect(WorkspaceError.cannotOpen(path: "p.sqlite", reason: "disk I/O error").message(in: .en) == "database p.sqlite: disk I/O error")
        let reference = ReferentielReference(id: "mini", version: SemanticVersion(1, 0, 0))
        #expect(ImportProblem.duplicateInFiles(organisation: "ruche", referentiel: reference, label: "2024",
                                               first: SourceLocation(file: "a.json", line: 3, column: 5)).text.fr
                == "évaluation « 2024 » de ruche sur mini@1.0.0 déjà présente dans le fichier (a.json:3:5)")
        #expect(ImportProblem.unknownReferentielVersion(reference).text.en == "unknown référentiel mini@1.0.0")
    }
}
