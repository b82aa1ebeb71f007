import Foundation
import Testing
@testable import PratiquesCore

/// Property: carrying an assessment through `equal` steps only never changes its scores.
///
/// Seeded random assessments on the shipped gouvernance démocratique 1.0.0 (levels, numbers,
/// « non applicable », unanswered criteria, comments, consensus) are carried onto a major
/// version whose migration maps every criterion `equal`, and through a minor version on the way.
@Suite struct EqualCarryPropertyTests {
    /// SplitMix64: a small, fast, seeded generator.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let base = ReferentielCatalog(directory: Fixtures.referentielsDirectory).find("gouvernance-democratique", version: SemanticVersion(1, 0, 0))!.referentiel

    /// 1.0.0 → 1.0.1 (a patch: same content) → 2.0.0 (every criterion `equal`).
    static var chain: [Referentiel] {
        var patch = base
        patch.version = SemanticVersion(1, 0, 1)
        var major = base
        major.version = SemanticVersion(2, 0, 0)
        major.migration = Migration(from: patch.version, steps: base.criteria.map { MigrationStep(kind: .equal, from: [$0.id], to: [$0.id]) })
        return [base, patch, major]
    }

    static func randomValue(for criterion: Criterion, using random: inout SplitMix64) -> AnswerValue? {
        if Int.random(in: 0..<10, using: &random) == 0 { return nil }
        if criterion.allowsNotApplicable && Int.random(in: 0..<6, using: &random) == 0 { return .notApplicable }
        switch criterion.kind {
        case .level: return .level(Int.random(in: 0...4, using: &random))
        case .yesNo: return .yesNo(Bool.random(using: &random))
        case .number: return .number(Double(Int.random(in: 0...1000, using: &random)) / 10)
        case .text: return .text("texte \(Int.random(in: 0...9, using: &random))")
        }
    }

    static func randomAssessment(using random: inout SplitMix64) -> Assessment {
        let roles = RespondentRole.allCases
        var respondents: [Respondent] = []
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            var answers: [Answer] = []
            for criterion in base.criteria where Int.random(in: 0..<8, using: &random) != 0 {
                answers.append(Answer(criterionID: criterion.id, value: randomValue(for: criterion, using: &random),
                                      comment: Bool.random(using: &random) ? "commentaire" : nil))
            }
            respondents.append(Respondent(role: roles.randomElement(using: &random)!, answers: answers))
        }
        var consensus: [Answer] = []
        for criterion in base.criteria where Int.random(in: 0..<5, using: &random) == 0 {
            if let value = randomValue(for: criterion, using: &random) { consensus.append(Answer(criterionID: criterion.id, value: value)) }
        }
        return Assessment(organisationSlug: "org", referentiel: ReferentielReference(id: base.id, version: base.version),
                          date: "2024-01-01", label: "2024", respondents: respondents, consensus: consensus)
    }

    @Test(arguments: [UInt64(1), 42, 20_260_101])
    func equalStepsNeverChangeScores(seed: UInt64) throws {
        var random = SplitMix64(state: seed)
        let chain = Self.chain
        let before = ScoringEngine(referentiel: chain[0])
        let after = ScoringEngine(referentiel: chain[2])
        for _ in 0..<150 {
            let assessment = Self.randomAssessment(using: &random)
            let carried = try AnswerCarrier.carry(assessment, from: chain[0], through: Array(chain.dropFirst()))
            #expect(carried.report.notComparable.isEmpty)
            #expect(carried.report.traces.allSatisfy { $0.isEqual })
            let original = before.score(assessment), moved = after.score(carried.assessment)
            #expect(moved.overall == original.overall)
            #expect(moved.applicable == original.applicable && moved.answered == original.answered)
            #expect(moved.dimensions == original.dimensions)
            for (a, b) in zip(original.criteria, moved.criteria) {
                #expect(a.criterionID == b.criterionID && a.score == b.score && a.value == b.value
                        && a.isNotApplicable == b.isNotApplicable && a.statistics == b.statistics)
            }
            // Every answer was carried as it was, only marked with its origin (empty answers,
            // with neither value nor comment, carry nothing and are left out).
            for (old, new) in zip(assessment.respondents, carried.assessment.respondents) {
                #expect(old.answers.filter { $0.value.value != nil || $0.value.comment != nil }
                            .mapValues { Answer(criterionID: $0.criterionID, value: $0.value, comment: $0.comment) }
                        == new.answers.mapValues { Answer(criterionID: $0.criterionID, value: $0.value, comment: $0.comment) })
                #expect(new.answers.values.allSatisfy { $0.origin?.hasSuffix("(equal)") == true })
            }
        }
    }
}
