import Foundation
import Testing
@testable import PratiquesCore

/// The features of the format for profiles and facts, read from the atelier grid: applies_to
/// on a dimension and a criterion, facts, indicators without bands, band limits on either
/// side, yes/no polarity, guide themes, reconstructed dimensions, changelog.
@Suite struct FormatFeatureTests {
    let r = Fixtures.atelier

    @Test func readsEveryNewField() throws {
        #expect(r.changelog?.fr == "Première version, pour les tests.")
        let assemblee = try #require(r.dimensions.first)
        #expect(assemblee.appliesTo == AppliesTo(hasGeneralAssembly: true))
        #expect(!assemblee.isReconstructed)
        #expect(r.dimensions[1].isReconstructed)
        let participation = try #require(r.criterion(id: "at.participation"))
        #expect(participation.isFact && participation.isScored && !participation.isIndicator)
        #expect(participation.guideThemes == [.gouvernanceDemocratique])
        #expect(r.criterion(id: "at.convocation")?.guideThemes == [.gouvernanceDemocratique, .concertationStrategie])
        #expect(r.criterion(id: "at.avantages")?.yesIs == .bad)
        #expect(r.criterion(id: "at.convocation")?.yesIs == .good)
        let effectif = try #require(r.criterion(id: "at.effectif"))
        #expect(effectif.isIndicator && !effectif.isScored && effectif.scaleID == nil)
        #expect(r.criterion(id: "at.ecart")?.appliesTo == AppliesTo(hasEmployees: true))
        #expect(r.criterion(id: "at.entretien")?.appliesTo == AppliesTo(legalForms: [.association, .scop], sizeBands: [.micro, .small]))
        // A criterion of a dimension with conditions gets both.
        #expect(r.appliesTo(criterionID: "at.convocation") == AppliesTo(hasGeneralAssembly: true))
        #expect(r.criteria(in: .diversiteEgalite).map(\.id) == ["at.parite"])
    }

    /// Which band each answer falls in: the side written says where the limit itself goes.
    @Test(arguments: [
        ("at.participation", 0.0, 0), ("at.participation", 19.99, 0), ("at.participation", 20, 2), ("at.participation", 50, 4),
        ("at.parite", 39.9, 0), ("at.parite", 40, 4), ("at.parite", 50, 4), ("at.parite", 60, 4), ("at.parite", 60.1, 0),
        ("at.ecart", 1, 4), ("at.ecart", 3, 4), ("at.ecart", 3.01, 2), ("at.ecart", 5, 2), ("at.ecart", 5.5, 0), ("at.ecart", 40, 0),
    ])
    func bandLimits(_ id: String, _ value: Double, _ level: Int) throws {
        let criterion = try #require(r.criterion(id: id))
        #expect(criterion.band(for: value)?.level == level)
        // The ranges agree with the band chosen.
        let ranges = criterion.bandRanges.filter { $0.contains(value) }
        #expect(ranges.count == 1 && ranges.first?.band.level == level)
    }

    @Test func bandRangesReadAsWords() throws {
        let parite = try #require(r.criterion(id: "at.parite")).bandRanges
        #expect(parite.map { $0.condition(unit: "%", language: .fr) } == ["de 0 à moins de 40 %", "de 40 à 60 %", "plus de 60, jusqu'à 100 %"])
        let ecart = try #require(r.criterion(id: "at.ecart")).bandRanges
        #expect(ecart.map { $0.condition(unit: nil, language: .fr) } == ["de 1 à 3", "plus de 3, jusqu'à 5", "plus de 5"])
        #expect(ecart.map { $0.condition(unit: nil, language: .en) } == ["from 1 to 3", "more than 3, up to 5", "more than 5"])
        // The one-line display edge of a band that gives only its max is the limit below it.
        #expect(try #require(r.criterion(id: "at.ecart")).bands.map(\.min) == [1, 3, 5])
        let decimals = BandRange(lower: 0.5, includesLower: true, upper: nil, includesUpper: true, band: NumberBand(min: 0.5, level: 1))
        #expect(decimals.condition(unit: "%", language: .fr) == "0,5 ou plus %")
    }

    @Test func theTreeShowsTheNewFields() throws {
        let tree = ReferentielTreeRenderer(language: .fr).render(try ReferentielLoader.load(path: Fixtures.atelierPath))
        for expected in ["Changements : Première version, pour les tests.",
                         "Équipe (balise reconstruite par Pratiques, texte officiel non publié) [at.equipe]",
                         "Concerne : avec assemblée générale", "Concerne : Association, SCOP ; effectif 1-9, 10-49",
                         "at.participation · nombre (%) · fait : une valeur pour la structure",
                         "at.effectif · indicateur (personnes), suivi mais non noté",
                         "oui / non (« non » est la bonne réponse)", "plus de 3, jusqu'à 5 ratio → 2 En construction",
                         "Guide des bonnes pratiques : 8. Éthique et déontologie"] {
            #expect(tree.contains(expected), "\(expected)")
        }
    }
}

