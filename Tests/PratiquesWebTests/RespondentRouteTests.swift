import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PratiquesApp
@testable import PratiquesStore
@testable import PratiquesCore
@testable import PratiquesWeb

/// `/r/<token>`: what a respondent sees and saves from a personal link, and every refusal.
@Suite struct RespondentRouteTests {
    let fixture: WebFixture
    let links: [IssuedLink]

    init() throws {
        fixture = try WebFixture()
        links = try fixture.workspace.startAssessment(organisation: "ruche", referentiel: "mini",
                                                      respondents: [InvitedRespondent(role: .direction, name: "Léa"), InvitedRespondent(role: .salarie, name: "Karim")]).links
    }

    @Test func theLinkShowsTheFirstDimensionWithEveryCriterionAsAnAccessibleField() async throws {
        let token = links[0].token
        try await fixture.test { client in
            let page = try await client.execute(uri: "/r/\(token)", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            let html = page.text
            #expect(html.contains("<html lang=\"fr\">"))
            #expect(html.contains("Vous répondez en tant que") && html.contains("Léa"))
            // The level criterion: a fieldset, its legend, its help tied to it, one labelled radio per level with its descriptor.
            #expect(html.contains("<legend>1. Les règles sont-elles écrites ?</legend>"))
            #expect(html.contains("aria-describedby=\"q0-help\""))
            #expect(html.contains("<input type=\"radio\" id=\"q0-0\" name=\"v:mn.regles-ecrites\" value=\"0\"><label for=\"q0-0\"><strong>0 · Absent</strong><br>Aucune règle écrite.</label>"))
            // The number criterion: a labelled field with its unit and bounds.
            #expect(html.contains("<label for=\"q1-v\">Votre réponse</label>"))
            #expect(html.contains("Unité : % · entre 0 et 100"))
            // The second dimension is not on this page; the navigation says how much is done.
            #expect(!html.contains("Des entretiens annuels"))
            #expect(html.contains("Salariés</a> — 0 / 3"))
            // English by Accept-Language.
            let english = try await client.execute(uri: "/r/\(token)?d=1", method: .get, headers: [.acceptLanguage: "en-GB,en;q=0.8"])
            #expect(english.text.contains("<html lang=\"en\">") && english.text.contains("Not applicable") && english.text.contains(">Yes</label>"))
        }
    }

    @Test func postingADimensionSavesEachAnswerExactlyAsFillDoes() async throws {
        let token = links[0].token
        try await fixture.test { client in
            let response = try await client.execute(uri: "/r/\(token)", method: .post, headers: formHeaders,
                                                    body: formBody([("d", "0"), ("go", "next"), ("v:mn.regles-ecrites", "3"), ("c:mn.regles-ecrites", "Vu en AG <b>"),
                                                                    ("v:mn.participation", "42,5"), ("c:mn.participation", "")]))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/r/\(token)?d=1&lang=fr")
            let next = try await client.execute(uri: "/r/\(token)?d=1", method: .get)
            #expect(next.text.contains("Règles</a> — 2 / 2"))
        }
        // The same answers through the terminal's use case, for the second respondent: the same rows.
        var fill = try fixture.workspace.fillSession(assessment: links[1].assessmentID, respondent: links[1].respondent.id!)
        try fill.save(Answer(criterionID: "mn.regles-ecrites", value: .level(3), comment: "Vu en AG <b>"), position: "mn.participation")
        try fill.save(Answer(criterionID: "mn.participation", value: .number(42.5)), position: "mn.entretiens")
        for criterion in ["mn.regles-ecrites", "mn.participation"] {
            let web = try fixture.answerRow(respondent: links[0].respondent.id!, criterion: criterion)
            let fill = try fixture.answerRow(respondent: links[1].respondent.id!, criterion: criterion)
            #expect(!web.isEmpty && web == fill)
        }
        // Resuming on any device: the link opens where the respondent stopped, answers in place.
        try await fixture.test { client in
            let page = try await client.execute(uri: "/r/\(token)", method: .get)
            #expect(page.text.contains("Des entretiens annuels"))
            let back = try await client.execute(uri: "/r/\(token)?d=0", method: .get).text
            #expect(back.contains("value=\"3\" checked") && back.contains("value=\"42.5\"") && back.contains("Vu en AG &lt;b&gt;</textarea>"))
        }
    }

    @Test func aRefusedValueIsShownNextToItsFieldAndTheOthersAreSaved() async throws {
        let token = links[0].token
        try await fixture.test { client in
            let response = try await client.execute(uri: "/r/\(token)", method: .post, headers: formHeaders,
                                                    body: formBody([("d", "0"), ("go", "next"), ("v:mn.regles-ecrites", "2"), ("v:mn.participation", "140")]))
            #expect(response.status == .unprocessableContent)
            let html = response.text
            #expect(html.contains("<p class=\"error\" id=\"q1-err\">140 hors des bornes [0 ; 100] du critère mn.participation</p>"))
            #expect(html.contains("aria-describedby=\"q1-err q1-hint\" aria-invalid=\"true\""))
            #expect(html.contains("value=\"140\""))
            #expect(html.contains("role=\"alert\"") && html.contains("href=\"#q1\""))
        }
        let answers = try fixture.workspace.fillSession(link: token).answers
        #expect(answers["mn.regles-ecrites"]?.value == .level(2))
        #expect(answers["mn.participation"] == nil)
        // A level outside the scale and « non applicable » where the grid forbids it are refused too.
        try await fixture.test { client in
            let response = try await client.execute(uri: "/r/\(token)", method: .post, headers: formHeaders,
                                                    body: formBody([("d", "1"), ("v:mn.entretiens", "9"), ("v:mn.charte", "na"), ("lang", "en")]))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("level 9 is outside scale"))
            #expect(response.text.contains("&#39;not applicable&#39; is not allowed for criterion mn.charte"))
        }
    }

