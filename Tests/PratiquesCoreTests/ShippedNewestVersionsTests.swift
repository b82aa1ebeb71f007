import Foundation
import Testing
@testable import PratiquesCore

/// The newest version of every shipped grid: complete (short labels, descriptors, facts), the
/// eight themes of the legal guide covered, every chain of versions carrying from 1.0.0 without
/// dropping anything silently, and the errors of issue 15 fixed.
@Suite struct ShippedNewestVersionsTests {
    static let catalog = ReferentielCatalog(directory: Fixtures.referentielsDirectory)
    static let newest = ShippedGridsTests.expectedIDs.map { catalog.latest($0)!.referentiel }

    /// Every human text of a grid, with where it stands.
    static func texts(of r: Referentiel) -> [(String, String)] {
        var texts: [(String, String)] = [("title", r.title.fr), ("source", r.source.fr)] + (r.description.map { [("description", $0.fr)] } ?? [])
        for d in r.dimensions {
            texts.append((d.id, d.title.fr))
            if let description = d.description { texts.append((d.id, description.fr)) }
            for c in d.criteria {
                texts += [(c.id, c.question.fr)] + (c.help.map { [(c.id, $0.fr)] } ?? []) + (c.short.map { [(c.id, $0.fr)] } ?? [])
                texts += c.descriptors.values.map { (c.id, $0.fr) }
            }
        }
        return texts
    }

    /// Published versions never change: their canonical hash, computed before the format gained
    /// applies_to, facts, band limits and guide themes (commit c72e793), is pinned here.
    @Test(arguments: [
        ("ancrage-territorial", "1.0.0", "505ee7a2af718d5fe5bbe7ac4f2191cf2960ce1763174a2fe6985b68c75fa361"),
        ("environnement", "1.0.0", "064d6fc657a65bd9e1f1d8537d047e5b9da9db315a2ce3064b15c8bebc67df30"),
        ("gouvernance-democratique", "1.0.0", "179821886734ef46029a02d92a54ebd7e83aec5410341e8fd70657d49b32770a"),
        ("gouvernance-democratique", "1.1.0", "76beaf86de741a156e66f7d3917f49f598eada3c8830083b35bbba443984dbf4"),
        ("gouvernance-democratique", "2.0.0", "f1af78311f6d6eb54ef7e1fecde028f54154678f2c87c9f9ab41c828a01b7c57"),
        ("lucrativite-limitee", "1.0.0", "ea43b750860fbc35d5698f0fee5f147099df699a293917786241aefaf6e3e9d2"),
        ("production-locale", "1.0.0", "a211a6cd42172c9baf91c28b7c8c1852a4f9cb9327ee59c30d8b81f9fb09d375"),
        ("richesses-humaines", "1.0.0", "4aa256482590b0e37158d618751b411844c1a3f6cdecbbd1bac9d6934d181d66"),
        ("utilite-sociale", "1.0.0", "6db1591cef7bbb9ec048c951c91627ecb8abc6500784148e8c297d99538c1a65"),
    ])
    func publishedVersionsKeepTheirHash(_ id: String, _ version: String, _ sha256: String) throws {
        let loaded = try #require(Self.catalog.find(id, version: SemanticVersion(version)))
        #expect(loaded.sha256 == sha256)
    }

    @Test func everyGridHasANewVersion() {
        for r in Self.newest {
            #expect(r.version.major >= 2, "\(r.id)")
            #expect((r.changelog?.fr.count ?? 0) > 200, "\(r.id): the changelog says what changed and why")
        }
    }