/// One defect per new rule, made on a copy of the atelier grid, reported with its rule at its line.
@Suite struct FormatFeatureDefectTests {
    typealias Defect = ValidationRuleTests.Defect

    static let defects: [Defect] = [
        Defect(name: "unknown guide theme", old: "guide_themes: [diversite-egalite]", new: "guide_themes: [parite]",
               rule: .unknownGuideTheme, lineOf: "guide_themes: [parite]"),
        Defect(name: "guide theme repeated", old: "guide_themes: [diversite-egalite]", new: "guide_themes: [diversite-egalite, diversite-egalite]",
               rule: .duplicateID, lineOf: "guide_themes: [diversite-egalite, diversite-egalite]"),
        Defect(name: "unknown key in applies_to", old: "applies_to: { has_employees: true }", new: "applies_to: { has_salaries: true }",
               rule: .unknownKey, lineOf: "has_salaries"),
        Defect(name: "unknown legal form", old: "legal_form: [association, scop]", new: "legal_form: [association, sarl]",
               rule: .unknownProfileValue, lineOf: "legal_form: [association, sarl]"),
        Defect(name: "unknown size band", old: "size_band: [1-9, 10-49]", new: "size_band: [1-9, 10-50]",
               rule: .unknownProfileValue, lineOf: "size_band: [1-9, 10-50]"),
        Defect(name: "empty applies_to", old: "applies_to: { has_employees: true }", new: "applies_to: {}",
               rule: .emptyList, lineOf: "applies_to: {}"),
        Defect(name: "applies_to that no organisation meets", old: "applies_to: { has_employees: true }",
               new: "applies_to: { has_employees: false, size_band: [10-49] }", rule: .appliesToNever, lineOf: "has_employees: false"),
        Defect(name: "criterion conditions against its dimension's", old: "        question: Les membres sont-ils convoqués à temps ?\n",
               new: "        question: Les membres sont-ils convoqués à temps ?\n        applies_to: { has_general_assembly: false }\n",
               rule: .appliesToNever, lineOf: "applies_to: { has_general_assembly: false }"),
        Defect(name: "applies_to not a mapping", old: "applies_to: { has_employees: true }", new: "applies_to: salariés",
               rule: .wrongType, lineOf: "applies_to: salariés"),
        Defect(name: "yes_is on a level criterion", old: "        short: Convocation\n", new: "        short: Convocation\n        yes_is: bad\n",
               rule: .notForKind, lineOf: "yes_is: bad"),
        Defect(name: "yes_is neither good nor bad", old: "yes_is: bad", new: "yes_is: mauvais", rule: .wrongType, lineOf: "yes_is: mauvais"),
        Defect(name: "fact not a boolean", old: "        fact: true\n        short: Participation", new: "        fact: peut-être\n        short: Participation",
               rule: .wrongType, lineOf: "fact: peut-être"),
        Defect(name: "reconstructed not a boolean", old: "reconstructed: true", new: "reconstructed: oui", rule: .wrongType, lineOf: "reconstructed: oui"),
        Defect(name: "a scale without bands", old: "        unit: personnes\n", new: "        unit: personnes\n        scale: maturite\n",
               rule: .notForKind, lineOf: "scale: maturite", occurrence: 5),
        Defect(name: "band limit written twice", old: "          - { max: 5, level: 2 }", new: "          - { min: 3, max: 5, level: 2 }",
               rule: .bandLimits, lineOf: "{ min: 3, max: 5, level: 2 }"),
        Defect(name: "band limit missing", old: "          - { max: 3, level: 4 }", new: "          - { level: 4 }",
               rule: .bandLimits, lineOf: "{ max: 5, level: 2 }"),
        Defect(name: "band limits decreasing", old: "          - { max: 5, level: 2 }", new: "          - { max: 2, level: 2 }",
               rule: .bandsNotIncreasing, lineOf: "{ max: 2, level: 2 }"),
        Defect(name: "a band whose max is below its min", old: "{ min: 40, max: 60, level: 4 }", new: "{ min: 40, max: 30, level: 4 }",
               rule: .bandsNotIncreasing, lineOf: "{ min: 40, max: 30, level: 4 }"),
        Defect(name: "last band stops below the upper bound", old: "          - { min: 50, level: 4 }", new: "          - { min: 50, max: 90, level: 4 }",
               rule: .bandsOutsideBounds, lineOf: "{ min: 50, max: 90, level: 4 }"),
        Defect(name: "a Word line break (U+000B) in a question", old: "question: Les membres sont-ils convoqués à temps ?",
               new: "question: \"Les membres sont-ils\\vconvoqués à temps ?\"", rule: .controlCharacter, lineOf: "convoqués à temps"),
        Defect(name: "a NUL in a title", old: "title: Équipe", new: "title: \"Équ\\0ipe\"", rule: .controlCharacter, lineOf: "title: \"Équ"),
        Defect(name: "a tab in a descriptor", old: "0: Aucun.", new: "0: \"Aucun\\tentretien.\"", rule: .controlCharacter, lineOf: "Aucun\\tentretien"),
        Defect(name: "a line feed in a unit", old: "unit: personnes", new: "unit: \"per\\nsonnes\"", rule: .controlCharacter, lineOf: "unit: \"per"),
        Defect(name: "a control character in the changelog", old: "changelog: Première version, pour les tests.",
               new: "changelog: \"Première\\x1b version\"", rule: .controlCharacter, lineOf: "changelog:"),
        Defect(name: "an absurd weight", old: "    title: Assemblée générale\n", new: "    title: Assemblée générale\n    weight: 1e308\n",
               rule: .numberOutOfRange, lineOf: "weight: 1e308"),
        Defect(name: "a hexadecimal weight (not 16)", old: "    title: Assemblée générale\n", new: "    title: Assemblée générale\n    weight: 0x10\n",
               rule: .wrongType, lineOf: "weight: 0x10"),
        Defect(name: "a sexagesimal weight that trapped Yams", old: "    title: Assemblée générale\n",
               new: "    title: Assemblée générale\n    weight: 1:00:00:00:00:00:00:00:00:00:00:00\n",
               rule: .wrongType, lineOf: "weight: 1:00"),
        Defect(name: "a weight over a thousand", old: "        short: Convocation\n", new: "        short: Convocation\n        weight: 1001\n",
               rule: .numberOutOfRange, lineOf: "weight: 1001"),
        Defect(name: "a level value of Int.max", old: "{ value: 4, label: Exemplaire }", new: "{ value: 9223372036854775807, label: Exemplaire }",
               rule: .numberOutOfRange, lineOf: "value: 9223372036854775807"),
        Defect(name: "a level value beyond Int", old: "{ value: 4, label: Exemplaire }", new: "{ value: 1e19, label: Exemplaire }",
               rule: .wrongType, lineOf: "value: 1e19"),
        Defect(name: "an absurd bound", old: "bounds: { min: 1 }", new: "bounds: { min: 1, max: 1e300 }", rule: .numberOutOfRange, lineOf: "max: 1e300"),
        Defect(name: "an infinite band limit", old: "{ max: 5, level: 2 }", new: "{ max: .inf, level: 2 }", rule: .wrongType, lineOf: "max: .inf"),
    ]

