import Foundation
import Testing
@testable import PratiquesCore

/// Scoring with profiles, facts, indicators, band limits and polarity, on the atelier grid, each
/// figure computed by hand:
/// - dimension « at.assemblee » (applies_to has_general_assembly): at.participation (fact, bands
///   0 / 20 / 50 → levels 0 / 2 / 4), at.convocation (level);
/// - dimension « at.equipe »: at.parite (bands < 40 → 0, 40–60 → 4, > 60 → 0), at.ecart (fact,
///   applies_to has_employees; ≤ 3 → 4, ≤ 5 → 2, above → 0), at.avantages (yes/no, yes is bad),
///   at.effectif (indicator, not scored), at.entretien (applies_to association or SCOP of 1–49 people).
@Suite struct ProfileScoringTests {
    let engine = ScoringEngine(referentiel: Fixtures.atelier)

    func assessment(_ respondents: [Respondent], consensus: [Answer] = [], facts: [AssessmentFact] = []) -> Assessment {
        Assessment(organisationSlug: "org", referentiel: ReferentielReference(id: "atelier", version: SemanticVersion(1, 0, 0)),
                   date: "2026-03-01", label: "2026", respondents: respondents, consensus: consensus, facts: facts)
    }

    func answers(_ values: [String: AnswerValue]) -> [Answer] { values.map { Answer(criterionID: $0.key, value: $0.value) } }

    /// Everything answered by one person.
    var full: Assessment {
        assessment([Respondent(role: .direction, name: "Ana", answers: answers([
            "at.participation": .number(10), "at.convocation": .level(4), "at.parite": .number(50), "at.ecart": .number(3),
            "at.avantages": .yesNo(true), "at.effectif": .number(12), "at.entretien": .level(2),
        ]))])
    }

    @Test func anUnknownProfileExcludesNothing() throws {
        let score = engine.score(full)
        // at.assemblee: participation 10 % → level 0 → 0; convocation 4 → 100; (0 + 100) / 2 = 50.
        #expect(score.dimension("at.assemblee")?.score == 50)
        // at.equipe: parité 50 % → 4 → 100; écart 3 (≤ 3) → 4 → 100; avantages « oui », yes is bad → 0;
        // entretien 2 → 50; effectif is an indicator. (100 + 100 + 0 + 50) / 4 = 62.5.
        #expect(score.dimension("at.equipe")?.score == 62.5)
        #expect(score.overall == (50 + 62.5) / 2)      // 56.25
        #expect(score.applicable == 6 && score.answered == 6)
        #expect(score.criterion("at.ecart")?.applicability == .unknown)
        #expect(score.criterion("at.avantages")?.applicability == .applies)
    }

    @Test func whatDoesNotApplyIsLeftOutOfScoresAndCoverage() throws {
        // An association without employees or general assembly.
        let profile = OrganisationProfile(legalForm: .association, sizeBand: SizeBand.none, hasGeneralAssembly: false)
        let score = engine.score(full, profile: profile)
        let assemblee = try #require(score.dimension("at.assemblee"))
        #expect(assemblee.score == nil && assemblee.applicable == 0 && assemblee.answered == 0 && assemblee.doesNotApply == 2)
        // at.equipe: écart (no employees) and entretien (size band 0) do not apply: (100 + 0) / 2 = 50.
        let equipe = try #require(score.dimension("at.equipe"))
        #expect(equipe.score == 50 && equipe.applicable == 2 && equipe.answered == 2 && equipe.doesNotApply == 2)
        #expect(score.overall == 50)
        #expect(score.coverage == 1)
        let ecart = try #require(score.criterion("at.ecart"))
        #expect(ecart.applicability == .doesNotApply && ecart.score == nil && ecart.value == nil && !ecart.isNotApplicable)
        // A target on a criterion that does not apply gives nothing to reach.
        #expect(engine.score(full, targets: ["at.ecart": 4], profile: profile).criterion("at.ecart")?.percentToTarget == nil)
    }

    @Test func aKnownProfileThatMeetsEveryCondition() throws {
        let scop = Organisation(slug: "scop", name: "SCOP", legalForm: .scop, sizeBand: .small)
        #expect(scop.profile.hasGeneralAssembly == true)    // settled by the legal form
        let score = engine.score(full, profile: scop.profile)
        #expect(score.overall == 56.25)
        #expect(score.criteria.filter(\.isScored).allSatisfy { $0.applicability == .applies })
    }

    @Test func aFactIsNeverAveraged() throws {
        let score = engine.score(assessment([
            Respondent(role: .direction, name: "Ana", answers: answers(["at.participation": .number(10)])),
            Respondent(role: .salarie, name: "Ben", answers: answers(["at.participation": .number(60)])),
        ]))
        let participation = try #require(score.criterion("at.participation"))
        // The first value entered counts: 10 % → level 0 → 0. Averaging would have given 50
        // (levels 0 and 4) or, from the numbers, 35 % → level 2 → 50.
        #expect(participation.score == 0)
        #expect(participation.value == 0)
        #expect(participation.source == .fact)
        #expect(participation.number == 10)
        #expect(participation.isFact && participation.factNeedsSettling)
        #expect(participation.statistics.isDivergent)
        #expect(participation.statistics.n == 2)
    }

