import Foundation
import PratiquesCore

/// Seeded synthetic data: a 10 × 13 criteria grid and assessments of one respondent each.
enum SyntheticData {
    static let dimensions = 10
    static let criteriaPerDimension = 13
    static let seed: UInt64 = 42

    static func criterionID(_ dimension: Int, _ criterion: Int) -> String {
        "d\(String(format: "%02d", dimension)).c\(String(format: "%02d", criterion))"
    }

    /// The grid as YAML, loaded through the real loader.
    static func referentiel() throws -> LoadedReferentiel {
        var yaml = """
        id: bench
        version: 1.0.0
        title: Grille de mesure
        source: Synthétique, pour le banc de mesure.
        scales:
          - id: maturite
            levels:
              - { value: 0, label: Absent }
              - { value: 1, label: Émergent }
              - { value: 2, label: En construction }
              - { value: 3, label: Établi }
              - { value: 4, label: Exemplaire }
        dimensions:

        """
        for d in 0..<dimensions {
            yaml += "  - id: d\(String(format: "%02d", d))\n    title: Dimension \(d)\n    criteria:\n"
            for c in 0..<criteriaPerDimension {
                yaml += "      - id: \(criterionID(d, c))\n        kind: level\n        scale: maturite\n        question: Question \(d).\(c)\n"
                yaml += "        descriptors: { 0: zéro, 1: un, 2: deux, 3: trois, 4: quatre }\n"
            }
        }
        return try ReferentielLoader.load(data: Data(yaml.utf8), path: "bench.yaml")
    }

    /// `count` assessments of organisation `bench-org`, 130 level answers each, same rows as the C baseline.
    static func batch(count: Int, referentiel: LoadedReferentiel) -> ImportBatch {
        var random = SplitMix64(state: seed)
        var batch = ImportBatch(path: "synthetic")
        let reference = ReferentielReference(id: "bench", version: SemanticVersion(1, 0, 0), sha256: referentiel.sha256)
        let location = SourceLocation(file: "synthetic", line: 0, column: 0)
        for index in 0..<count {
            var answers: [Answer] = []
            answers.reserveCapacity(dimensions * criteriaPerDimension)
            for d in 0..<dimensions {
                for c in 0..<criteriaPerDimension {
                    answers.append(Answer(criterionID: criterionID(d, c), value: .level(Int(random.next() % 5))))
                }
            }
            let assessment = Assessment(organisationSlug: "bench-org", referentiel: reference, date: "2024-01-01", label: "a\(index)",
                                        respondents: [Respondent(role: .salarie, answers: answers)])
            batch.assessments.append(.init(item: assessment, location: location, organisationField: "organisation"))
        }
        return batch
    }
}
