import Foundation
import Testing
@testable import PratiquesApp
@testable import PratiquesCore
@testable import PratiquesStore

/// Targets and actions: checked against the grids before they are written.
@Suite struct PlansTests {
    @Test func aTargetIsOnAKnownCriterionAndOnItsScale() throws {
        let fixture = try AppFixture()
        let workspace = fixture.workspace
        try workspace.saveOrganisation(Organisation(slug: "ruche", name: "La Ruche", legalForm: .association))
        let target = try workspace.setTarget(organisation: "ruche", referentiel: "mini", criterion: "mn.participation", level: 4, horizon: Day("2027-06-30"))
        #expect(try workspace.targets(organisation: "ruche") == [Target(id: 1, organisationSlug: "ruche", referentielID: "mini", criterionID: "mn.participation",
                                                                        level: 4, horizon: "2027-06-30")])
        #expect(target.horizon == "2027-06-30")
        #expect(throws: WorkspaceError.unknownReferentiel("nope")) { try workspace.setTarget(organisation: "ruche", referentiel: "nope", criterion: "x", level: 1) }
        #expect(throws: WorkspaceError.unknownCriterion("mn.nope", referentiel: "mini@1.0.0")) {
            try workspace.setTarget(organisation: "ruche", referentiel: "mini", criterion: "mn.nope", level: 1)
        }
        // The imports' rule (Core's AnswerChecker), in the same words.
        let outside = #expect(throws: WorkspaceError.self) {
            try workspace.setTarget(organisation: "ruche", referentiel: "mini", criterion: "mn.participation", level: 5)
        }
        #expect(outside?.message(in: .fr).hasPrefix("objectif 5 hors de l'échelle « maturite » (") == true, "\(String(describing: outside))")
        #expect(outside?.message(in: .en).hasPrefix("target 5 is outside scale 'maturite' (") == true)
        // A yes/no criterion has no scale to check against.
        _ = try workspace.setTarget(organisation: "ruche", referentiel: "mini", criterion: "mn.charte", level: 1)
        #expect(throws: WorkspaceError.unknownOrganisation("nope")) { try workspace.setTarget(organisation: "nope", referentiel: "mini", criterion: "mn.charte", level: 1) }
        #expect(throws: WorkspaceError.unknownOrganisation("nope")) { try workspace.targets(organisation: "nope") }
    }

    @Test func actionsAreOnAKnownCriterionOpenOnesFirst() throws {
        let fixture = try AppFixture()
        let workspace = fixture.workspace
        try fixture.importFiles(AppFixture.importPath("ruche.json"))
        let added = try workspace.addAction(PlannedAction(organisationSlug: "ruche", referentielID: "mini", criterionID: "mn.charte", title: "Signer la charte"))
        #expect(throws: WorkspaceError.unknownCriterion("mn.nope", referentiel: "mini")) {
            try workspace.addAction(PlannedAction(organisationSlug: "ruche", referentielID: "mini", criterionID: "mn.nope", title: "x"))
        }
        #expect(throws: WorkspaceError.unknownOrganisation("nope")) { try workspace.addAction(PlannedAction(organisationSlug: "nope", title: "x")) }
        let first = try #require(try workspace.actions(organisation: "ruche").first)
        try workspace.markActionDone(first.id!)
        #expect(try workspace.actions(organisation: "ruche").map(\.title) == ["Signer la charte", "Écrire le règlement"])
        #expect(try workspace.actions(organisation: "ruche", openOnly: true).map(\.id) == [added.id])
        #expect(throws: WorkspaceError.unknownAction(999)) { try workspace.markActionDone(999) }
        #expect(throws: WorkspaceError.unknownOrganisation("nope")) { try workspace.actions(organisation: "nope") }
    }
}
