import PratiquesApp
import PratiquesCore

/// Prints an organisation's score history: one table per grid, assessments as rows.
struct ScoreHistoryPrinter {
    var language: Language

    func render(_ history: ScoreHistory) -> String {
        let l = language
        var lines = ["\(history.organisation.name) (\(history.organisation.slug))"]
        if history.entries.isEmpty {
            lines.append(ScoreText.noAssessment[l])
            return lines.joined(separator: "\n")
        }
        let byGrid = Dictionary(grouping: history.entries, by: \.summary.referentiel.id)
        for gridID in byGrid.keys.sorted() {
            let rows = byGrid[gridID]!
            // Titles and dimensions of the version scores are expressed on (the last scored assessment's).
            let referentiel = rows.last?.scoredOn.referentiel
            lines.append("")
            let newest = rows.first?.score.referentiel.version.description ?? ""
            lines.append("■ " + (referentiel?.title.text(in: l) ?? gridID) + ScoreText.scoresOnVersion.text(in: l, ["version": newest]))
            let dimensions = referentiel?.dimensions ?? []
            let header = [HeaderText.assessment[l], "version", HeaderText.overall[l], "Δ", HeaderText.coverage[l]] + dimensions.map { short($0.title.text(in: l)) }
            lines.append(TextTable.render(header: header, rows: rows.map { row($0, dimensions) }, rightAligned: Set(2..<header.count)))
            var explained = Set<String>()
            for scored in rows {
                guard let carry = scored.carry, explained.insert(carry.pathText).inserted else { continue }
                lines += CarryLegend.lines(carry, l)
            }
            if let last = rows.last { lines += highlights(last) }
        }
        return lines.joined(separator: "\n")
    }

    private func row(_ scored: ScoredAssessment, _ dimensions: [Dimension]) -> [String] {
        let l = language
        let mark = scored.isCarried ? CarryLegend.mark : ""
        let version = scored.isCarried ? "\(scored.summary.referentiel.version) → \(scored.score.referentiel.version)" : scored.summary.referentiel.version.description
        return ["\(scored.summary.label) (\(scored.summary.date))", version, ScoreFormat.score(scored.score.overall, l) + mark,
                ScoreFormat.delta(scored.progress?.overall.change, l), ScoreFormat.percent(scored.score.coverage, l)]
            + dimensions.map { dimension in
                let value = scored.score.dimension(dimension.id)?.score
                let change = scored.progress?.dimensions.first { $0.id == dimension.id }?.change
                return (value.map { NumberFormatting.decimal($0, digits: 0, language: l) + mark } ?? "—") + (change.map { " (\(ScoreFormat.delta($0, l)))" } ?? "")
            }
    }

    /// The latest assessment's divergences, largest gains and regressions.
    private func highlights(_ last: ScoredAssessment) -> [String] {
        let l = language
        var lines: [String] = []
        let divergent = last.score.divergentCriteria.map(\.criterionID)
        if !divergent.isEmpty { lines.append(ScoreText.divergences.text(in: l, ["label": last.summary.label]) + divergent.joined(separator: ", ")) }
        if let progress = last.progress {
            let up = progress.improved.prefix(3).map { "\($0.id) \(ScoreFormat.delta($0.change, l))" }
            let down = progress.regressed.prefix(3).map { "\($0.id) \(ScoreFormat.delta($0.change, l))" }
            if !up.isEmpty { lines.append(ScoreText.largestGains[l] + up.joined(separator: ", ")) }
            if !down.isEmpty { lines.append(ScoreText.regressions[l] + down.joined(separator: ", ")) }
        }
        return lines
    }

    private func short(_ title: String) -> String {
        title.count <= 18 ? title : String(title.prefix(17)) + "…"
    }
}