    @Test(arguments: ShippedGridsTests.expectedIDs)
    func newestShape(_ id: String) throws {
        let r = try #require(Self.catalog.latest(id)).referentiel
        #expect(id == "production-locale" ? r.dimensions.count == 10 : (3...6).contains(r.dimensions.count))
        for dimension in r.dimensions {
            #expect((2...6).contains(dimension.criteria.count), "\(dimension.id)")
        }
        for criterion in r.criteria {
            let short = try #require(criterion.short, "\(criterion.id) has a short label")
            #expect(short.fr.count <= 45 && short.en != nil, "\(criterion.id): « \(short.fr) »")
            #expect(criterion.question.en != nil, "\(criterion.id)")
            #expect(criterion.help != nil, "\(criterion.id)")
            if criterion.kind == .level {
                #expect(Set(criterion.descriptors.keys) == [0, 1, 2, 3, 4], "\(criterion.id)")
                #expect(Set(criterion.descriptors.values.map(\.fr)).count == 5, "\(criterion.id)")
                // Five concrete situations, not one-word answers (« Non. », « Jamais. »).
                for descriptor in criterion.descriptors.values {
                    #expect(descriptor.fr.split(separator: " ").count >= 4, "\(criterion.id): « \(descriptor.fr) »")
                }
            }
            // A number about the organisation is a fact, entered once.
            if criterion.kind == .number { #expect(criterion.isFact, "\(criterion.id)") }
        }
        // Short labels tell the criteria of a grid apart.
        #expect(Set(r.criteria.map { $0.short?.fr }).count == r.criteria.count)
    }

    /// Each theme of the legal guide has at least one criterion in the newest versions.
    @Test func theEightGuideThemesAreCovered() {
        var byTheme: [GuideTheme: [String]] = [:]
        for r in Self.newest {
            for criterion in r.criteria {
                for theme in criterion.guideThemes { byTheme[theme, default: []].append(criterion.id) }
            }
        }
        for theme in GuideTheme.allCases {
            #expect((byTheme[theme]?.count ?? 0) >= 1, "theme \(theme.number) \(theme.rawValue): \(byTheme[theme] ?? [])")
        }
        #expect(GuideTheme.allCases.map(\.number) == Array(1...8))
        #expect(byTheme[.ethiqueDeontologie]?.contains("gd.conflits-interets") == true)
    }

    /// Every chain from 1.0.0 to the newest version holds, and carrying a 1.0.0 assessment in
    /// which everything is answered accounts for every criterion on both sides.
    @Test(arguments: ShippedGridsTests.expectedIDs)
    func migrationsChainFromOneToNewest(_ id: String) throws {
        let versions = Self.catalog.versions(of: id).map(\.referentiel)
        let chain = try VersionChain(versions: versions)
        let first = versions[0], newest = chain.newest
        #expect(ReferentielVersionRules.check(Self.catalog.versions(of: id)).isEmpty)
        let answers = first.criteria.map { criterion -> Answer in
            switch criterion.kind {
            case .level: return Answer(criterionID: criterion.id, value: .level(2))
            case .yesNo: return Answer(criterionID: criterion.id, value: .yesNo(true))
            case .number: return Answer(criterionID: criterion.id, value: .number(criterion.bounds?.min ?? 1))
            case .text: return Answer(criterionID: criterion.id, value: .text("texte"))
            }
        }
        let assessment = Assessment(organisationSlug: "o", referentiel: ReferentielReference(id: id, version: first.version),
                                    date: "2024-03-01", label: "2024", respondents: [Respondent(role: .direction, answers: answers)])
        let carried = try AnswerCarrier.carry(assessment, chain: chain)
        let report = carried.report
        let traced = Set(report.traces.flatMap(\.sourceIDs))
        let lost = Set(report.notComparable.map(\.criterionID))
        for criterion in first.criteria {
            #expect(traced.contains(criterion.id) || lost.contains(criterion.id), "\(id): \(criterion.id) of 1.0.0 went nowhere silently")
        }
        for criterion in newest.criteria {
            #expect(report.trace(of: criterion.id) != nil || lost.contains(criterion.id), "\(id): \(criterion.id) neither carried nor listed")
        }
        // Every carried answer names where it comes from.
        #expect(carried.assessment.respondents[0].answers.values.allSatisfy { $0.origin?.hasPrefix("\(id)@1.0.0 ") == true })
        // And the carried assessment scores on the newest version.
        #expect(ScoringEngine(referentiel: newest).score(carried.assessment).answered > 0)
    }

    @Test func theErrorsOfTheGridsAreFixed() throws {
        for r in Self.newest {
            for (place, text) in Self.texts(of: r) {
                #expect(!text.contains("Pôle emploi"), "\(r.id) \(place): France Travail since 1 January 2024")
                #expect(!text.contains("entretien annuel et professionnel"), "\(r.id) \(place)")
            }
        }
        let rh = try #require(Self.catalog.latest("richesses-humaines")).referentiel
        #expect(try #require(rh.criterion(id: "rh.entretien-professionnel")).question.fr.contains("tous les deux ans"))
        #expect(rh.criterion(id: "rh.budget-formation") == nil)
        #expect(try #require(rh.criterion(id: "rh.effort-formation")).question.fr.contains("au-delà de la contribution légale"))
        // Sorting biowaste is the legal minimum: level 2, not 3.
        let env = try #require(Self.catalog.latest("environnement")).referentiel
        let sorting = try #require(env.criterion(id: "env.tri-a-la-source"))
        #expect(sorting.descriptors[2]?.fr.contains("biodéchets") == true && sorting.descriptors[2]?.fr.contains("minimum légal") == true)
        #expect(env.criterion(id: "env.tri-dechets") == nil)
        // The false claim of gouvernance 2.0.0 is corrected and made true.
        let gd = try #require(Self.catalog.latest("gouvernance-democratique")).referentiel
        #expect(gd.changelog?.fr.contains("ll.information-financiere") == true)
        #expect(try #require(Self.catalog.latest("lucrativite-limitee")).referentiel.criterion(id: "ll.information-financiere") != nil)
        #expect(!gd.source.fr.contains("passe dans la grille Lucrativité"))
        // Double questions split; the ladder of ll.usage-ressources goes from worst to best.
        #expect(gd.criterion(id: "gd.qualite-deliberation") == nil && gd.criterion(id: "gd.vie-conseil") != nil)
        let at = try #require(Self.catalog.latest("ancrage-territorial")).referentiel
        #expect(at.criterion(id: "at.emplois-non-delocalisables") == nil && at.criterion(id: "at.recrutement-local") != nil)
        // « Pas dans le champ » is « non applicable », not level 0.
        let us = try #require(Self.catalog.latest("utilite-sociale")).referentiel
        let rights = try #require(us.criterion(id: "us.acces-droits"))
        #expect(rights.allowsNotApplicable && rights.descriptors[0]?.fr.contains("champ") == false)
    }

    /// Each acronym used in a grid is spelled out somewhere in the same grid.
    @Test func acronymsAreSpelledOut() {
        let spelled = ["ESUS": "entreprise solidaire d'utilité sociale", "SIAE": "structure d'insertion par l'activité économique",
                       "EPCI": "établissement public de coopération intercommunale", "CAF": "caisse d'allocations familiales",
                       "CSE": "comité social et économique", "VAE": "validation des acquis de l'expérience",
                       "CDI": "contrat à durée indéterminée", "RGPD": "règlement général sur la protection des données",
                       "SCOP": "société coopérative et participative", "SCIC": "société coopérative d'intérêt collectif",
                       "ESS": "économie sociale et solidaire"]
        for r in Self.newest {
            let all = Self.texts(of: r).map(\.1).joined(separator: "\n")
            let lowered = all.lowercased()
            for (acronym, meaning) in spelled where all.range(of: "\\b\(acronym)\\b", options: .regularExpression) != nil {
                let singular = meaning.lowercased().replacingOccurrences(of: "structures ", with: "structure ")
                #expect(lowered.contains(singular) || lowered.contains(meaning.lowercased().replacingOccurrences(of: "structure ", with: "structures ")),
                        "\(r.id): \(acronym) is never spelled out")
            }
        }
    }

