import PratiquesCore
import PratiquesReports

/// A seeded synthetic cohort on the synthetic grid: `organisations` × `sessions` assessments of one
/// respondent each, drawn one at a time (nothing is held), the same levels as the C and Python
/// baselines (`baseline/cohort_workbook.c`, `baseline/cohort_donnees.py`): splitmix64 seeded with
/// ``SyntheticData/seed``, one draw `% 5` per answer, organisation after organisation, session
/// after session, criteria in grid order.
struct SyntheticCohort {
    let organisations: Int
    let sessions = 3
    let reference: ReferentielReference
    let criterionIDs: [String]

    init(organisations: Int, referentiel: LoadedReferentiel) {
        self.organisations = organisations
        reference = ReferentielReference(id: referentiel.referentiel.id, version: referentiel.referentiel.version, sha256: referentiel.sha256)
        criterionIDs = (0..<SyntheticData.dimensions).flatMap { d in
            (0..<SyntheticData.criteriaPerDimension).map { c in SyntheticData.criterionID(d, c) }
        }
    }

    /// `org-00042`.
    static func slug(_ organisation: Int) -> String { "org-" + padded(organisation) }
    /// `Organisation 00042` (the name shown in the workbook, as in the baselines).
    static func name(_ organisation: Int) -> String { "Organisation " + padded(organisation) }
    static func padded(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// T0, T1, T2.
    var sessionLabels: [String] { (0..<sessions).map { "T\($0)" } }
    /// 2024-03-15, 2025-03-15, 2026-03-15.
    var sessionDates: [String] { (0..<sessions).map { "\(2024 + $0)-03-15" } }

    /// Calls `body` with each assessment in turn (organisation index, session index, assessment).
    func forEachAssessment(_ body: (Int, Int, Assessment) throws -> Void) rethrows {
        var random = SplitMix64(state: SyntheticData.seed)
        let dates = sessionDates, labels = sessionLabels
        for organisation in 0..<organisations {
            let slug = Self.slug(organisation)
            for session in 0..<sessions {
                var answers: [Answer] = []
                answers.reserveCapacity(criterionIDs.count)
                for id in criterionIDs { answers.append(Answer(criterionID: id, value: .level(Int(random.next() % 5)))) }
                let assessment = Assessment(organisationSlug: slug, referentiel: reference, date: dates[session], label: labels[session],
                                            respondents: [Respondent(role: .salarie, answers: answers)])
                try body(organisation, session, assessment)
            }
        }
    }
}

/// The *Données* rows of the synthetic cohort, produced lazily: each assessment is drawn again
/// and scored again as the workbook asks for its rows (as the tool reads the store a second
/// time), so the 3.9 million rows are never held.
struct SyntheticCohortRows: Sequence {
    let cohort: SyntheticCohort
    let engine: ScoringEngine
    /// Counts and sums the rows handed out, for the comparison with the baselines.
    let checksum = CohortChecksum()

    struct Iterator: IteratorProtocol {
        let cohort: SyntheticCohort
        let engine: ScoringEngine
        let dates: [String]
        let labels: [String]
        var random = SplitMix64(state: SyntheticData.seed)
        var organisation = 0
        var session = 0
        var name = SyntheticCohort.name(0)
        let checksum: CohortChecksum
        var pending: [CohortDataRow] = []
        var position = 0

        mutating func next() -> CohortDataRow? {
            while position == pending.count {
                guard organisation < cohort.organisations else { return nil }
                var answers: [Answer] = []
                answers.reserveCapacity(cohort.criterionIDs.count)
                for id in cohort.criterionIDs { answers.append(Answer(criterionID: id, value: .level(Int(random.next() % 5)))) }
                let assessment = Assessment(organisationSlug: SyntheticCohort.slug(organisation), referentiel: cohort.reference,
                                            date: dates[session], label: labels[session],
                                            respondents: [Respondent(role: .salarie, answers: answers)])
                pending = CohortDataRow.rows(organisation: name, session: labels[session], date: dates[session], score: engine.score(assessment))
                position = 0
                session += 1
                if session == cohort.sessions {
                    session = 0
                    organisation += 1
                    name = SyntheticCohort.name(organisation)
                }
            }
            defer { position += 1 }
            checksum.add(pending[position])
            return pending[position]
        }
    }

    func makeIterator() -> Iterator {
        Iterator(cohort: cohort, engine: engine, dates: cohort.sessionDates, labels: cohort.sessionLabels, checksum: checksum)
    }
}

/// Row count and sums of the *Données* values, printed like the baselines print theirs.
final class CohortChecksum {
    var rows = 0
    var levelSum = 0.0
    var scoreSum = 0.0
    var respondentsSum = 0

    func add(_ row: CohortDataRow) {
        rows += 1
        levelSum += row.value ?? 0
        scoreSum += row.score ?? 0
        respondentsSum += row.respondents
    }
}
