import Foundation
import Testing
@testable import PratiquesCore

/// Carrying facts, criteria that become (or stop being) facts, and yes/no polarity, across a
/// major version of a small grid « fg » built in code:
/// - 1.0.0: n (number, fact), m (number), p (level, fact), y (yes/no), y1 and y2 (yes/no);
/// - 2.0.0: n equal (still a fact), m equal (now a fact), p equal (no longer a fact), y equal but
///   « yes » is now the bad answer, y1 + y2 merged (mean) into yb whose « yes » is bad.
/// Number bands: below 20 → 0, 20 to 50 → 2, 50 and up → 4.
@Suite struct FactCarryTests {
    static let scale = Scale(id: "m", levels: (0...4).map { ScaleLevel(value: $0, label: LocalizedText(fr: "niveau \($0)")) })
    static let bands = [NumberBand(min: 0, level: 0), NumberBand(min: 20, level: 2), NumberBand(min: 50, level: 4)]

    static func number(_ id: String, fact: Bool) -> Criterion {
        Criterion(id: id, kind: .number, question: "Combien ?", scaleID: "m", unit: "%", bounds: NumberBounds(min: 0, max: 100), bands: bands, isFact: fact)
    }
    static func level(_ id: String, fact: Bool) -> Criterion {
        Criterion(id: id, kind: .level, question: "Quel niveau ?", scaleID: "m",
                  descriptors: Dictionary(uniqueKeysWithValues: (0...4).map { ($0, LocalizedText(fr: "niveau \($0)")) }), isFact: fact)
    }
    static func yesNo(_ id: String, _ polarity: YesPolarity = .good) -> Criterion {
        Criterion(id: id, kind: .yesNo, question: "Oui ou non ?", yesIs: polarity)
    }
    static func grid(_ version: SemanticVersion, _ criteria: [Criterion], migration: Migration? = nil) -> Referentiel {
        Referentiel(id: "fg", version: version, title: "Faits", source: "Tests", scales: [scale],
                    dimensions: [Dimension(id: "d", title: "D", criteria: criteria)], migration: migration)
    }

    static let v1 = grid(SemanticVersion(1, 0, 0), [number("n", fact: true), number("m", fact: false), level("p", fact: true),
                                                    yesNo("y"), yesNo("y1"), yesNo("y2")])
    static let v2 = grid(SemanticVersion(2, 0, 0), [number("n", fact: true), number("m", fact: true), level("p", fact: false),
                                                    yesNo("y", .bad), yesNo("yb", .bad)],
                         migration: Migration(from: SemanticVersion(1, 0, 0), steps: ["n", "m", "p", "y"].map {
                             MigrationStep(kind: .equal, from: [$0], to: [$0])
                         } + [MigrationStep(kind: .merge, from: ["y1", "y2"], to: ["yb"], rule: .mean)]))

    let ana = RespondentKey(role: .direction, name: "Ana")
    let ben = RespondentKey(role: .salarie, name: "Ben")
    let zoe = RespondentKey(role: .partenaire, name: "Zoé")

    var original: Assessment {
        Assessment(organisationSlug: "org", referentiel: ReferentielReference(id: "fg", version: SemanticVersion(1, 0, 0)), date: "2025-03-01",
                   label: "2025", respondents: [
                    Respondent(role: .direction, name: "Ana", answers: [Answer(criterionID: "m", value: .number(10)), Answer(criterionID: "y", value: .yesNo(true)),
                                                                        Answer(criterionID: "y1", value: .yesNo(true)), Answer(criterionID: "y2", value: .yesNo(false))]),
                    Respondent(role: .salarie, name: "Ben", answers: [Answer(criterionID: "m", value: .number(60)),
                                                                      Answer(criterionID: "y1", value: .yesNo(true)), Answer(criterionID: "y2", value: .yesNo(true))]),
                   ], facts: [
                    AssessmentFact(criterionID: "n", value: .number(30), comment: "feuille d'émargement", enteredBy: ana,
                                   proposals: [FactProposal(respondent: ben, value: .number(70))]),
                    AssessmentFact(criterionID: "p", value: .level(3), enteredBy: ana,
                                   proposals: [FactProposal(respondent: ben, value: .level(1)), FactProposal(respondent: zoe, value: .level(2))]),
                   ])
    }

