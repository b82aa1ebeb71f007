import PratiquesCore

/// Prints cohorts: the list, and one cohort's sessions, members and statistics.
struct CohortPrinter {
    var language: Language

    func table(_ cohorts: [Cohort]) -> String {
        let l = language
        return TextTable.render(header: [HeaderText.cohort[l], "parcours", "sessions", HeaderText.members[l]],
                                rows: cohorts.map { [$0.name, $0.parcours, $0.sessions.map(\.label).joined(separator: ", "), String($0.members.count)] },
                                rightAligned: [3])
    }

    func render(_ comparison: CohortComparison) -> String {
        let l = language
        let c = comparison.cohort
        var lines = ["\(c.name) — \(c.parcours)",
                     TextTable.render(header: ["session", "date", HeaderText.window[l]], rows: c.sessions.map { [$0.label, $0.date, "\($0.windowStart) → \($0.windowEnd)"] }),
                     "", CohortText.members[l] + c.members.joined(separator: ", ")]
        for grid in comparison.grids { lines += [""] + statistics(grid) }
        if !comparison.carried.isEmpty {
            lines += ["", CohortText.carriedHeading[l]]
            for item in comparison.carried {
                let missing = item.report.notComparable.map(\.criterionID)
                lines.append("  \(item.organisation) \(item.session) #\(item.assessmentID.map(String.init) ?? "?") — \(item.pathText)"
                             + (missing.isEmpty ? "" : CohortText.notComparable[l] + missing.joined(separator: ", ")))
            }
        }
        if !comparison.notCompared.isEmpty {
            lines += ["", CohortText.notCompared[l]]
            for item in comparison.notCompared {
                lines.append("  \(item.organisation) \(item.session) #\(item.assessmentID.map(String.init) ?? "?") — \(item.reason.text(in: l))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One grid: the statistics per dimension and session, then the paired progress overall.
    private func statistics(_ grid: CohortGridComparison) -> [String] {
        let l = language
        var lines = ["\(grid.referentiel.title.text(in: l)) (\(grid.referentiel.id)@\(grid.referentiel.version))"]
        func f(_ value: Double?) -> String { value.map { NumberFormatting.decimal($0, language: l) } ?? "—" }
        var rows: [[String]] = []
        for dimension in 0..<grid.dimensionCount {
            for (session, label) in grid.sessions.enumerated() {
                let s = grid.statistics[session][dimension]
                rows.append([grid.dimensionTitle(dimension, in: l), label, String(s.n), f(s.mean), f(s.median), f(s.firstQuartile),
                             f(s.thirdQuartile), f(s.minimum), f(s.maximum)])
            }
        }
        lines.append(TextTable.render(header: ["dimension", "session", "n", HeaderText.mean[l], HeaderText.median[l], "Q1", "Q3", "min", "max"],
                                      rows: rows, rightAligned: [2, 3, 4, 5, 6, 7, 8]))
        for (index, pair) in grid.pairs.enumerated() {
            let progress = grid.progress[index][grid.overallIndex]
            guard progress.n > 0 else { continue }
            lines.append("  \(grid.sessions[pair.from]) → \(grid.sessions[pair.to]) " + CohortText.paired[l] + " (n \(progress.n)) : \(ScoreFormat.delta(progress.meanChange, l)) ; "
                         + CohortText.pairedCounts.text(in: l, ["progressed": progress.progressed, "stable": progress.stable, "regressed": progress.regressed]))
        }
        return lines
    }
}
