import Foundation
import PratiquesCore
import PratiquesReports

/// `pratiques-bench cohort OUT.xlsx ORGANISATIONS`: the cohort step, alone in its process so that
/// its peak memory is its own. Streams the synthetic cohort (draw, score with `ScoringEngine`,
/// feed `CohortAccumulator`; no assessment is kept), computes the statistics, then writes the
/// whole cohort workbook (`CohortWorkbook`, constant-memory mode), the *Données* rows drawn and
/// scored again as they are written. Prints the same `key value` lines as the baselines.
///
/// `MAX_ROWS` (not used by `make bench`) stops *Données* after that many rows, all the rest
/// unchanged: it measures the memory of a large cohort's workbook when its *Données* would not
/// fit (a sheet holds 1,048,575 data rows).
enum CohortBench {
    static func run(_ arguments: [String]) throws {
        guard (2...3).contains(arguments.count), let organisations = Int(arguments[1]), organisations > 0,
              arguments.count == 2 || Int(arguments[2]) != nil else {
            FileHandle.standardError.write(Data("usage: pratiques-bench cohort OUT.xlsx ORGANISATIONS [MAX_ROWS]\n".utf8))
            exit(2)
        }
        let maxRows = arguments.count == 3 ? Int(arguments[2])! : Int.max
        let path = arguments[0]
        // Not timed: the grid, loaded through the real loader (the baselines have it built in).
        let loaded = try SyntheticData.referentiel()
        let cohortData = SyntheticCohort(organisations: organisations, referentiel: loaded)
        let engine = ScoringEngine(referentiel: loaded.referentiel, sha256: loaded.sha256)

        let start = DispatchTime.now().uptimeNanoseconds
        var accumulator = CohortAccumulator(referentiel: loaded.referentiel, sha256: loaded.sha256, sessions: cohortData.sessionLabels)
        cohortData.forEachAssessment { _, session, assessment in
            accumulator.add(organisation: assessment.organisationSlug, session: session, score: engine.score(assessment))
        }
        let grid = accumulator.finish()
        let statisticsEnd = DispatchTime.now().uptimeNanoseconds

        let sessions = zip(cohortData.sessionLabels, cohortData.sessionDates).enumerated().map { position, session in
            CohortSession(position: position, label: session.0, date: session.1)
        }
        let members = (0..<organisations).map { SyntheticCohort.slug($0) }
        let cohort = Cohort(name: "cohorte-de-mesure", parcours: "Parcours de mesure", sessions: sessions, members: members)
        let organisationsList = (0..<organisations).map {
            Organisation(slug: SyntheticCohort.slug($0), name: SyntheticCohort.name($0), legalForm: .association)
        }
        let report = CohortReport(comparison: CohortComparison(cohort: cohort, grids: [grid]), organisations: organisationsList,
                                  generatedOn: "2026-11-24", language: .fr)
        let rows = SyntheticCohortRows(cohort: cohortData, engine: engine)
        let written = try CohortWorkbook(report: report).write(to: path, rows: rows.prefix(maxRows))
        let end = DispatchTime.now().uptimeNanoseconds

        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let checksum = rows.checksum
        print("seconds \(String(format: "%.6f", Double(end - start) / 1e9))")
        print("statistics_seconds \(String(format: "%.6f", Double(statisticsEnd - start) / 1e9))")
        print("workbook_seconds \(String(format: "%.6f", Double(end - statisticsEnd) / 1e9))")
        print("rows \(written)")
        print("level_sum \(Int(checksum.levelSum.rounded()))")
        print("score_sum \(String(format: "%.1f", checksum.scoreSum))")
        print("respondents_sum \(checksum.respondentsSum)")
        print("peak_mib \(String(format: "%.1f", Double(usage.ru_maxrss) / 1024))")
        if checksum.rows != written {
            FileHandle.standardError.write(Data("the workbook wrote \(written) rows, \(checksum.rows) were drawn\n".utf8))
            exit(1)
        }
    }
}
