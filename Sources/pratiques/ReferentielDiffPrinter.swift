import PratiquesCore

/// Prints a ``ReferentielDiff`` for people.
struct ReferentielDiffPrinter {
    var language: Language

    func render(_ diff: ReferentielDiff) -> String {
        let fr = language == .fr
        var lines = ["\(diff.referentielID) \(diff.from) → \(diff.to)" + (diff.carry.map { $0.path.count > 2 ? " (\($0.pathText))" : "" } ?? "")]
        if diff.isEmpty {
            lines.append(fr ? "Aucun changement." : "No change.")
            return lines.joined(separator: "\n")
        }
        for (title, entries) in [(fr ? "Échelles" : "Scales", diff.scales), (fr ? "Dimensions" : "Dimensions", diff.dimensions),
                                 (fr ? "Critères" : "Criteria", diff.criteria)] where !entries.isEmpty {
            lines.append("")
            lines.append(title)
            let rows = entries.map { entry -> [String] in
                [symbol(entry.changes), entry.id, entry.changes.map(label).joined(separator: ", "), describe(entry, diff.carry)]
            }
            lines.append(TextTable.render(header: ["", "id", fr ? "changement" : "change", fr ? "détail" : "detail"], rows: rows))
        }
        if let carry = diff.carry {
            lines.append("")
            lines.append(fr ? "Report des réponses \(carry.pathText)" : "Carrying answers \(carry.pathText)")
            // The same legend as under `pratiques score`, without its first line.
            lines += CarryText.legend(carry, language, indent: "").dropFirst().map { String($0.dropFirst(2)) }
        }
        return lines.joined(separator: "\n")
    }

    private func symbol(_ changes: [ReferentielDiff.Change]) -> String {
        changes == [.added] ? "+" : changes == [.removed] ? "−" : "~"
    }

    private func label(_ change: ReferentielDiff.Change) -> String {
        let fr = language == .fr
        switch change {
        case .added: return fr ? "ajouté" : "added"
        case .removed: return fr ? "supprimé" : "removed"
        case .moved: return fr ? "déplacé" : "moved"
        case .wording: return fr ? "libellé" : "wording"
        case .levels: return fr ? "niveaux" : "levels"
        case .weight: return fr ? "poids" : "weight"
        case .kind: return fr ? "type" : "kind"
        case .notApplicable: return fr ? "non applicable" : "not applicable"
        }
    }

    /// Details, and for added or removed criteria where their answers come from or go.
    private func describe(_ entry: ReferentielDiff.Entry, _ carry: CarryReport?) -> String {
        let fr = language == .fr
        if entry.changes == [.removed] {
            let targets = carry?.traces.filter { $0.sourceIDs.contains(entry.id) } ?? []
            if targets.isEmpty { return fr ? "sans successeur" : "no successor" }
            return "→ " + targets.map(\.criterionID).joined(separator: ", ") + " (\(targets[0].how(in: language)))"
        }
        if entry.changes == [.added] {
            if let trace = carry?.trace(of: entry.id) {
                return "← " + trace.sourceIDs.joined(separator: " + ") + " (\(trace.how(in: language)))"
            }
            return fr ? "sans prédécesseur" : "no predecessor"
        }
        return entry.details.joined(separator: " ; ")
    }
}