    @Test func aRecordedFactOrAConsensusCountsOverTheAnswers() throws {
        let respondents = [Respondent(role: .direction, name: "Ana", answers: answers(["at.participation": .number(10)]))]
        let recorded = AssessmentFact(criterionID: "at.participation", value: .number(55), enteredBy: RespondentKey(role: .benevole))
        let withFact = engine.score(assessment(respondents, facts: [recorded])).criterion("at.participation")
        #expect(withFact?.score == 100 && withFact?.number == 55 && withFact?.factNeedsSettling == false)  // 55 % → level 4
        let withConsensus = engine.score(assessment(respondents, consensus: answers(["at.participation": .number(25)])))
        #expect(withConsensus.criterion("at.participation")?.score == 50)   // 25 % → level 2
        #expect(withConsensus.criterion("at.participation")?.source == .fact)
    }

    @Test func indicatorsAreShownNotScored() throws {
        let score = engine.score(full)
        let effectif = try #require(score.criterion("at.effectif"))
        #expect(!effectif.isScored && effectif.score == nil && effectif.value == nil)
        #expect(effectif.number == 12)
        #expect(effectif.maxValue == 0)
        // Two respondents with different numbers and no fact: nothing stands for the organisation.
        let parite = engine.score(assessment([
            Respondent(role: .direction, answers: answers(["at.parite": .number(50)])),
            Respondent(role: .administrateur, answers: answers(["at.parite": .number(45)])),
        ])).criterion("at.parite")
        #expect(parite?.number == nil)
        #expect(parite?.score == 100)   // both in 40–60 → level 4
    }

    @Test func polarityDecidesWhichAnswerIsGood() throws {
        let yes = engine.score(assessment([Respondent(role: .direction, answers: answers(["at.avantages": .yesNo(true)]))]))
        let no = engine.score(assessment([Respondent(role: .direction, answers: answers(["at.avantages": .yesNo(false)]))]))
        #expect(yes.criterion("at.avantages")?.score == 0)
        #expect(no.criterion("at.avantages")?.score == 100)
        #expect(ScoringEngine.value(of: .yesNo(false), for: try #require(Fixtures.atelier.criterion(id: "at.avantages"))) == 1)
    }

    /// « ≤ 3 » and « 40 to 60 inclusive »: the limit values themselves, scored.
    @Test(arguments: [("at.ecart", 3.0, 100.0), ("at.ecart", 3.5, 50), ("at.ecart", 5, 50), ("at.ecart", 5.01, 0),
                      ("at.parite", 40, 100), ("at.parite", 60, 100), ("at.parite", 60.5, 0), ("at.parite", 39.5, 0)])
    func inclusiveLimitsScore(_ id: String, _ number: Double, _ expected: Double) {
        let score = engine.score(assessment([Respondent(role: .direction, answers: answers([id: .number(number)]))]))
        #expect(score.criterion(id)?.score == expected)
    }
}

/// The rules of a fact (``AssessmentFact``): the first value counts, other values wait to be
/// settled, never averaged.
@Suite struct AssessmentFactTests {
    let ana = RespondentKey(role: .direction, name: "Ana")
    let ben = RespondentKey(role: .salarie, name: "Ben")
    let cy = RespondentKey(role: .benevole, name: "Cy")

    @Test func enteringAndSettling() {
        var fact = AssessmentFact(criterionID: "x", value: nil)
        fact = fact.entering(.number(30), comment: "AG de mars", by: ana)
        #expect(fact.value == .number(30) && fact.enteredBy == ana && !fact.needsSettling)
        fact = fact.entering(.number(30), comment: "d'accord", by: ben)
        #expect(fact.value == .number(30) && fact.proposals.isEmpty && fact.comment == "AG de mars / d'accord")
        fact = fact.entering(.number(40), by: ben)
        #expect(fact.value == .number(30) && fact.proposals == [FactProposal(respondent: ben, value: .number(40))])
        fact = fact.entering(.number(45), by: ben)          // Ben changes his mind: one proposal each
        #expect(fact.proposals == [FactProposal(respondent: ben, value: .number(45))])
        fact = fact.entering(.number(35), by: ana)          // the author too, once a divergence is open
        #expect(fact.value == .number(30) && fact.proposals.count == 2)
        #expect(fact.allValues == [.number(30), .number(45), .number(35)])
        fact = fact.settled(with: .number(45), by: nil)
        #expect(fact.value == .number(45) && fact.proposals.isEmpty && fact.enteredBy == nil)
    }