    func carried() throws -> CarriedAssessment { try AnswerCarrier.carry(original, from: Self.v1, through: [Self.v2]) }

    @Test func aFactStaysAFactWithItsAuthorAndProposals() throws {
        let fact = try #require(try carried().assessment.facts["n"])
        #expect(fact.value == .number(30) && fact.comment == "feuille d'émargement" && fact.enteredBy == ana)
        #expect(fact.proposals == [FactProposal(respondent: ben, value: .number(70))])
        #expect(fact.origin == "fg@1.0.0 n → n (equal)")
        // Scored on 2.0.0: 30 → level 2 → 50, and still to settle.
        let score = ScoringEngine(referentiel: Self.v2).score(try carried().assessment)
        #expect(score.criterion("n")?.score == 50 && score.criterion("n")?.factNeedsSettling == true)
    }

    @Test func answersToACriterionThatBecameAFactAreReadAsOneFact() throws {
        let assessment = try carried().assessment
        #expect(assessment.facts["m"] == nil)
        #expect(assessment.respondents.map { $0.answers["m"]?.value } == [.number(10), .number(60)])   // kept as given
        let fact = try #require(assessment.fact(for: "m"))
        #expect(fact.value == .number(10) && fact.enteredBy == ana && fact.proposals.map(\.value) == [.number(60)])
        // 10 % → level 0 → 0, not the mean of levels 0 and 4 (50) that 1.0.0 gave.
        #expect(ScoringEngine(referentiel: Self.v1).score(original).criterion("m")?.score == 50)
        #expect(ScoringEngine(referentiel: Self.v2).score(assessment).criterion("m")?.score == 0)
        // A store recording the facts of the draft keeps the same score.
        let recorded = assessment.recordingFacts(of: Self.v2)
        #expect(recorded.facts["m"]?.value == .number(10) && recorded.respondents.allSatisfy { $0.answers["m"] == nil })
        #expect(ScoringEngine(referentiel: Self.v2).score(recorded) == ScoringEngine(referentiel: Self.v2).score(assessment))
    }

    @Test func aFactThatIsNoLongerOneBecomesTheConsensusAndItsProposalsAnswers() throws {
        let assessment = try carried().assessment
        #expect(assessment.facts["p"] == nil)
        let consensus = try #require(assessment.consensus["p"])
        #expect(consensus.value == .level(3))
        #expect(consensus.comment == "Autres valeurs proposées : 2 (Partenaire Zoé)")   // Zoé is not a respondent
        #expect(assessment.respondents[1].answers["p"]?.value == .level(1))            // Ben's proposal
        #expect(assessment.respondents[0].answers["p"] == nil)
    }

    @Test func aChangedPolarityCannotBeCompared() throws {
        let result = try carried()
        #expect(result.assessment.respondents[0].answers["y"] == nil)
        let changed = try #require(result.report.notComparable.first { $0.criterionID == "y" })
        #expect(changed.reason == .changed)
        #expect(changed.detail?.fr == "polarité changée (« oui » bon → mauvais)")
    }

    @Test func aMergeOntoABadYesGivesTheGoodAnswer() throws {
        let answers = try carried().assessment.respondents.map { $0.answers["yb"]?.value }
        // Ana: yes, no → half good → the good answer of yb, « no ». Ben: yes, yes → all good → « no ».
        #expect(answers == [.yesNo(false), .yesNo(false)])
        let score = ScoringEngine(referentiel: Self.v2).score(try carried().assessment)
        #expect(score.criterion("yb")?.score == 100)
    }
}

/// What the rules between versions and the diff say about the new fields.
@Suite struct FormatFeatureVersionTests {
    static let base = Fixtures.atelier

    func issues(_ older: Referentiel, _ newer: Referentiel) -> [ValidationIssue] {
        ReferentielVersionRules.check([VersionFixtures.loaded(older), VersionFixtures.loaded(newer)])
    }

    func version(_ version: SemanticVersion, _ change: (inout Referentiel) -> Void) -> Referentiel {
        var copy = Self.base
        copy.version = version
        change(&copy)
        return copy
    }

