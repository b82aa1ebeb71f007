import Foundation
import Testing
@testable import PratiquesApp
@testable import PratiquesCore
@testable import PratiquesStore

/// Filling a draft answer by answer (the rules behind `pratiques fill`, without a terminal):
/// which draft and respondent, where to resume, what counts as done, the outcome.
@Suite struct FillSessionTests {
    let fixture: AppFixture
    var workspace: Workspace { fixture.workspace }
    /// mini 1.0.0: mn.regles-ecrites, mn.participation (dimension mn.regles), mn.entretiens, mn.charte, mn.remarques (mn.salaries).
    static let ids = ["mn.regles-ecrites", "mn.participation", "mn.entretiens", "mn.charte", "mn.remarques"]

    init() throws {
        fixture = try AppFixture()
        try fixture.workspace.saveOrganisation(Organisation(slug: "ruche", name: "La Ruche", legalForm: .association))
    }

    @Test func aDraftIsCreatedOnceThenResumed() throws {
        let first = try workspace.startFill(organisation: "ruche", referentiel: "mini", role: .direction, name: "Léa")
        #expect(first.createdAssessment)
        let summary = try #require(try fixture.store.assessmentSummary(id: first.assessmentID))
        #expect(summary.label == Day.today().description && summary.status == .draft)
        // The same draft for the next respondent, and the same respondent again (name without case or accents).
        let karim = try workspace.startFill(organisation: "ruche", referentiel: "mini", role: .salarie, name: "Karim")
        let again = try workspace.startFill(organisation: "ruche", referentiel: "mini", role: .direction, name: " LEA ")
        #expect(!karim.createdAssessment && karim.assessmentID == first.assessmentID && karim.respondentID != first.respondentID)
        #expect(again.respondentID == first.respondentID && again.name == "Léa")
        // Without a role, the only respondent… of a draft that has one.
        #expect(throws: WorkspaceError.severalRespondents(assessment: first.assessmentID, respondents: try fixture.store.assessment(id: first.assessmentID)!.respondents)) {
            try workspace.startFill(organisation: "ruche", referentiel: "mini")
        }
        // A complete draft is not filled again: a new one is created.
        try first.complete()
        let next = try workspace.startFill(organisation: "ruche", referentiel: "mini", role: .benevole)
        #expect(next.createdAssessment && next.assessmentID != first.assessmentID)
        #expect(try fixture.store.assessmentSummary(id: next.assessmentID)?.label == "\(Day.today()) (2)")
    }

    @Test func anAssessmentGivenMustBeThatOrganisationsDraftOnThatGrid() throws {
        try workspace.saveOrganisation(Organisation(slug: "autre", name: "Autre", legalForm: .scop))
        let draft = try workspace.startFill(organisation: "ruche", referentiel: "mini", role: .direction)
        let summary = try #require(try fixture.store.assessmentSummary(id: draft.assessmentID))
        #expect(throws: WorkspaceError.draftOfAnother(assessment: summary, organisation: "autre", referentiel: "mini")) {
            try workspace.startFill(organisation: "autre", referentiel: "mini", assessment: draft.assessmentID, role: .direction)
        }
        #expect(throws: WorkspaceError.unknownAssessment(99)) { try workspace.startFill(organisation: "ruche", referentiel: "mini", assessment: 99) }
        #expect(throws: WorkspaceError.unknownOrganisation("nope")) { try workspace.startFill(organisation: "nope", referentiel: "mini") }
        #expect(throws: WorkspaceError.referentielNotFound("nope")) { try workspace.startFill(organisation: "ruche", referentiel: "nope", role: .direction) }
        try draft.complete()
        #expect(throws: WorkspaceError.draftComplete(draft.assessmentID)) {
            try workspace.startFill(organisation: "ruche", referentiel: "mini", assessment: draft.assessmentID, role: .direction)
        }
        // A role is needed to add a respondent; the message names the draft's respondents.
        let empty = try fixture.store.createDraft(organisationSlug: "ruche", loaded: AppFixture.testGrids.latest("mini")!, date: "2026-01-01") { _ in "vide" }
        let refusal = #expect(throws: WorkspaceError.self) { try workspace.startFill(organisation: "ruche", referentiel: "mini", assessment: empty) }
        #expect(refusal?.message(in: .fr) == "le rôle du répondant est à préciser")
        _ = try fixture.store.addRespondent(assessmentID: empty, role: .usager, name: "Sam")
        _ = try workspace.startFill(organisation: "ruche", referentiel: "mini", assessment: empty, role: .direction, name: "Léa")
        let listed = #expect(throws: WorkspaceError.self) {
            try fixture.store.setStatus(.draft, assessmentID: empty)
            _ = try fixture.store.addRespondent(assessmentID: empty, role: .usager, name: nil)
            try workspace.startFill(organisation: "ruche", referentiel: "mini", assessment: empty, name: "Autre")
        }
        #expect(listed?.message(in: .en) == "the respondent's role is needed (respondents of assessment \(empty): usager « Sam », direction « Léa », usager)")
    }

    @Test func resumingStartsWhereTheRespondentStoppedThenComesBackToSkippedCriteria() throws {
        var session = try workspace.startFill(organisation: "ruche", referentiel: "mini", role: .direction)
        #expect(try session.startIndex() == 0)
        // Answer the first, skip the second (position moves on), answer the third, stop.
        try session.save(Answer(criterionID: Self.ids[0], value: .level(3)), position: session.next(after: 0).position)
        #expect(session.next(after: 0) == (1, Self.ids[1]))
        try session.move(to: session.next(after: 1).position)
        try session.save(Answer(criterionID: Self.ids[2], value: .notApplicable), position: session.next(after: 2).position)
        var resumed = try workspace.startFill(organisation: "ruche", referentiel: "mini", role: .direction)
        #expect(resumed.answers.count == 2)
        #expect(try resumed.startIndex() == 3)
        #expect(resumed.doneCount == 2 && resumed.missing.map(\.id) == [Self.ids[1], Self.ids[3], Self.ids[4]])
        // Past the last criterion, the position stays on it; then the skipped one comes back.
        try resumed.save(Answer(criterionID: Self.ids[3], value: .yesNo(true)), position: resumed.next(after: 3).position)
        #expect(resumed.next(after: 4) == (5, Self.ids[4]))
        try resumed.save(Answer(criterionID: Self.ids[4], value: .text("rien")), position: resumed.next(after: 4).position)
        #expect(try resumed.startIndex() == 1)
        let regles = try #require(resumed.referentiel.dimensions.first)
        #expect(resumed.progress(in: regles) == (1, 2))
        try resumed.save(Answer(criterionID: Self.ids[1], value: .number(50)), position: Self.ids[4])
        #expect(try resumed.startIndex() == nil)
    }

    @Test func aKnownRespondentResumesOneRequestAtATime() throws {
        var first = try workspace.startFill(organisation: "ruche", referentiel: "mini", role: .usager, name: "Sam")
        try first.save(Answer(criterionID: Self.ids[0], value: .level(2)), position: Self.ids[1])
        // As a web page would, each request with the draft and the respondent only.
        var again = try workspace.fillSession(assessment: first.assessmentID, respondent: first.respondentID)
        #expect(again.name == "Sam" && again.answers.count == 1 && !again.createdAssessment)
        #expect(try again.startIndex() == 1)
        try again.save(Answer(criterionID: Self.ids[1], value: .number(12)), position: Self.ids[2])
        #expect(try workspace.fillSession(assessment: first.assessmentID, respondent: first.respondentID).doneCount == 2)
        #expect(throws: WorkspaceError.unknownRespondent(assessment: first.assessmentID, respondent: 999)) {
            try workspace.fillSession(assessment: first.assessmentID, respondent: 999)
        }
        try again.complete()
        #expect(throws: WorkspaceError.draftComplete(first.assessmentID)) { try workspace.fillSession(assessment: first.assessmentID, respondent: first.respondentID) }
    }

    @Test func aCarriedAnswerIsNotDoneUntilConfirmed() throws {
        var session = try workspace.startFill(organisation: "ruche", referentiel: "mini", role: .direction)
        let carried = Answer(criterionID: Self.ids[0], value: .level(2), origin: "mini@0.9.0 mn.regles (2023)")
        try session.save(carried, position: Self.ids[0])
        #expect(!session.isDone(session.criteria[0]))
        try session.save(carried.confirmed(), position: Self.ids[1])
        #expect(session.isDone(session.criteria[0]))
        #expect(session.answers[Self.ids[0]]?.origin == "confirmé · mini@0.9.0 mn.regles (2023)")
    }

    @Test func theOutcomeScoresEveryRespondentWithTheTargets() throws {
        var lea = try workspace.startFill(organisation: "ruche", referentiel: "mini", role: .direction)
        _ = try workspace.setTarget(organisation: "ruche", referentiel: "mini", criterion: Self.ids[0], level: 3)
        for (id, value) in zip(Self.ids, [AnswerValue.level(1), .number(50), .level(4), .yesNo(false), .text("rien")]) {
            try lea.save(Answer(criterionID: id, value: value), position: id)
        }
        var karim = try workspace.startFill(organisation: "ruche", referentiel: "mini", role: .salarie)
        try karim.save(Answer(criterionID: Self.ids[0], value: .level(3)), position: Self.ids[1])
        let outcome = try #require(try lea.outcome())
        #expect(outcome.respondents == 2)
        #expect(outcome.canComplete)
        #expect(try #require(try karim.outcome()).canComplete == false)
        // mn.regles-ecrites: mean of 1 and 3 = 2, target 3 → gap 1; mn.charte: no = 0, top 1 → gap 1 (later in the grid);
        // mn.participation: 50 % → level 3 of 4 → gap 1; mn.entretiens 4 of 4: no gap. Ties keep the grid order.
        #expect(outcome.furthest == [TargetGap(criterionID: Self.ids[0], value: 2, target: 3), TargetGap(criterionID: Self.ids[1], value: 3, target: 4),
                                     TargetGap(criterionID: Self.ids[3], value: 0, target: 1)])
        #expect(outcome.score.criterion(Self.ids[0])?.targetLevel == 3)
    }
}