    /// A parity band gives the same level at the same distance from parity on both sides.
    @Test func theParityBandIsSymmetric() throws {
        let women = try #require(Self.catalog.latest("gouvernance-democratique")?.referentiel.criterion(id: "gd.part-femmes-ca"))
        for step in 0...100 {
            let distance = Double(step) / 2
            #expect(women.band(for: 50 - distance)?.level == women.band(for: 50 + distance)?.level, "± \(distance)")
        }
        // 4 women out of 9 and 5 out of 9.
        #expect(women.band(for: 400.0 / 9)?.level == 3 && women.band(for: 500.0 / 9)?.level == 3)
        #expect(women.band(for: 45)?.level == 4 && women.band(for: 55)?.level == 4)
        // « 3 ou moins » gives level 4 on the pay ratio.
        let ratio = try #require(Self.catalog.latest("lucrativite-limitee")?.referentiel.criterion(id: "ll.ecart-remunerations"))
        #expect(ratio.band(for: 3)?.level == 4 && ratio.band(for: 3.1)?.level == 3 && ratio.band(for: 10)?.level == 1 && ratio.band(for: 11)?.level == 0)
    }

    /// The six reconstructed balises of production locale are marked in the grid and say so.
    @Test func reconstructedBalisesAreMarked() throws {
        let pl = try #require(Self.catalog.latest("production-locale")).referentiel
        let reconstructed = pl.dimensions.filter(\.isReconstructed)
        #expect(reconstructed.map(\.id) == ["pl.besoins-habitants", "pl.faire-avec", "pl.entreprendre-collectivement", "pl.alliances",
                                            "pl.emplois-locaux", "pl.sobriete"])
        for dimension in pl.dimensions {
            let says = dimension.description?.fr.contains("reconstruite par Pratiques") == true
            #expect(says == dimension.isReconstructed, "\(dimension.id)")
        }
        #expect(pl.description?.fr.contains("Six balises sont reconstruites") == true)
        // No farming-only vocabulary in the questions.
        for criterion in pl.criteria {
            #expect(!criterion.question.fr.contains("intrants") && !(criterion.help?.fr.contains("Pratiques agricoles") ?? false), "\(criterion.id)")
        }
    }

    /// What the profile excludes: a foundation answers no general-assembly criterion, an
    /// association without employees no employer criterion.
    @Test func profilesExcludeWhatDoesNotApply() throws {
        func excluded(_ id: String, _ organisation: Organisation) throws -> [String] {
            let r = try #require(Self.catalog.latest(id)).referentiel
            return r.criteria.filter { r.applicability(of: $0.id, for: organisation.profile) == .doesNotApply }.map(\.id)
        }
        let foundation = Organisation(slug: "f", name: "F", legalForm: .fondation, sizeBand: .small)
        #expect(try excluded("gouvernance-democratique", foundation) == ["gd.un-membre-une-voix", "gd.taux-participation-ag",
            "gd.dynamique-participation-ag", "gd.preparation-assemblees", "gd.dirigeants-elus"])
        let volunteers = Organisation(slug: "a", name: "A", legalForm: .association, sizeBand: SizeBand.none)
        #expect(try excluded("richesses-humaines", volunteers) == ["rh.part-cdi", "rh.temps-partiel", "rh.entretien-professionnel",
            "rh.entretien-annuel", "rh.teletravail", "rh.effort-formation", "rh.plan-formation", "rh.document-unique",
            "rh.instances-representatives", "rh.employeur-benevole", "rh.egalite-professionnelle", "rh.index-egalite"])
        #expect(try excluded("lucrativite-limitee", volunteers) == ["ll.part-excedents-reserves", "ll.reserves-minimum-legal",
            "ll.protection-capital", "ll.ecart-remunerations", "ll.politique-salariale"])
        // A SCOP of 10 to 49 people meets every condition of lucrativité limitée.
        #expect(try excluded("lucrativite-limitee", Organisation(slug: "s", name: "S", legalForm: .scop, sizeBand: .small)).isEmpty)
    }

    /// An assessment on gouvernance démocratique 1.0.0 carried through 1.1.0 and 2.0.0 onto 3.0.0,
    /// scored by hand: every level criterion at 2 except regles-ecrites 4, preparation-ag 1,
    /// vie-instances 4; turnout 30 %; women on the board 35 %.
    @Test func gouvernanceCarriedOntoThreeScoresByHand() throws {
        let chain = try VersionChain(versions: Self.catalog.versions(of: "gouvernance-democratique").map(\.referentiel))
        let levels = ["gd.regles-ecrites": 4, "gd.revision-regles": 2, "gd.un-membre-une-voix": 2, "gd.preparation-ag": 1,
                      "gd.vie-instances": 4, "gd.participation-salaries-usagers": 2, "gd.diversite-instances": 2,
                      "gd.renouvellement-mandats": 2, "gd.dirigeants-elus": 2, "gd.transparence-decisions": 2,
                      "gd.accueil-benevoles": 2, "gd.information-financiere": 0]
        let answers = levels.map { Answer(criterionID: $0.key, value: .level($0.value)) }
            + [Answer(criterionID: "gd.taux-participation-ag", value: .number(30)), Answer(criterionID: "gd.part-femmes-ca", value: .number(35))]
        let assessment = Assessment(organisationSlug: "o", referentiel: ReferentielReference(id: "gouvernance-democratique", version: SemanticVersion(1, 0, 0)),
                                    date: "2024-03-01", label: "2024", respondents: [Respondent(role: .direction, answers: answers)])
        let carried = try AnswerCarrier.carry(assessment, chain: chain)
        #expect(carried.report.pathText == "1.0.0 → 1.1.0 → 2.0.0 → 3.0.0")
        let carriedAnswers = carried.assessment.respondents[0].answers
        // The merge of 2.0.0 (mean(1, 4) = 2.5 → 3), then the split of 3.0.0.
        #expect(carriedAnswers["gd.preparation-assemblees"]?.value == .level(3) && carriedAnswers["gd.vie-conseil"]?.value == .level(3))
        #expect(carriedAnswers["gd.vie-conseil"]?.origin
                == "gouvernance-democratique@1.0.0 gd.preparation-ag + gd.vie-instances → gd.vie-conseil (merge (mean) + split)")
        #expect(Set(carried.report.notComparable.map { "\($0.criterionID) \($0.reason.rawValue) \($0.version)" }) == [
            "gd.information-financiere dropped 2.0.0", "gd.concertation-strategie added 1.1.0", "gd.dynamique-participation-ag added 3.0.0",
            "gd.conflits-interets added 3.0.0", "gd.relations-financeurs-fournisseurs added 3.0.0", "gd.reclamations added 3.0.0",
            "gd.protection-donnees added 3.0.0"])
        let engine = ScoringEngine(referentiel: chain.newest)
        let score = engine.score(carried.assessment)
        // gd.regles: formalisées 4, appropriées 4, révision 2, une personne une voix 2 → (100 + 100 + 50 + 50) / 4 = 75.
        #expect(score.dimension("gd.regles")?.score == 75)
        // gd.instances: turnout is an indicator (no score); préparation 3 (75), conseil 3 (75), participation 2 (50);
        // dynamique and concertation unanswered → 200 / 3.
        #expect(abs((score.dimension("gd.instances")?.score ?? 0) - 200.0 / 3) < 1e-9)
        // gd.representativite: women 35 % → band 30–40 → level 2 (50), the three others 2 → 50.
        #expect(score.dimension("gd.representativite")?.score == 50)
        #expect(score.dimension("gd.transparence")?.score == 50)
        #expect(score.dimension("gd.ethique")?.score == nil)
        #expect(abs((score.overall ?? 0) - (75 + 200.0 / 3 + 50 + 50) / 4) < 1e-9)      // 60.416…
        #expect(score.applicable == 19 && score.answered == 13)
        #expect(score.criterion("gd.taux-participation-ag")?.number == 30)
        // The same answers for a foundation: no general assembly, so four criteria leave the score.
        let foundation = Organisation(slug: "f", name: "F", legalForm: .fondation).profile
        let forFoundation = engine.score(carried.assessment, profile: foundation)
        // gd.regles (100 + 100 + 50) / 3; gd.instances (75 + 50) / 2 = 62.5; representativité and transparence 50.
        #expect(abs((forFoundation.dimension("gd.regles")?.score ?? 0) - 250.0 / 3) < 1e-9)
        #expect(forFoundation.dimension("gd.instances")?.score == 62.5)
        #expect(abs((forFoundation.overall ?? 0) - (250.0 / 3 + 62.5 + 50 + 50) / 4) < 1e-9)
        #expect(forFoundation.applicable == 15 && forFoundation.answered == 10)
    }
}