    @Test(arguments: defects)
    func reportsTheRuleAtTheRightLine(_ defect: Defect) throws {
        ValidationRuleTests.expectReported(defect, in: Fixtures.atelier(replacing: defect.old, with: defect.new))
    }

    @Test func theControlCharacterIsNamedWithItsPosition() throws {
        let issues = Fixtures.issues(of: Fixtures.atelier(replacing: "question: Les membres sont-ils convoqués à temps ?",
                                                          with: "question: \"Les membres\\vsont-ils convoqués ?\""))
        let issue = try #require(issues.first { $0.rule == .controlCharacter })
        #expect(issue.field == "dimensions[0].criteria[1].question")
        #expect(issue.detail.fr.contains("U+000B") && issue.detail.fr.contains("caractère n° 12"))
        #expect(issue.detail.en.contains("control character U+000B"))
    }

    /// The grids written before these features mean exactly what they meant: `max`-less bands
    /// keep « from `min` up » and no field changes its default.
    @Test func theMiniGridIsReadAsBefore() throws {
        let mini = try ReferentielLoader.load(path: Fixtures.miniPath).referentiel
        for criterion in mini.criteria {
            #expect(criterion.appliesTo == nil && !criterion.isFact && criterion.yesIs == .good && criterion.guideThemes.isEmpty)
        }
        #expect(mini.dimensions.allSatisfy { $0.appliesTo == nil && !$0.isReconstructed })
        let participation = try #require(mini.criterion(id: "mn.participation"))
        #expect(participation.bandRanges.map { $0.condition(unit: "%", language: .fr) }
                == ["de 0 à moins de 15 %", "de 15 à moins de 30 %", "de 30 à moins de 45 %", "de 45 à moins de 60 %", "de 60 à 100 %"])
    }
}