    @Test func theAuthorCorrectsTheirOwnEntryWhileNobodyDisagrees() {
        let fact = AssessmentFact(criterionID: "x", value: nil).entering(.number(30), by: ana).entering(.number(32), by: ana)
        #expect(fact.value == .number(32) && fact.proposals.isEmpty)
        let other = fact.entering(.number(32), by: cy).entering(.number(33), by: cy)
        #expect(other.value == .number(32) && other.proposals == [FactProposal(respondent: cy, value: .number(33))])
    }

    @Test func readFromAnswersGivenBeforeFactsExisted() throws {
        let r = Fixtures.atelier
        let assessment = Assessment(organisationSlug: "org", referentiel: ReferentielReference(id: "atelier", version: SemanticVersion(1, 0, 0)),
                                    date: "2026-03-01", label: "2026", respondents: [
                                        Respondent(role: .direction, name: "Ana", answers: [Answer(criterionID: "at.ecart", value: .number(2.5), comment: "fiches de paie")]),
                                        Respondent(role: .salarie, name: "Ben", answers: [Answer(criterionID: "at.ecart", value: .number(4))]),
                                        Respondent(role: .benevole, name: "Cy", answers: [Answer(criterionID: "at.ecart", value: .number(2.5)),
                                                                                          Answer(criterionID: "at.parite", value: .number(50))]),
                                    ])
        let fact = try #require(assessment.fact(for: "at.ecart"))
        #expect(fact.value == .number(2.5) && fact.enteredBy == ana && fact.comment == "fiches de paie")
        #expect(fact.proposals == [FactProposal(respondent: ben, value: .number(4))])
        #expect(assessment.fact(for: "at.participation") == nil)
        // Recording the facts moves them out of the answers; the score does not move.
        let recorded = assessment.recordingFacts(of: r)
        #expect(recorded.facts["at.ecart"] == fact)
        #expect(recorded.respondents.allSatisfy { $0.answers["at.ecart"] == nil })
        #expect(recorded.respondents[2].answers["at.parite"]?.value == .number(50))   // not a fact: untouched
        #expect(recorded.facts["at.parite"] == nil)
        let engine = ScoringEngine(referentiel: r)
        #expect(engine.score(recorded) == engine.score(assessment))
    }
}

/// Which profiles meet which conditions.
@Suite struct ApplicabilityTests {
    @Test(arguments: [
        (AppliesTo(hasEmployees: true), OrganisationProfile(sizeBand: .micro), Applicability.applies),
        (AppliesTo(hasEmployees: true), OrganisationProfile(sizeBand: SizeBand.none), .doesNotApply),
        (AppliesTo(hasEmployees: true), OrganisationProfile(legalForm: .scop), .unknown),
        (AppliesTo(legalForms: [.scop, .scic]), OrganisationProfile(legalForm: .association), .doesNotApply),
        (AppliesTo(legalForms: [.scop, .scic], hasEmployees: true), OrganisationProfile(legalForm: .scic), .unknown),
        (AppliesTo(legalForms: [.scop, .scic], hasEmployees: true), OrganisationProfile(legalForm: .association), .doesNotApply),
        (AppliesTo(sizeBands: [.medium, .large]), OrganisationProfile(sizeBand: .large), .applies),
        (AppliesTo(hasGeneralAssembly: true, hasVolunteers: true), OrganisationProfile(hasGeneralAssembly: true, hasVolunteers: false), .doesNotApply),
        (AppliesTo(hasBoard: false), OrganisationProfile(hasBoard: false), .applies),
    ])
    func evaluate(_ conditions: AppliesTo, _ profile: OrganisationProfile, _ expected: Applicability) {
        #expect(conditions.evaluate(profile) == expected)
        #expect(conditions.evaluate(.unknown) != .doesNotApply)
    }

    @Test func theLegalFormSettlesTheGeneralAssemblyOnlyWhereTheLawDoes() {
        func profile(_ form: LegalForm, declared: Bool? = nil) -> OrganisationProfile {
            Organisation(slug: "o", name: "O", legalForm: form, hasGeneralAssembly: declared).profile
        }
        #expect(profile(.fondation).hasGeneralAssembly == false)
        #expect(profile(.scop).hasGeneralAssembly == true)
        #expect(profile(.mutuelle).hasGeneralAssembly == true)
        #expect(profile(.association).hasGeneralAssembly == nil)
        #expect(profile(.entrepriseESS).hasGeneralAssembly == nil)
        #expect(profile(.association, declared: false).hasGeneralAssembly == false)
        #expect(profile(.fondation, declared: true).hasGeneralAssembly == true)   // what is declared wins
    }

    @Test func satisfiableAndDescribed() {
        #expect(!AppliesTo(sizeBands: [.small], hasEmployees: false).isSatisfiable)
        #expect(AppliesTo(sizeBands: [SizeBand.none], hasEmployees: false).isSatisfiable)
        #expect(AppliesTo(legalForms: [.scop], sizeBands: [.small], hasEmployees: true).describe(in: .fr)
                == "SCOP ; effectif 10-49 ; avec personnes salariées")
        #expect(AppliesTo(legalForms: [.scop], hasBoard: false).compactDescription == "legal_form=scop; has_board=false")
    }
}
