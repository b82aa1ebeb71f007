import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PratiquesApp
@testable import PratiquesCore
@testable import PratiquesWeb

/// Every shipped grid, every dimension: the respondent's page shows every criterion asked, and
/// an answer of every kind posted from it is stored.
@Suite struct ShippedGridPageTests {
    @Test(arguments: WebFixture.shippedGrids.ids)
    func everyDimensionOfTheNewestVersionIsShownAndAnswerable(_ grid: String) async throws {
        let fixture = try WebFixture(catalog: WebFixture.shippedGrids)
        let link = try fixture.workspace.startAssessment(organisation: "ruche", referentiel: grid, respondents: [InvitedRespondent(role: .direction)]).links[0]
        let session = try fixture.workspace.fillSession(link: link.token)
        let dimensions = RespondentPage.askedDimensions(session)
        #expect(!dimensions.isEmpty)
        try await fixture.test { client in
            for (index, entry) in dimensions.enumerated() {
                let page = try await client.execute(uri: "/r/\(link.token)?d=\(index)", method: .get)
                #expect(page.status == .ok)
                for criterion in entry.criteria {
                    #expect(page.text.contains(HTML.escape(criterion.question.fr)), "\(grid) \(criterion.id)")
                }
                // One valid answer per criterion, of its kind.
                var fields: [(String, String)] = [("d", String(index))]
                for criterion in entry.criteria {
                    switch criterion.kind {
                    case .level: fields.append(("v:" + criterion.id, String(session.referentiel.scale(id: criterion.scaleID!)!.levels.last!.value)))
                    case .yesNo: fields.append(("v:" + criterion.id, "non"))
                    case .number: fields.append(("v:" + criterion.id, NumberFormatting.plain(criterion.bounds?.min ?? 1)))
                    case .text: fields.append(("v:" + criterion.id, "Réponse libre"))
                    }
                }
                let saved = try await client.execute(uri: "/r/\(link.token)", method: .post, headers: formHeaders, body: formBody(fields))
                #expect(saved.status == .seeOther, "\(grid) dimension \(index): \(saved.text.prefix(2000))")
            }
        }
        let done = try fixture.workspace.fillSession(link: link.token)
        #expect(done.missing.isEmpty, "\(grid): \(done.missing.map(\.id))")
    }
}
