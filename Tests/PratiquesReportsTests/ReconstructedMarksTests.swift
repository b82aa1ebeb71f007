import Foundation
import Testing
import PratiquesCore
@testable import PratiquesReports

/// The balises of production locale that Pratiques reconstructed are marked wherever a workbook
/// shows them: questionnaire cover and sheet, the organisation's grid sheet, Métadonnées.
@Suite struct ReconstructedMarksTests {
    let loaded = try! ReferentielLoader.load(path: ReportFixtures.root.appendingPathComponent("referentiels/production-locale/2.0.0.yaml").path)
    let note = "balise reconstruite par Pratiques, texte officiel non publié"

    @Test func questionnaireCoverAndSheetsSayWhichBalisesAreReconstructed() throws {
        let reconstructed = loaded.referentiel.dimensions.filter(\.isReconstructed)
        let plain = try #require(loaded.referentiel.dimensions.first { !$0.isReconstructed })
        let first = try #require(reconstructed.first)
        let path = ReportFixtures.temporaryPath("pl.xlsx")
        try QuestionnaireWorkbook(loaded: loaded, language: .fr, prefill: QuestionnairePrefill()).write(to: path)
        let xlsx = try XlsxInspector(path: path)
        let cover = try #require(xlsx.cell("Répondant", "A3")?.text)
        #expect(cover.hasPrefix("Balises reconstruites par Pratiques (texte officiel non publié)"))
        #expect(cover.contains(first.title.text(in: .fr)) && !cover.contains(plain.title.text(in: .fr)))
        let index = try #require(loaded.referentiel.dimensions.firstIndex { $0.id == first.id })
        let sheet = xlsx.sheetNames[1 + index]
        #expect(xlsx.cell(sheet, "B2")?.text?.hasPrefix("⚠ Balise reconstruite par Pratiques, texte officiel non publié.") == true)
        let plainSheet = xlsx.sheetNames[1 + loaded.referentiel.dimensions.firstIndex { $0.id == plain.id }!]
        #expect(xlsx.cell(plainSheet, "B2")?.text?.contains("reconstruite") != true)
    }

    @Test func organisationGridSheetAndMetadataMarkThem() throws {
        let first = try #require(loaded.referentiel.dimensions.first { $0.isReconstructed })
        let criterion = try #require(first.criteria.first { $0.kind == .level })
        let reference = ReferentielReference(id: loaded.referentiel.id, version: loaded.referentiel.version, sha256: loaded.sha256)
        let assessment = Assessment(organisationSlug: "ruche", referentiel: reference, date: "2025-03-01", label: "2025", respondents: [
            Respondent(role: .direction, answers: [ReportFixtures.answer(criterion.id, .level(2))]),
        ])
        let score = ScoringEngine(referentiel: loaded.referentiel, sha256: loaded.sha256).score(assessment, targets: [:])
        let report = OrganisationReport(organisation: ReportFixtures.organisation,
                                        entries: [OrganisationReport.Entry(assessment: assessment, referentiel: loaded, score: score, progress: nil)],
                                        targets: [], actions: [], generatedOn: "2025-06-01", language: .fr)
        let path = ReportFixtures.temporaryPath("pl-org.xlsx")
        try OrganisationWorkbook(report: report).write(to: path)
        let xlsx = try XlsxInspector(path: path)
        let grid = loaded.referentiel.title.text(in: .fr)
        #expect(xlsx.texts(grid).contains(first.title.text(in: .fr) + " (" + note + ")"))
        #expect(xlsx.texts("Métadonnées").contains { $0.contains("Balises reconstruites par Pratiques (texte officiel non publié)") && $0.contains(first.title.text(in: .fr)) })
    }
}
