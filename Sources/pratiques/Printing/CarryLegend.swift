import PratiquesCore

/// How carried values are explained at the terminal.
enum CarryLegend {
    /// The mark put after a value carried from an older version.
    static let mark = "*"

    /// `* valeur reprise d'une version antérieure (1.0.0 → 1.1.0 → 2.0.0)` then one line per
    /// criterion that was not carried as it is, the criteria carried as they are, and the
    /// criteria that cannot be compared.
    static func lines(_ report: CarryReport, _ language: Language, indent: String = "  ") -> [String] {
        var lines = [indent + CarryMessage.legend.text(in: language, ["mark": mark, "path": report.pathText])]
        var groups: [(sources: [String], how: String, targets: [String])] = []
        for trace in report.traces where !trace.isEqual {
            let how = trace.how(in: language)
            if let index = groups.firstIndex(where: { $0.sources == trace.sourceIDs && $0.how == how }) {
                groups[index].targets.append(trace.criterionID)
            } else {
                groups.append((trace.sourceIDs, how, [trace.criterionID]))
            }
        }
        for group in groups {
            lines.append(indent + "    " + group.sources.joined(separator: " + ") + " → " + group.targets.joined(separator: ", ") + " (\(group.how))")
        }
        let equal = report.traces.filter(\.isEqual).count
        if equal > 0 {
            lines.append(indent + "    " + CarryMessage.equal.text(in: language, ["n": equal]))
        }
        if !report.notComparable.isEmpty {
            lines.append(indent + "    " + CarryMessage.notComparable[language] + report.notComparable.map { $0.describe(in: language) }.joined(separator: " ; "))
        }
        return lines
    }
}
