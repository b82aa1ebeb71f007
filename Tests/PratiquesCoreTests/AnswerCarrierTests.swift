import Foundation
import Testing
@testable import PratiquesCore

/// Each kind of mapping, chains of migrations and what carrying reports, on the « vg » grid of
/// ``VersionFixtures`` (1.0.0 → 1.1.0 → 2.0.0).
@Suite struct AnswerCarrierTests {
    typealias F = VersionFixtures

    func carry(_ assessment: Assessment, rule: MigrationStep.MergeRule = .mean, mergeNA: Bool = false) throws -> CarriedAssessment {
        let from = assessment.referentiel.version == F.v1.version ? F.v1 : F.v11
        let through = from.version == F.v1.version ? [F.v11, F.v2(rule: rule, mergeTargetAllowsNA: mergeNA)] : [F.v2(rule: rule, mergeTargetAllowsNA: mergeNA)]
        return try AnswerCarrier.carry(assessment, from: from, through: through)
    }

    @Test func equalKeepsValueAndCommentAndNamesItsOrigin() throws {
        let original = F.assessment(on: F.v1.version, [F.respondent(["e": .level(3), "f": .yesNo(false)], comments: ["e": "vu en CA"])])
        let carried = try carry(original)
        let answers = carried.assessment.respondents[0].answers
        #expect(answers["e"]?.value == .level(3))
        #expect(answers["e"]?.comment == "vu en CA")
        #expect(answers["f"]?.value == .yesNo(false))
        #expect(answers["e"]?.origin == "vg@1.0.0 e → e (equal)")
        #expect(answers["e"]?.awaitsConfirmation == true)
        #expect(carried.assessment.referentiel.version == SemanticVersion(2, 0, 0))
        // The original is untouched.
        #expect(carried.original == original)
        #expect(original.respondents[0].answers["e"]?.origin == nil)
    }

    @Test func splitGivesTheOldAnswerToEachNewCriterion() throws {
        let carried = try carry(F.assessment(on: F.v1.version, [F.respondent(["a": .level(2)], comments: ["a": "statuts seulement"])]))
        let answers = carried.assessment.respondents[0].answers
        #expect(answers["a1"]?.value == .level(2))
        #expect(answers["a2"]?.value == .level(2))
        #expect(answers["a2"]?.comment == "statuts seulement")
        #expect(answers["a1"]?.origin == "vg@1.0.0 a → a1 (split)")
        #expect(answers["a"] == nil)
        #expect(carried.report.trace(of: "a2")?.kinds == [.split])
    }

    @Test(arguments: [
        // b, c → bc: min, mean (rounded half up), max.
        (MigrationStep.MergeRule.min, 1, 4, 1),
        (.max, 1, 4, 4),
        (.mean, 1, 4, 3),   // (1 + 4) / 2 = 2.5 → 3
        (.mean, 1, 2, 2),   // (1 + 2) / 2 = 1.5 → 2
        (.mean, 0, 1, 1),   // 0.5 → 1
        (.mean, 2, 2, 2),
        (.min, 3, 0, 0),
    ])
    func mergeCombinesWithItsRule(rule: MigrationStep.MergeRule, b: Int, c: Int, expected: Int) throws {
        let carried = try carry(F.assessment(on: F.v1.version, [F.respondent(["b": .level(b), "c": .level(c)])]), rule: rule)
        let answer = try #require(carried.assessment.respondents[0].answers["bc"])
        #expect(answer.value == .level(expected))
        #expect(answer.origin == "vg@1.0.0 b + c → bc (merge (\(rule.rawValue)))")
    }

    @Test func mergeLeavesOutNotApplicableAndMissingAnswers() throws {
        // Only c answered: the merge of one value is that value.
        var carried = try carry(F.assessment(on: F.v1.version, [F.respondent(["c": .level(3)])]), rule: .min)
        #expect(carried.assessment.respondents[0].answers["bc"]?.value == .level(3))
        // Nothing answered on b and c: no answer on bc.
        carried = try carry(F.assessment(on: F.v1.version, [F.respondent(["e": .level(3)])]))
        #expect(carried.assessment.respondents[0].answers["bc"] == nil)
    }

