import Foundation
import PratiquesCore
@testable import PratiquesReports

/// A report built in memory on the mini grid: two assessments of « La Ruche », with a
/// divergence, a consensus, a comment that looks like a formula, a target and actions.
enum ReportFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let mini = try! ReferentielLoader.load(path: root.appendingPathComponent("Tests/Fixtures/referentiels/mini/1.0.0.yaml").path)

    static func answer(_ id: String, _ value: AnswerValue?, _ comment: String? = nil) -> Answer {
        Answer(criterionID: id, value: value, comment: comment)
    }

    static let organisation = Organisation(slug: "ruche", name: "La Ruche", legalForm: .association, departement: "80", consentsToBeNamed: true)

    static var assessments: [Assessment] {
        let reference = ReferentielReference(id: "mini", version: SemanticVersion(1, 0, 0), sha256: mini.sha256)
        let first = Assessment(organisationSlug: "ruche", referentiel: reference, date: "2024-03-01", label: "2024", respondents: [
            Respondent(role: .direction, name: "Claire", answers: [answer("mn.regles-ecrites", .level(1), "=SUM(A1)"),
                                                                  answer("mn.participation", .number(32.5)),
                                                                  answer("mn.entretiens", .notApplicable),
                                                                  answer("mn.charte", .yesNo(true))]),
            Respondent(role: .benevole, answers: [answer("mn.regles-ecrites", .level(3), "+pas d'accord"),
                                                 answer("mn.charte", .yesNo(false)),
                                                 answer("mn.remarques", .text("-rien à signaler"))]),
        ])
        let second = Assessment(organisationSlug: "ruche", referentiel: reference, date: "2025-03-01", label: "2025", respondents: [
            Respondent(role: .direction, answers: [answer("mn.regles-ecrites", .level(3)), answer("mn.participation", .number(61)),
                                                  answer("mn.charte", .yesNo(true))]),
        ], consensus: [answer("mn.regles-ecrites", .level(2), "@bureau")])
        return [first, second]
    }

    static func report(language: Language = .fr) -> OrganisationReport {
        let engine = ScoringEngine(referentiel: mini.referentiel, sha256: mini.sha256)
        let targets = ["mn.regles-ecrites": 4]
        var entries: [OrganisationReport.Entry] = []
        var previous: AssessmentScore?
        for assessment in assessments {
            let score = engine.score(assessment, targets: targets)
            entries.append(OrganisationReport.Entry(assessment: assessment, referentiel: mini, score: score,
                                                    progress: previous.map { ScoreProgress(from: $0, to: score) }))
            previous = score
        }
        return OrganisationReport(organisation: organisation, entries: entries,
                                  targets: [Target(organisationSlug: "ruche", referentielID: "mini", criterionID: "mn.regles-ecrites", level: 4, horizon: "2026-12-31")],
                                  actions: [PlannedAction(organisationSlug: "ruche", referentielID: "mini", criterionID: "mn.regles-ecrites",
                                                          title: "=Écrire le règlement", owner: "Bureau", dueDate: "2025-01-31"),
                                            PlannedAction(organisationSlug: "ruche", title: "Former le CA", dueDate: "2027-01-31", status: .inProgress),
                                            PlannedAction(organisationSlug: "ruche", title: "Ancienne action", dueDate: "2024-01-31", status: .done)],
                                  generatedOn: "2025-06-01", language: language)
    }

    static func temporaryPath(_ name: String) -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-reports-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name).path
    }
}
