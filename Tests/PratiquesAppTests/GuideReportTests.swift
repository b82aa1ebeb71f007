import Foundation
import PratiquesApp
import PratiquesCore
import PratiquesReports
import Testing

/// The guide of good practices' yearly view on the sample organisations and the shipped grids.
@Suite struct GuideReportTests {
    func fixture(_ slugs: String...) throws -> AppFixture {
        let fixture = try AppFixture(catalog: AppFixture.shippedGrids)
        for slug in slugs { try fixture.importFiles(AppFixture.root.appendingPathComponent("samples/organisations/\(slug).json").path) }
        return fixture
    }

    @Test func theEightThemesInTheLawsOrderWithWhatDoesNotApplyAndTheAssemblysNote() throws {
        let fixture = try fixture("fondation-habitat")
        try fixture.workspace.saveGuideNote(GuideNote(organisationSlug: "fondation-habitat", year: 2026, meetingDate: "2026-06-12",
                                                      decisions: "Ouvrir le conseil à deux usagers."))
        let report = try fixture.workspace.guideReport(organisation: "fondation-habitat", year: 2026)
        #expect(report.themes.map(\.theme) == GuideTheme.allCases)
        #expect(report.themes.map(\.theme.number) == Array(1...8))
        // A foundation has no general assembly: its AG criteria are there, marked as not applying, and score nothing.
        let governance = try #require(report.themes.first { $0.theme == .gouvernanceDemocratique })
        let vote = try #require(governance.items.first { $0.criterion.id == "gd.un-membre-une-voix" })
        #expect(!vote.applies)
        #expect(vote.score == nil)
        let rules = try #require(governance.items.first { $0.criterion.id == "gd.regles-ecrites-a-jour" || $0.applies && $0.score != nil })
        #expect(rules.applies && rules.score != nil)
        // Last year's assessment gives the change.
        #expect(governance.items.contains { $0.previousScore != nil })
        // Its grids (utilité sociale, ancrage territorial, gouvernance) leave the environment theme uncovered.
        #expect(report.themes.first { $0.theme == .developpementDurable }?.items.isEmpty == true)
        #expect(report.note?.decisions == "Ouvrir le conseil à deux usagers.")
        #expect(report.note?.meetingDate == "2026-06-12")
        // The workbook is written.
        let path = fixture.directory.appendingPathComponent("guide.xlsx").path
        try GuideWorkbook(report: report).write(to: path)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func anotherYearHasItsOwnFiguresAndNoNote() throws {
        let fixture = try fixture("cafe-des-possibles")
        let report = try fixture.workspace.guideReport(organisation: "cafe-des-possibles", year: 2024)
        #expect(report.note == nil)
        // 2024 is the first year: no change to show.
        #expect(report.themes.flatMap(\.items).allSatisfy { $0.previousScore == nil })
        // Without employees, the human resources criteria that need them do not apply.
        #expect(report.themes.flatMap(\.items).contains { $0.criterion.id == "rh.part-cdi" && !$0.applies })
        #expect(try fixture.workspace.guideReport(organisation: "cafe-des-possibles", year: 2010).themes.allSatisfy(\.items.isEmpty))
    }

    @Test func aNoteForAnUnknownOrganisationIsRefused() throws {
        let fixture = try fixture()
        #expect(throws: WorkspaceError.self) { try fixture.workspace.saveGuideNote(GuideNote(organisationSlug: "inconnue", year: 2026)) }
    }
}