    @Test func mergeJoinsComments() throws {
        let carried = try carry(F.assessment(on: F.v1.version, [F.respondent(["b": .level(1), "c": .level(3)], comments: ["b": "AG tardive", "c": "CA vivant"])]))
        #expect(carried.assessment.respondents[0].answers["bc"]?.comment == "AG tardive / CA vivant")
    }

    @Test func droppedAndAddedCriteriaAreListedNotSilentlyLost() throws {
        let carried = try carry(F.assessment(on: F.v1.version, [F.respondent(["g": .level(4), "e": .level(1)])]))
        #expect(carried.assessment.respondents[0].answers["g"] == nil)
        let lost = carried.report.notComparable
        #expect(lost.contains(NotComparableCriterion(criterionID: "g", version: SemanticVersion(2, 0, 0), reason: .dropped)))
        #expect(lost.contains(NotComparableCriterion(criterionID: "h", version: SemanticVersion(1, 1, 0), reason: .added)))
        #expect(lost.count == 2)
        // Every criterion of 2.0.0 but h has a trace.
        #expect(carried.report.traces.map(\.criterionID) == ["a1", "a2", "bc", "e", "f"])
    }

    @Test func chainOfMigrationsGoesThroughEveryVersion() throws {
        let carried = try carry(F.assessment(on: F.v1.version, [F.respondent(["a": .level(1), "b": .level(4), "c": .level(4), "e": .level(2)])]))
        #expect(carried.report.path == [SemanticVersion(1, 0, 0), SemanticVersion(1, 1, 0), SemanticVersion(2, 0, 0)])
        #expect(carried.report.pathText == "1.0.0 → 1.1.0 → 2.0.0")
        // From 1.1.0, h has an answer and is carried; from 1.0.0 it is not comparable.
        let from11 = try carry(F.assessment(on: F.v11.version, [F.respondent(["h": .level(2)])]))
        #expect(from11.assessment.respondents[0].answers["h"]?.value == .level(2))
        #expect(from11.report.path == [SemanticVersion(1, 1, 0), SemanticVersion(2, 0, 0)])
        #expect(!from11.report.notComparable.contains { $0.criterionID == "h" })
    }

    @Test func consensusIsCarriedLikeARespondent() throws {
        let carried = try carry(F.assessment(on: F.v1.version, [F.respondent(["b": .level(0), "c": .level(4)])],
                                             consensus: [Answer(criterionID: "b", value: .level(2)), Answer(criterionID: "c", value: .level(3))]),
                                rule: .max)
        #expect(carried.assessment.consensus["bc"]?.value == .level(3))
        #expect(carried.assessment.consensus["bc"]?.origin == "vg@1.0.0 b + c → bc (merge (max))")
    }

    @Test func notApplicableOnEverySourceStaysNotApplicableWhenAllowed() throws {
        let both = F.assessment(on: F.v1.version, [F.respondent(["b": .notApplicable, "c": .notApplicable])])
        #expect(try carry(both, mergeNA: true).assessment.respondents[0].answers["bc"]?.value == .notApplicable)
        // Not allowed on the target: no value (and no comment), so no answer at all.
        #expect(try carry(both, mergeNA: false).assessment.respondents[0].answers["bc"] == nil)
    }

