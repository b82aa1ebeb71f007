import Foundation
import Testing
@testable import PratiquesApp
@testable import PratiquesCore
@testable import PratiquesStore

/// Personal links: random, stored hashed, one respondent of one draft, revocable.
@Suite struct RespondentLinkTests {
    let fixture: AppFixture
    var workspace: Workspace { fixture.workspace }

    init() throws {
        fixture = try AppFixture()
        try fixture.workspace.saveOrganisation(Organisation(slug: "ruche", name: "La Ruche", legalForm: .association))
    }

    @Test func startingAnAssessmentGivesEachNamedRespondentTheirOwnLink() throws {
        let (draft, links) = try workspace.startAssessment(organisation: "ruche", referentiel: "mini",
                                                           respondents: [InvitedRespondent(role: .direction, name: " Léa "), InvitedRespondent(role: .salarie)])
        #expect(links.map(\.respondent.role) == [.direction, .salarie])
        #expect(links.map(\.respondent.name) == ["Léa", nil])
        #expect(Set(links.map(\.token)).count == 2)
        for link in links {
            // 256 bits in base64url: 43 characters of the URL-safe alphabet.
            #expect(link.token.count == 43 && link.token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
            let session = try workspace.fillSession(link: link.token)
            #expect(session.assessmentID == draft.id && session.respondentID == link.respondent.id)
        }
        // Only the hash is stored.
        let stored = try fixture.store.pool.read { db in try String.fetchAll(db, sql: "SELECT token_hash FROM respondent_link") }
        #expect(Set(stored) == Set(links.map { Workspace.tokenHash($0.token) }))
        #expect(!stored.contains { hash in links.contains { $0.token == hash } })
    }

    @Test func unknownRevokedAndCompletedLinksOpenNothing() throws {
        let (_, links) = try workspace.startAssessment(organisation: "ruche", referentiel: "mini", respondents: [InvitedRespondent(role: .direction), InvitedRespondent(role: .benevole)])
        #expect(throws: RespondentLinkError.unknownOrRevoked) { try workspace.fillSession(link: "nope") }
        #expect(throws: RespondentLinkError.unknownOrRevoked) { try workspace.fillSession(link: String(repeating: "a", count: 10_000)) }
        #expect(try workspace.revokeLinks(assessment: links[0].assessmentID, respondent: links[0].respondent.id!) == 1)
        #expect(throws: RespondentLinkError.unknownOrRevoked) { try workspace.fillSession(link: links[0].token) }
        // The other respondent's link still works; a new link for the first one works too.
        #expect(try workspace.fillSession(link: links[1].token).respondentID == links[1].respondent.id)
        let renewed = try workspace.issueLink(assessment: links[0].assessmentID, respondent: links[0].respondent.id!)
        let session = try workspace.fillSession(link: renewed.token)
        try session.complete()
        #expect(throws: RespondentLinkError.draftComplete) { try workspace.fillSession(link: links[1].token) }
        #expect(throws: WorkspaceError.draftComplete(links[0].assessmentID)) {
            try workspace.issueLink(assessment: links[0].assessmentID, respondent: links[0].respondent.id!)
        }
    }
}

/// Coordinators' accounts and sessions, and what they see of a draft.
@Suite struct CoordinatorAccountTests {
    let fixture: AppFixture
    var workspace: Workspace { fixture.workspace }

    init() throws {
        fixture = try AppFixture()
        try fixture.workspace.saveOrganisation(Organisation(slug: "ruche", name: "La Ruche", legalForm: .association))
    }

    @Test func aCoordinatorSignsInWithTheirPasswordOnly() throws {
        #expect(try !workspace.hasCoordinators())
        #expect(throws: CoordinatorError.weakPassword) { try workspace.setCoordinatorPassword(login: "marie", password: "court") }
        try workspace.setCoordinatorPassword(login: "marie", password: "un mot de passe long")
        #expect(throws: CoordinatorError.wrongCredentials) { try workspace.signIn(login: "marie", password: "un mot de passe faux") }
        #expect(throws: CoordinatorError.wrongCredentials) { try workspace.signIn(login: "inconnu", password: "un mot de passe long") }
        let opened = try workspace.signIn(login: "marie", password: "un mot de passe long")
        #expect(try workspace.coordinator(sessionToken: opened.cookieToken) == opened.session)
        #expect(try workspace.coordinator(sessionToken: opened.cookieToken, now: Date().addingTimeInterval(13 * 3600)) == nil)
        // Only hashes are stored.
        let stored = try fixture.store.pool.read { db in try String.fetchOne(db, sql: "SELECT password_hash FROM coordinator_account") }
        #expect(stored?.hasPrefix("pbkdf2-sha256$210000$") == true && stored?.contains("long") == false)
        try workspace.signOut(sessionToken: opened.cookieToken)
        #expect(try workspace.coordinator(sessionToken: opened.cookieToken) == nil)
        // A new password closes the open sessions.
        let again = try workspace.signIn(login: "marie", password: "un mot de passe long")
        try workspace.setCoordinatorPassword(login: "marie", password: "un autre mot de passe")
        #expect(try workspace.coordinator(sessionToken: again.cookieToken) == nil)
    }

    @Test func progressCountsWhatEachRespondentHasDone() throws {
        let (draft, links) = try workspace.startAssessment(organisation: "ruche", referentiel: "mini",
                                                           respondents: [InvitedRespondent(role: .direction), InvitedRespondent(role: .salarie)])
        var fill = try workspace.fillSession(link: links[1].token)
        try fill.save(Answer(criterionID: "mn.charte", value: .yesNo(true)), position: "mn.remarques")
        try fill.save(Answer(criterionID: "mn.remarques", value: nil, comment: "plus tard"), position: "mn.remarques")
        let progress = try workspace.respondentProgress(assessment: draft.id)
        #expect(progress.map(\.done) == [0, 1] && progress.map(\.asked) == [5, 5])
    }
}
