import Foundation
import Testing
import PratiquesCore
@testable import PratiquesReports

/// Facts, indicators and criteria that do not apply, in the organisation workbook's grid sheet,
/// on the shipped gouvernance démocratique 3.0.0, scored with the organisation's profile.
@Suite struct FactsAndProfileTests {
    let loaded = try! ReferentielLoader.load(path: ReportFixtures.root.appendingPathComponent("referentiels/gouvernance-democratique/3.0.0.yaml").path)
    let n = "\u{202F}"

    func workbook(_ organisation: Organisation, _ assessment: Assessment, withNames: Bool = false) throws -> (XlsxInspector, AssessmentScore) {
        let score = ScoringEngine(referentiel: loaded.referentiel, sha256: loaded.sha256).score(assessment, targets: [:], profile: organisation.profile)
        let report = OrganisationReport(organisation: organisation,
                                        entries: [OrganisationReport.Entry(assessment: assessment, referentiel: loaded, score: score, progress: nil)],
                                        targets: [], actions: [], generatedOn: "2026-06-01", language: .fr, withNames: withNames)
        let path = ReportFixtures.temporaryPath("facts.xlsx")
        try OrganisationWorkbook(report: report).write(to: path)
        return (try XlsxInspector(path: path), score)
    }

    var reference: ReferentielReference { ReferentielReference(id: loaded.referentiel.id, version: loaded.referentiel.version, sha256: loaded.sha256) }

    /// The row of the criterion whose label is `label` on the grid sheet: (columns A… as texts or numbers).
    func row(_ xlsx: XlsxInspector, _ label: String) -> Int? {
        let sheet = xlsx.sheet(loaded.referentiel.title.text(in: .fr))
        return sheet?.cells.first { $0.key.hasPrefix("A") && $0.value.text == label }.flatMap { Int($0.key.dropFirst()) }
    }

    @Test func aFactShowsOneValueAndWhatIsLeftToSettle() throws {
        // A foundation: no general assembly, a board.
        let organisation = Organisation(slug: "fondation", name: "Fondation Test", legalForm: .fondation, hasBoard: true)
        let direction = RespondentKey(role: .direction, name: "Samir")
        let assessment = Assessment(organisationSlug: "fondation", referentiel: reference, date: "2026-03-01", label: "2026", respondents: [
            Respondent(role: .direction, name: "Samir", answers: [ReportFixtures.answer("gd.regles-formalisees", .level(3)),
                                                                 ReportFixtures.answer("gd.un-membre-une-voix", .level(0))]),
            Respondent(role: .salarie, name: "Léa", answers: [ReportFixtures.answer("gd.regles-formalisees", .level(1))]),
        ], facts: [AssessmentFact(criterionID: "gd.part-femmes-ca", value: .number(40), enteredBy: direction,
                                  proposals: [FactProposal(respondent: RespondentKey(role: .salarie, name: "Léa"), value: .number(55)),
                                              FactProposal(respondent: RespondentKey(role: .benevole), value: .number(55))])])
        let (xlsx, score) = try workbook(organisation, assessment)
        let sheet = loaded.referentiel.title.text(in: .fr)
        let femmes = try #require(row(xlsx, "Femmes au conseil"))
        // ONE value, the fact (never the mean of 40, 55, 55), and the proposals counted, not named.
        #expect(xlsx.cell(sheet, "C\(femmes)")?.text?.hasPrefix("Fait\(n): 40 % → ") == true)
        #expect(xlsx.cell(sheet, "G\(femmes)")?.text == "⚠ À trancher\(n): 55 % (2 propositions)")
        #expect(score.criterion("gd.part-femmes-ca")?.isFact == true)
        // What needs a general assembly does not apply: one line, no row, no score.
        let texts = xlsx.texts(sheet)
        #expect(row(xlsx, "Une personne, une voix") == nil)
        let line = texts.filter { $0.hasPrefix("Ne s’applique pas à l’organisation (hors scores)") }.joined(separator: "\n")
        #expect(line.contains("Une personne, une voix") && line.contains("Taux de participation à l’AG"))
        #expect(score.criterion("gd.un-membre-une-voix")?.applicability == .doesNotApply)
        #expect(score.criterion("gd.un-membre-une-voix")?.score == nil)
        // Données: the fact and each proposal on a row of their own; no name without --with-names.
        let data = xlsx.texts("Données")
        #expect(data.filter { $0 == "Fait" }.count == 1 && data.filter { $0 == "Proposition à trancher" }.count == 2)
        #expect(!xlsx.sheetNames.flatMap { xlsx.texts($0) }.contains { $0.contains("Léa") || $0.contains("Samir") })
        // With names: who proposed what.
        let (named, _) = try workbook(organisation, assessment, withNames: true)
        #expect(named.cell(sheet, "G\(femmes)")?.text == "⚠ À trancher\(n): Salarié·e (Léa)\(n): 55 %\(n); Bénévole\(n): 55 %")
    }

    @Test func anIndicatorShowsItsNumberNotScored() throws {
        let organisation = Organisation(slug: "scop", name: "Scop Test", legalForm: .scop, hasBoard: true)
        let assessment = Assessment(organisationSlug: "scop", referentiel: reference, date: "2026-03-01", label: "2026", respondents: [
            Respondent(role: .direction, answers: [ReportFixtures.answer("gd.regles-formalisees", .level(2))]),
        ], facts: [AssessmentFact(criterionID: "gd.taux-participation-ag", value: .number(53))])
        let (xlsx, score) = try workbook(organisation, assessment)
        let sheet = loaded.referentiel.title.text(in: .fr)
        let taux = try #require(row(xlsx, "Taux de participation à l’AG"))
        #expect(xlsx.cell(sheet, "B\(taux)")?.number == 53)
        #expect(xlsx.cell(sheet, "C\(taux)")?.text == "Fait\(n): 53 % — indicateur, non noté")
        #expect(xlsx.cell(sheet, "D\(taux)")?.number == nil)
        #expect(score.criterion("gd.taux-participation-ag")?.isScored == false)
    }
}
