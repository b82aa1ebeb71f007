import Foundation
import PratiquesCore
@testable import PratiquesReports

/// A cohort of six organisations on the mini grid, two sessions. Each organisation's value is a
/// consensus level on mn.regles-ecrites (score = level × 25); « a » and « zorglub-confidentiel »
/// also answer mn.charte. Two organisations do not consent to be named; every answer carries
/// a recognisable comment that must never reach the funder workbook.
///
/// mn.regles scores — T0: a 25, b 50, c 100, d 75, zorglub 0, opaque 50;
///                    T1: a 75, b 50, c 25, zorglub 50, opaque 100 (d absent).
enum CohortFixtures {
    static let mini = ReportFixtures.mini
    static let secretComment = "COMMENTAIRE-CONFIDENTIEL-XYZ"

    static let organisations = [
        Organisation(slug: "a", name: "Atelier Alpha", legalForm: .association, consentsToBeNamed: true),
        Organisation(slug: "b", name: "Bureau Beta", legalForm: .scop, consentsToBeNamed: true),
        Organisation(slug: "c", name: "Cellier Gamma", legalForm: .scic, consentsToBeNamed: true),
        Organisation(slug: "d", name: "Dépôt Delta", legalForm: .association, consentsToBeNamed: true),
        Organisation(slug: "zorglub-confidentiel", name: "Zorglub Secret", legalForm: .association, consentsToBeNamed: false),
        Organisation(slug: "opaque-mystere", name: "Opaque Mystère", legalForm: .mutuelle, consentsToBeNamed: false),
    ]

    /// (organisation, session, regles-ecrites level, charte)
    static let answers: [(String, Int, Int, Bool?)] = [
        ("a", 0, 1, false), ("b", 0, 2, nil), ("c", 0, 4, nil), ("d", 0, 3, nil), ("zorglub-confidentiel", 0, 0, true), ("opaque-mystere", 0, 2, nil),
        ("a", 1, 3, true), ("b", 1, 2, nil), ("c", 1, 1, nil), ("zorglub-confidentiel", 1, 2, nil), ("opaque-mystere", 1, 4, nil),
    ]

    static let cohort = Cohort(name: "cohorte-test", parcours: "Parcours test",
                               sessions: [CohortSession(position: 0, label: "T0", date: "2024-03-14"),
                                          CohortSession(position: 1, label: "T1", date: "2025-03-18")],
                               members: organisations.map(\.slug).sorted())

    static func assessment(_ organisation: String, session: Int, level: Int, charte: Bool?) -> Assessment {
        var consensus = [Answer(criterionID: "mn.regles-ecrites", value: .level(level), comment: secretComment)]
        if let charte { consensus.append(Answer(criterionID: "mn.charte", value: .yesNo(charte), comment: secretComment)) }
        return Assessment(organisationSlug: organisation, referentiel: ReferentielReference(id: "mini", version: SemanticVersion(1, 0, 0), sha256: mini.sha256),
                          date: session == 0 ? "2024-03-14" : "2025-03-18", label: session == 0 ? "2024" : "2025",
                          respondents: [Respondent(role: .direction, name: "Zorglub Secret", answers: [
                              Answer(criterionID: "mn.remarques", value: .text(secretComment), comment: secretComment)])],
                          consensus: consensus)
    }

    static var scored: [(organisation: String, session: Int, assessment: Assessment, score: AssessmentScore)] {
        let engine = ScoringEngine(referentiel: mini.referentiel, sha256: mini.sha256)
        return answers.map { answer in
            let assessment = assessment(answer.0, session: answer.1, level: answer.2, charte: answer.3)
            return (answer.0, answer.1, assessment, engine.score(assessment))
        }
    }

    static func report(language: Language = .fr) -> CohortReport {
        var accumulator = CohortAccumulator(referentiel: mini.referentiel, sha256: mini.sha256, sessions: ["T0", "T1"])
        for entry in scored { accumulator.add(organisation: entry.organisation, session: entry.session, score: entry.score) }
        return CohortReport(comparison: CohortComparison(cohort: cohort, grids: [accumulator.finish()]), organisations: organisations,
                            generatedOn: "2026-11-24", language: language)
    }

    static func dataRows(_ report: CohortReport) -> [CohortDataRow] {
        scored.flatMap { entry in
            CohortDataRow.rows(organisation: report.name(entry.organisation), session: entry.session == 0 ? "T0" : "T1",
                               date: entry.assessment.date, score: entry.score)
        }
    }
}