    static let patch = SemanticVersion(1, 0, 1)
    static let minor = SemanticVersion(1, 1, 0)

    static func change(_ name: String, _ r: inout Referentiel) {
        switch name {
        case "applies_to": r.dimensions[1].criteria[1].appliesTo = AppliesTo(legalForms: [.scop])
        case "fact": r.dimensions[1].criteria[0].isFact = true
        case "yes_is": r.dimensions[1].criteria[2].yesIs = .good
        case "bands": r.dimensions[1].criteria[1].bands[0].declaredMax = 2
        default: r.dimensions[0].appliesTo = nil
        }
    }

    /// Each change of meaning, refused in a patch and in a minor version.
    @Test(arguments: ["applies_to", "fact", "yes_is", "bands", "dimension applies_to"])
    func changesOfMeaningNeedAMajorVersion(_ name: String) {
        for number in [Self.patch, Self.minor] {
            let found = issues(Self.base, version(number) { Self.change(name, &$0) })
            #expect(found.map(\.rule) == [.versionRule], "\(name) \(number): \(found)")
        }
    }

    @Test func annotationsAreWording() {
        let patch = version(Self.patch) {
            $0.dimensions[1].criteria[0].guideThemes = [.diversiteEgalite, .gouvernanceDemocratique]
            $0.dimensions[1].criteria[0].short = "Parité"
            $0.dimensions[1].isReconstructed = false
            $0.changelog = "Correctif : libellés."
            $0.dimensions[1].criteria[1].bands[0].label = "bien"
        }
        #expect(issues(Self.base, patch).isEmpty)
        let diff = ReferentielDiff(from: Self.base, to: patch)
        #expect(diff.criteria.first { $0.id == "at.parite" }?.details == ["short", "guide_themes"])
        #expect(diff.criteria.first { $0.id == "at.parite" }?.changes == [.wording])
        #expect(diff.dimensions.first?.details == ["reconstructed true → false"])
    }

    @Test func theDiffNamesEachNewChange() throws {
        var major = version(SemanticVersion(2, 0, 0)) {
            $0.dimensions[1].criteria[1].appliesTo = AppliesTo(legalForms: [.scop])
            $0.dimensions[1].criteria[0].isFact = true
            $0.dimensions[1].criteria[2].yesIs = .good
            $0.dimensions[1].criteria[1].bands = []
        }
        major.migration = Migration(from: SemanticVersion(1, 0, 0), steps: Self.base.criteria.map { MigrationStep(kind: .equal, from: [$0.id], to: [$0.id]) })
        #expect(issues(Self.base, major).isEmpty)
        let diff = ReferentielDiff(from: Self.base, to: major)
        let byID = Dictionary(uniqueKeysWithValues: diff.criteria.map { ($0.id, $0) })
        #expect(byID["at.parite"]?.changes == [.kind] && byID["at.parite"]?.details == ["fact false → true"])
        #expect(byID["at.avantages"]?.details == ["yes_is bad → good"])
        #expect(byID["at.ecart"]?.changes == [.levels, .notApplicable])
        #expect(byID["at.ecart"]?.details == ["bands removed: indicator, not scored", "applies_to has_employees=true → legal_form=scop"])
    }

    @Test func shortLabelsOnceComplete() throws {
        var older = Self.base
        for d in older.dimensions.indices { for c in older.dimensions[d].criteria.indices where older.dimensions[d].criteria[c].short == nil {
            older.dimensions[d].criteria[c].short = "court"
        } }
        let newer = version(Self.patch) { $0 = older; $0.version = Self.patch; $0.dimensions[1].criteria[3].short = nil }
        let found = issues(older, newer)
        #expect(found.map(\.rule) == [.missingKey])
        #expect(found.first?.field == "dimensions[1].criteria[3].short")
        #expect(found.first?.detail.en == "criterion 'at.effectif' has no short label ('short') while every criterion of version 1.0.0 has one")
        // A grid whose versions never had every short label is not held to it.
        var partial = older
        partial.dimensions[0].criteria[0].short = nil
        #expect(issues(partial, version(Self.patch) { $0 = partial; $0.version = Self.patch; $0.dimensions[1].criteria[3].short = nil }).isEmpty)
    }
}