    /// Scores after carrying, computed by hand.
    @Test func scoreOfACarriedAssessment() throws {
        // a = 2, b = 1, c = 4 (mean 2.5 → 3), e = 4, f = no, g = 3 (dropped).
        let carried = try carry(F.assessment(on: F.v1.version, [F.respondent(["a": .level(2), "b": .level(1), "c": .level(4),
                                                                                "e": .level(4), "f": .yesNo(false), "g": .level(3)])]))
        let score = ScoringEngine(referentiel: F.v2()).score(carried.assessment)
        // d1: a1 = 2/4 = 50, a2 = 50, bc = 3/4 = 75 → (50 + 50 + 75) / 3 = 58.333…
        #expect(abs((score.dimension("d1")?.score ?? 0) - 175.0 / 3) < 1e-9)
        // d2: e = 100, f = 0, h unanswered → (100 + 0) / 2 = 50, coverage 2/3.
        #expect(score.dimension("d2")?.score == 50)
        #expect(score.dimension("d2")?.answered == 2)
        #expect(score.dimension("d2")?.applicable == 3)
        // overall: (58.333… + 50) / 2 = 54.1666…
        #expect(abs((score.overall ?? 0) - (175.0 / 3 + 50) / 2) < 1e-9)
    }

    @Test func anAssessmentOnTheNewestVersionIsNotCarried() throws {
        let newest = F.v2()
        let assessment = F.assessment(on: newest.version, [F.respondent(["a1": .level(1)])])
        let carried = try AnswerCarrier.carry(assessment, chain: VersionChain(versions: [F.v1, F.v11, newest]))
        #expect(!carried.isCarried)
        #expect(carried.assessment == assessment)
    }

    @Test func aChainRefusesAMajorVersionWithoutItsMigration() {
        var broken = F.v2()
        broken.migration = nil
        #expect(throws: VersionChainError.self) { try VersionChain(versions: [F.v1, F.v11, broken]) }
        // A migration from a version that is not the one before it.
        var wrong = F.v2()
        wrong.migration?.from = SemanticVersion(1, 0, 0)
        do {
            _ = try VersionChain(versions: [F.v1, F.v11, wrong])
            Issue.record("a chain with a migration from 1.0.0 after 1.1.0 was accepted")
        } catch {
            #expect(error.message(in: .en).contains("starts from 1.0.0, but the previous known version is 1.1.0"))
        }
    }

    @Test func kindChangedIsNotComparable() throws {
        var changed = F.v2()
        changed.dimensions[1].criteria[1] = F.level("f")   // f becomes a level criterion, mapped equal
        let carried = try AnswerCarrier.carry(F.assessment(on: F.v11.version, [F.respondent(["f": .yesNo(true)])]), from: F.v11, through: [changed])
        #expect(carried.assessment.respondents[0].answers["f"] == nil)
        let item = try #require(carried.report.notComparable.first { $0.criterionID == "f" })
        #expect(item.reason == .changed)
        #expect(item.detail?.en == "kind changed (yes_no → level)")
    }

    @Test func nearestLevelOnAScaleWithGaps() {
        // Levels 0, 2, 4: 2.5 is nearest 2; 3 is as near 2 as 4 → the higher, 4; 0.9 → 0.
        #expect(AnswerCarrier.nearestLevel(to: 2.5, among: [0, 2, 4]) == 2)
        #expect(AnswerCarrier.nearestLevel(to: 3, among: [0, 2, 4]) == 4)
        #expect(AnswerCarrier.nearestLevel(to: 0.9, among: [0, 2, 4]) == 0)
        // Consecutive levels: rounding half up.
        #expect(AnswerCarrier.nearestLevel(to: 2.5, among: [0, 1, 2, 3, 4]) == 3)
        #expect(AnswerCarrier.nearestLevel(to: 1.49, among: [0, 1, 2, 3, 4]) == 1)
    }

    @Test func roundHalfUp() {
        #expect(AnswerCarrier.roundHalfUp(2.5) == 3)
        #expect(AnswerCarrier.roundHalfUp(2.4999) == 2)
        #expect(AnswerCarrier.roundHalfUp(0.5) == 1)
        #expect(AnswerCarrier.roundHalfUp((1.0 / 3 + 2.0 / 3) / 2 * 4) == 2)
    }
}
