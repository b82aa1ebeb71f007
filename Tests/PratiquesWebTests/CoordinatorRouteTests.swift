import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PratiquesApp
@testable import PratiquesStore
@testable import PratiquesCore
@testable import PratiquesWeb

/// The coordinator's side: sign-in (password, cookie, anti-forgery, throttle), organisations,
/// starting an assessment and getting its links, who has answered how much.
@Suite struct CoordinatorRouteTests {
    let fixture: WebFixture
    static let password = "un mot de passe long"

    init() throws {
        fixture = try WebFixture()
        try fixture.workspace.setCoordinatorPassword(login: "marie", password: Self.password)
    }

    /// `name="csrf" value="…"` of a page.
    static func csrf(_ html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The value a `Set-Cookie` header gives `name`.
    static func cookie(_ name: String, _ response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1).prefix { $0 != ";" }) }
    }

    /// Signs in and returns the session cookie header and the session's anti-forgery token.
    static func signIn(_ client: any TestClientProtocol, password: String = CoordinatorRouteTests.password) async throws -> (cookie: String, csrf: String)? {
        let form = try await client.execute(uri: "/login", method: .get)
        let token = try #require(csrf(form.text)), signInCookie = try #require(cookie(Cookies.signInCSRF, form))
        let response = try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "\(Cookies.signInCSRF)=\(signInCookie)"],
                                                body: formBody([("csrf", token), ("login", "marie"), ("password", password)]))
        guard response.status == .seeOther, let session = cookie(Cookies.session, response) else { return nil }
        let home = try await client.execute(uri: "/", method: .get, headers: [.cookie: "\(Cookies.session)=\(session)"])
        return ("\(Cookies.session)=\(session)", try #require(csrf(home.text)))
    }

    @Test func nothingIsReadableWithoutASession() async throws {
        try await fixture.test { client in
            for uri in ["/", "/o/ruche", "/a/1"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .seeOther && response.headers[.location] == "/login?lang=fr", "\(uri)")
                #expect(!response.text.contains("La Ruche"))
            }
            let forged = try await client.execute(uri: "/o/ruche/start", method: .post, headers: formHeaders,
                                                  body: formBody([("grid", "mini"), ("role0", "direction")]))
            #expect(forged.status == .seeOther)
            // A made-up session cookie opens nothing either.
            let reply1 = try await client.execute(uri: "/", method: .get, headers: [.cookie: "\(Cookies.session)=forged"])
            #expect(reply1.status == .seeOther)
        }
        #expect(try fixture.workspace.assessments().isEmpty)
    }

    @Test func signingInSetsAStrictHttpOnlyCookieAndWrongPasswordsAreThrottled() async throws {
        try await fixture.test { client in
            let form = try await client.execute(uri: "/login", method: .get)
            #expect(form.text.contains("<label for=\"password\">Mot de passe</label>"))
            let token = try #require(Self.csrf(form.text)), signInCookie = try #require(Self.cookie(Cookies.signInCSRF, form))
            let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: "\(Cookies.signInCSRF)=\(signInCookie)"]
            // Without the form's token: refused before the password is even checked.
            let noToken = try await client.execute(uri: "/login", method: .post, headers: headers, body: formBody([("login", "marie"), ("password", Self.password)]))
            #expect(noToken.status == .forbidden)
            let ok = try await client.execute(uri: "/login", method: .post, headers: headers, body: formBody([("csrf", token), ("login", "marie"), ("password", Self.password)]))
            #expect(ok.status == .seeOther)
            let setCookie = try #require(ok.headers[values: .setCookie].first { $0.hasPrefix(Cookies.session) })
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && setCookie.contains("Path=/") && !setCookie.contains("Secure"))
            for attempt in 1...5 {
                let wrong = try await client.execute(uri: "/login", method: .post, headers: headers, body: formBody([("csrf", token), ("login", "marie"), ("password", "faux \(attempt)")]))
                #expect(wrong.status == .unauthorized && wrong.text.contains("Identifiant ou mot de passe incorrect."))
            }
            // The sixth attempt is refused even with the right password.
            let throttled = try await client.execute(uri: "/login", method: .post, headers: headers, body: formBody([("csrf", token), ("login", "marie"), ("password", Self.password)]))
            #expect(throttled.status == .tooManyRequests && throttled.headers[.retryAfter] != nil)
            #expect(Self.cookie(Cookies.session, throttled) == nil)
        }
    }

    @Test func theCoordinatorStartsAnAssessmentGetsTheLinksAndSeesWhoAnswered() async throws {
        try await fixture.test { client in
            let (cookie, csrf) = try #require(try await Self.signIn(client))
            let home = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie])
            #expect(home.text.contains("<a href=\"/o/ruche?lang=fr\">La Ruche</a>") && home.text.contains("<strong>marie</strong>"))
            let organisation = try await client.execute(uri: "/o/ruche", method: .get, headers: [.cookie: cookie])
            #expect(organisation.text.contains("<option value=\"mini\">Mini grille (1.0.0)</option>"))
            let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: cookie]
            // A form without the session's token changes nothing.
            let forged = try await client.execute(uri: "/o/ruche/start", method: .post, headers: headers,
                                                  body: formBody([("grid", "mini"), ("role0", "direction")]))
            #expect(forged.status == .forbidden)
            #expect(try fixture.workspace.assessments().isEmpty)
            let started = try await client.execute(uri: "/o/ruche/start", method: .post, headers: headers,
                                                   body: formBody([("csrf", csrf), ("grid", "mini"), ("role0", "direction"), ("name0", "Léa"), ("role1", ""), ("role2", "benevole"), ("name2", "Sam")]))
            #expect(started.status == .ok)
            let tokens = started.text.components(separatedBy: "/r/").dropFirst().map { String($0.prefix(43)) }
            #expect(tokens.count == 2)
            #expect(started.text.contains("Direction · Léa") && started.text.contains("Sam"))
            // Each link opens its respondent's fill.
            let draft = try #require(try fixture.workspace.assessments().first)
            let lea = try fixture.workspace.fillSession(link: tokens[0])
            #expect(lea.assessmentID == draft.id && lea.name == "Léa")
            var filling = lea
            try filling.save(Answer(criterionID: "mn.charte", value: .yesNo(true)), position: "mn.remarques")
            let progress = try await client.execute(uri: "/a/\(draft.id)", method: .get, headers: [.cookie: cookie])
            #expect(progress.text.contains("Direction · Léa</th><td>1 / 5</td>"))
            #expect(!progress.text.contains(tokens[0]))
            // Revoking Léa's links closes her link.
            let revoke = try await client.execute(uri: "/a/\(draft.id)/revoke", method: .post, headers: headers,
                                                  body: formBody([("csrf", csrf), ("respondent", String(lea.respondentID))]))
            #expect(revoke.status == .seeOther)
            #expect(throws: RespondentLinkError.unknownOrRevoked) { try fixture.workspace.fillSession(link: tokens[0]) }
            // The audit trail names the coordinator for what they did.
            let actors = try await fixture.store.pool.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT actor FROM audit_event WHERE actor IS NOT NULL") }
            #expect(actors == ["coordinateur:marie"])
            // Signing out closes the session.
            let out = try await client.execute(uri: "/logout", method: .post, headers: headers, body: formBody([("csrf", csrf)]))
            #expect(out.status == .seeOther)
            let reply2 = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie])
            #expect(reply2.status == .seeOther)
        }
    }
}