    @Test func theAutosaveScriptSavesOneFieldAtATime() async throws {
        let token = links[0].token
        try await fixture.test { client in
            let saved = try await client.execute(uri: "/r/\(token)", method: .post, headers: formHeaders,
                                                 body: formBody([("autosave", "1"), ("v:mn.charte", "oui")]))
            #expect(saved.status == .noContent)
            let refused = try await client.execute(uri: "/r/\(token)", method: .post, headers: formHeaders,
                                                   body: formBody([("autosave", "1"), ("lang", "en"), ("v:mn.charte", "peut-être")]))
            #expect(refused.status == .unprocessableContent && refused.text.contains("yes or no expected"))
        }
        #expect(try fixture.workspace.fillSession(link: token).answers["mn.charte"]?.value == .yesNo(true))
    }

    @Test func unknownAndRevokedLinksGetTheSameRefusalAndACompletedDraftIsGone() async throws {
        try fixture.workspace.revokeLinks(assessment: links[0].assessmentID, respondent: links[0].respondent.id!)
        let revoked = links[0].token, other = links[1].token
        try await fixture.test { client in
            let unknown = try await client.execute(uri: "/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", method: .get)
            let gone = try await client.execute(uri: "/r/\(revoked)", method: .get)
            #expect(unknown.status == .notFound && gone.status == .notFound && unknown.text == gone.text)
            #expect(gone.text.contains("Ce lien n&#39;est pas (ou plus) valable"))
            let post = try await client.execute(uri: "/r/\(revoked)", method: .post, headers: formHeaders, body: formBody([("v:mn.charte", "oui")]))
            #expect(post.status == .notFound)
        }
        #expect(try fixture.store.assessment(id: links[0].assessmentID)?.respondents.allSatisfy { $0.answers.isEmpty } == true)
        try fixture.workspace.fillSession(link: other).complete()
        try await fixture.test { client in
            let reply1 = try await client.execute(uri: "/r/\(other)", method: .get)
            #expect(reply1.status == .gone)
        }
    }

    @Test func aTokenNeverReachesAnotherRespondentsAnswers() async throws {
        var karim = try fixture.workspace.fillSession(link: links[1].token)
        try karim.save(Answer(criterionID: "mn.charte", value: .yesNo(false), comment: "secret de Karim"), position: "mn.remarques")
        let token = links[0].token
        try await fixture.test { client in
            // Léa's pages never show Karim's answer or comment.
            for dimension in 0..<2 {
                let reply2 = try await client.execute(uri: "/r/\(token)?d=\(dimension)", method: .get)
                #expect(!reply2.text.contains("secret de Karim"))
            }
            // Naming Karim in the form changes nothing: answers go to the link's respondent only.
            let response = try await client.execute(uri: "/r/\(token)", method: .post, headers: formHeaders,
                                                    body: formBody([("respondent", String(links[1].respondent.id!)), ("v:mn.charte", "oui")]))
            #expect(response.status == .seeOther)
        }
        let respondents = try #require(try fixture.store.assessment(id: links[0].assessmentID)).respondents
        #expect(respondents.first { $0.id == links[1].respondent.id }?.answers["mn.charte"] == Answer(criterionID: "mn.charte", value: .yesNo(false), comment: "secret de Karim"))
        #expect(respondents.first { $0.id == links[0].respondent.id }?.answers["mn.charte"]?.value == .yesNo(true))
    }

    @Test func everyResponseCarriesTheSecurityHeadersAndBodiesAreLimited() async throws {
        let small = try WebFixture(bodyLimit: 1024)
        let token = try small.workspace.startAssessment(organisation: "ruche", referentiel: "mini", respondents: [InvitedRespondent(role: .direction)]).links[0].token
        try await small.test { client in
            for (uri, method) in [("/r/\(token)", HTTPRequest.Method.get), ("/r/nope", .get), ("/nothing", .get), ("/assets/site.css", .get)] {
                let response = try await client.execute(uri: uri, method: method)
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
                #expect(response.headers[.contentSecurityPolicy]?.contains("unsafe-inline") == false)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.init("Referrer-Policy")!] == "no-referrer")
            }
            let reply3 = try await client.execute(uri: "/nothing", method: .get)
            #expect(reply3.status == .notFound)
            let oversize = try await client.execute(uri: "/r/\(token)", method: .post, headers: formHeaders,
                                                    body: formBody([("c:mn.charte", String(repeating: "x", count: 2000))]))
            #expect(oversize.status == .contentTooLarge)
        }
        #expect(try small.workspace.fillSession(link: token).answers.isEmpty)
    }

    @Test func theScriptAndStyleAreServedAsFiles() async throws {
        try await fixture.test { client in
            let script = try await client.execute(uri: "/assets/autosave.js", method: .get)
            #expect(script.status == .ok && script.headers[.contentType] == "text/javascript; charset=utf-8" && script.text.contains("autosave"))
            let reply4 = try await client.execute(uri: "/assets/site.css", method: .get)
            #expect(reply4.text.contains(":focus-visible"))
            let reply5 = try await client.execute(uri: "/assets/../Package.swift", method: .get)
            #expect(reply5.status == .notFound)
        }
    }
}
