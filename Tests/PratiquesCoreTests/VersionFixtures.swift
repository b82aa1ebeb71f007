import Foundation
@testable import PratiquesCore

/// A small grid « vg » in three versions, built in code:
///
/// - 1.0.0: dimension d1 (a, b, c: level 0–4, N/A allowed on b and c), dimension d2 (e: level, f: yes/no, g: level with N/A);
/// - 1.1.0: the same plus h (level) in d2;
/// - 2.0.0: a split into a1 and a2; b and c merged into bc (rule given); g dropped; e, f, h equal.
enum VersionFixtures {
    static let scale = Scale(id: "m", levels: (0...4).map { ScaleLevel(value: $0, label: LocalizedText(fr: "niveau \($0)")) })

    static func level(_ id: String, notApplicable: Bool = false) -> Criterion {
        Criterion(id: id, kind: .level, question: LocalizedText(fr: "Question \(id) ?"), allowsNotApplicable: notApplicable, scaleID: "m",
                  descriptors: Dictionary(uniqueKeysWithValues: (0...4).map { ($0, LocalizedText(fr: "\(id) au niveau \($0)")) }))
    }

    static func yesNo(_ id: String) -> Criterion {
        Criterion(id: id, kind: .yesNo, question: LocalizedText(fr: "Question \(id) ?"))
    }

    static func grid(_ version: SemanticVersion, _ d1: [Criterion], _ d2: [Criterion], migration: Migration? = nil) -> Referentiel {
        Referentiel(id: "vg", version: version, title: "Grille", source: "Tests", scales: [scale],
                    dimensions: [Dimension(id: "d1", title: "D1", criteria: d1), Dimension(id: "d2", title: "D2", criteria: d2)],
                    migration: migration)
    }

    static let v1 = grid(SemanticVersion(1, 0, 0), [level("a"), level("b", notApplicable: true), level("c", notApplicable: true)], [level("e"), yesNo("f"), level("g", notApplicable: true)])
    static let v11 = grid(SemanticVersion(1, 1, 0), [level("a"), level("b", notApplicable: true), level("c", notApplicable: true)],
                          [level("e"), yesNo("f"), level("g", notApplicable: true), level("h")])

    static func v2(rule: MigrationStep.MergeRule = .mean, mergeTargetAllowsNA: Bool = false) -> Referentiel {
        grid(SemanticVersion(2, 0, 0), [level("a1"), level("a2"), level("bc", notApplicable: mergeTargetAllowsNA)], [level("e"), yesNo("f"), level("h")],
             migration: Migration(from: SemanticVersion(1, 1, 0), steps: [
                MigrationStep(kind: .split, from: ["a"], to: ["a1", "a2"]),
                MigrationStep(kind: .merge, from: ["b", "c"], to: ["bc"], rule: rule),
                MigrationStep(kind: .dropped, from: ["g"], to: []),
                MigrationStep(kind: .equal, from: ["e"], to: ["e"]),
                MigrationStep(kind: .equal, from: ["f"], to: ["f"]),
                MigrationStep(kind: .equal, from: ["h"], to: ["h"]),
             ]))
    }

    static func assessment(on version: SemanticVersion, _ respondents: [Respondent], consensus: [Answer] = []) -> Assessment {
        Assessment(organisationSlug: "org", referentiel: ReferentielReference(id: "vg", version: version), date: "2024-03-01",
                   label: "2024", respondents: respondents, consensus: consensus)
    }

    static func respondent(_ answers: [String: AnswerValue?], role: RespondentRole = .direction, comments: [String: String] = [:]) -> Respondent {
        Respondent(role: role, name: "R", answers: answers.map { Answer(criterionID: $0.key, value: $0.value, comment: comments[$0.key]) })
    }

    /// A loaded grid, for the rules between versions (the path names it in messages).
    static func loaded(_ referentiel: Referentiel) -> LoadedReferentiel {
        LoadedReferentiel(referentiel: referentiel, path: "\(referentiel.id)/\(referentiel.version).yaml", text: "",
                          sha256: ContentHash.sha256(of: referentiel))
    }
}
