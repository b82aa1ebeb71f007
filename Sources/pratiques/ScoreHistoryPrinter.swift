import PratiquesCore
import PratiquesStore

/// Prints an organisation's score history: one table per grid, assessments as rows.
struct ScoreHistoryPrinter {
    var language: Language
    var catalog: ReferentielCatalog

    func render(organisation: Organisation, history: [ScoredAssessment], referentiels: [String: Referentiel]) -> String {
        let l = language
        var lines = ["\(organisation.name) (\(organisation.slug))"]
        if history.isEmpty {
            lines.append(l == .fr ? "Aucune évaluation." : "No assessment.")
            return lines.joined(separator: "\n")
        }
        let byGrid = Dictionary(grouping: history, by: \.summary.referentiel.id)
        for gridID in byGrid.keys.sorted() {
            let rows = byGrid[gridID]!
            let referentiel = referentiels[gridID]
            lines.append("")
            lines.append("■ " + (referentiel?.title.text(in: l) ?? gridID))
            let dimensions = referentiel?.dimensions ?? []
            var header = [l == .fr ? "évaluation" : "assessment", "version", l == .fr ? "global" : "overall", "Δ", l == .fr ? "couverture" : "coverage"]
            header += dimensions.map { short($0.title.text(in: l)) }
            let table = rows.map { scored -> [String] in
                var row = ["\(scored.summary.label) (\(scored.summary.date))", scored.summary.referentiel.version.description,
                           ScoreText.score(scored.score.overall, l), ScoreText.delta(scored.progress?.overall.change, l),
                           ScoreText.percent(scored.score.coverage, l)]
                row += dimensions.map { dimension in
                    let value = scored.score.dimension(dimension.id)?.score
                    let change = scored.progress?.dimensions.first { $0.id == dimension.id }?.change
                    return (value.map { NumberFormatting.decimal($0, digits: 0, language: l) } ?? "—") + (change.map { " (\(ScoreText.delta($0, l)))" } ?? "")
                }
                return row
            }
            lines.append(TextTable.render(header: header, rows: table, rightAligned: Set(2..<header.count)))
            if let last = rows.last {
                let divergent = last.score.divergentCriteria.map(\.criterionID)
                if !divergent.isEmpty {
                    lines.append((l == .fr ? "  Divergences à discuter (\(last.summary.label)) : " : "  Divergences to discuss (\(last.summary.label)): ") + divergent.joined(separator: ", "))
                }
                if let progress = last.progress {
                    let up = progress.improved.prefix(3).map { "\($0.id) \(ScoreText.delta($0.change, l))" }
                    let down = progress.regressed.prefix(3).map { "\($0.id) \(ScoreText.delta($0.change, l))" }
                    if !up.isEmpty { lines.append((l == .fr ? "  Plus forts progrès : " : "  Largest gains: ") + up.joined(separator: ", ")) }
                    if !down.isEmpty { lines.append((l == .fr ? "  Reculs : " : "  Regressions: ") + down.joined(separator: ", ")) }
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func short(_ title: String) -> String {
        title.count <= 18 ? title : String(title.prefix(17)) + "…"
    }
}
