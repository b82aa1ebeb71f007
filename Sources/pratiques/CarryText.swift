import PratiquesCore

/// How carried values are explained at the terminal.
enum CarryText {
    /// The mark put after a value carried from an older version.
    static let mark = "*"

    /// `* valeur reprise d'une version antérieure (1.0.0 → 1.1.0 → 2.0.0)` then one line per
    /// criterion that was not carried as it is, the criteria carried as they are, and the
    /// criteria that cannot be compared.
    static func legend(_ report: CarryReport, _ language: Language, indent: String = "  ") -> [String] {
        let fr = language == .fr
        var lines = [indent + mark + (fr ? " valeur reprise d'une version antérieure (\(report.pathText))" : " value carried from an earlier version (\(report.pathText))")]
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
            lines.append(indent + "    " + (fr ? "\(equal) autre(s) critère(s) repris à l'identique" : "\(equal) other criteria carried as they are"))
        }
        if !report.notComparable.isEmpty {
            lines.append(indent + "    " + (fr ? "non comparables : " : "not comparable: ")
                         + report.notComparable.map { $0.describe(in: language) }.joined(separator: " ; "))
        }
        return lines
    }
}
