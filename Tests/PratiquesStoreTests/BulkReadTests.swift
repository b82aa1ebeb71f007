import Foundation
import Testing
@testable import PratiquesCore
@testable import PratiquesStore

@Suite struct BulkReadTests {
    @Test func forEachAssessmentGivesWhatSingleReadsGive() throws {
        let fixture = try StoreFixture()
        try fixture.write("ruche.json")
        try fixture.write("ruche-2025.csv")
        // An assessment without any answer is visited too.
        var empty = ImportBatch(path: "empty")
        empty.assessments = [.init(item: Assessment(organisationSlug: "ruche", referentiel: ReferentielReference(id: "mini", version: SemanticVersion(1, 0, 0)),
                                                    date: "2026-01-01", label: "vide", respondents: [Respondent(role: .usager)]),
                                   location: SourceLocation(file: "empty", line: 1, column: 1), organisationField: "organisation")]
        try fixture.write(empty)
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
        // Only some assessments: the others are not visited.
        var some: [Int64] = []
        try fixture.store.forEachAssessment(only: [summaries[1].id, summaries[3].id]) { summary, assessment in
            some.append(summary.id)
            #expect(assessment == visited[summary.id])
        }
        #expect(some == [summaries[1].id, summaries[3].id].sorted())
    }
}
