import Foundation
import Testing
@testable import PratiquesCore
@testable import PratiquesStore

@Suite struct BulkReadTests {
    @Test func forEachAssessmentGivesWhatSingleReadsGive() throws {
        let fixture = try StoreFixture()
        try fixture.importFile(StoreFixture.importPath("ruche.json"))
        try fixture.importFile(StoreFixture.importPath("ruche-2025.csv"))
        // An assessment without any answer is visited too.
        let empty = try fixture.file("empty.json", """
            {"assessments": [{"organisation": "ruche", "referentiel": "mini", "version": "1.0.0", "date": "2026-01-01", "label": "vide",
              "respondents": [{"role": "usager", "answers": []}]}]}
            """)
        try fixture.importFile(empty)
        var visited: [Int64: Assessment] = [:]
        try fixture.store.forEachAssessment { summary, assessment in
            #expect(visited[summary.id] == nil, "visited twice")
            visited[summary.id] = assessment
        }
        let summaries = try fixture.store.assessmentSummaries()
        #expect(visited.count == summaries.count)
        #expect(summaries.count == 4)
        for summary in summaries {
            let single = try fixture.store.assessment(summary)
            #expect(visited[summary.id] == single, "assessment \(summary.id)")
        }
        #expect(visited.values.contains { $0.label == "vide" && $0.respondents.count == 1 && $0.respondents[0].answers.isEmpty })
        #expect(visited.values.contains { !$0.consensus.isEmpty })
    }
}
