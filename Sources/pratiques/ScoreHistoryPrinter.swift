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
            let newest = rows.first?.score.referentiel.version.description ?? ""
            lines.append("■ " + (referentiel?.title.text(in: l) ?? gridID) + (l == .fr ? " — scores sur la version \(newest)" : " — scores on version \(newest)"))
            let dimensions = referentiel?.dimensions ?? []
            var header = [l == .fr ? "évaluation" : "assessment", "version", l == .fr ? "global" : "overall", "Δ", l == .fr ? "couverture" : "coverage"]
            header += dimensions.map { short($0.title.text(in: l)) }
            let table = rows.map { scored -> [String] in
                let mark = scored.carried ? CarryText.mark : ""
                let version = scored.carried ? "\(scored.summary.referentiel.version) → \(scored.score.referentiel.version)" : scored.summary.referentiel.version.description
                var row = ["\(scored.summary.label) (\(scored.summary.date))", version,
                           ScoreText.score(scored.score.overall, l) + mark, ScoreText.delta(scored.progress?.overall.change, l),
                           ScoreText.percent(scored.score.coverage, l)]
                row += dimensions.map { dimension in
                    let value = scored.score.dimension(dimension.id)?.score
                    let change = scored.progress?.dimensions.first { $0.id == dimension.id }?.change
                    return (value.map { NumberFormatting.decimal($0, digits: 0, language: l) + mark } ?? "—") + (change.map { " (\(ScoreText.delta($0, l)))" } ?? "")
                }
                return row
            }
            lines.append(TextTable.render(header: header, rows: table, rightAligned: Set(2..<header.count)))
            var explained = Set<String>()
            for scored in rows {
                guard let carry = scored.carry, explained.insert(carry.pathText).inserted else { continue }
                lines += CarryText.legend(carry, l)
            }
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
