import PratiquesCore

/// Prints a ``ReferentielDiff`` for people.
struct ReferentielDiffPrinter {
    var language: Language

    func render(_ diff: ReferentielDiff) -> String {
        let l = language
        var lines = ["\(diff.referentielID) \(diff.from) → \(diff.to)" + (diff.carry.map { $0.path.count > 2 ? " (\($0.pathText))" : "" } ?? "")]
        if diff.isEmpty {
            lines.append(ReferentielText.noChange[l])
            return lines.joined(separator: "\n")
        }
        for (title, entries) in [(ReferentielText.scales[l], diff.scales), (ReferentielText.dimensions[l], diff.dimensions),
                                 (ReferentielText.criteria[l], diff.criteria)] where !entries.isEmpty {
            lines.append("")
            lines.append(title)
            let rows = entries.map { entry -> [String] in
                [symbol(entry.changes), entry.id, entry.changes.map(label).joined(separator: ", "), describe(entry, diff.carry)]
            }
            lines.append(TextTable.render(header: ["", "id", HeaderText.change[l], HeaderText.detail[l]], rows: rows))
        }
        if let carry = diff.carry {
            lines.append("")
            lines.append(ReferentielText.carrying.text(in: l, ["path": carry.pathText]))
            // The same legend as under `pratiques score`, without its first line.
            lines += CarryLegend.lines(carry, language, indent: "").dropFirst().map { String($0.dropFirst(2)) }
        }
        return lines.joined(separator: "\n")
    }

    private func symbol(_ changes: [ReferentielDiff.Change]) -> String {
        changes == [.added] ? "+" : changes == [.removed] ? "−" : "~"
    }

    private func label(_ change: ReferentielDiff.Change) -> String {
        let text: ReferentielText
        switch change {
        case .added: text = .added
        case .removed: text = .removed
        case .moved: text = .moved
        case .wording: text = .wording
        case .levels: text = .levels
        case .weight: text = .weight
        case .kind: text = .kind
        case .notApplicable: text = .notApplicable
        }
        return text[language]
    }

    /// Details, and for added or removed criteria where their answers come from or go.
    private func describe(_ entry: ReferentielDiff.Entry, _ carry: CarryReport?) -> String {
        if entry.changes == [.removed] {
            let targets = carry?.traces.filter { $0.sourceIDs.contains(entry.id) } ?? []
            if targets.isEmpty { return ReferentielText.noSuccessor[language] }
            return "→ " + targets.map(\.criterionID).joined(separator: ", ") + " (\(targets[0].how(in: language)))"
        }
        if entry.changes == [.added] {
            if let trace = carry?.trace(of: entry.id) {
                return "← " + trace.sourceIDs.joined(separator: " + ") + " (\(trace.how(in: language)))"
            }
            return ReferentielText.noPredecessor[language]
        }
        return entry.details.joined(separator: " ; ")
    }
}
