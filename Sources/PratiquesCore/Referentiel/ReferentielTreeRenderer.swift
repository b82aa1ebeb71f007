/// Renders a référentiel as a readable tree for the terminal.
public struct ReferentielTreeRenderer: Sendable {
    public var language: Language
    /// Whether to print the descriptor of every level (long).
    public var showDescriptors: Bool

    public init(language: Language, showDescriptors: Bool = true) {
        self.language = language
        self.showDescriptors = showDescriptors
    }

    /// The whole tree as text, one line per element.
    public func render(_ loaded: LoadedReferentiel) -> String {
        let r = loaded.referentiel
        let l = language
        var lines: [String] = []
        lines.append("\(r.title.text(in: l)) — \(r.id) \(r.version)")
        lines.append("sha256 \(loaded.sha256)")
        if let description = r.description { lines.append(description.text(in: l)) }
        lines.append((l == .fr ? "Source : " : "Source: ") + r.source.text(in: l))
        for scale in r.scales {
            let levels = scale.levels.map { "\($0.value) \($0.label.text(in: l))" }.joined(separator: " · ")
            lines.append((l == .fr ? "Échelle " : "Scale ") + "\(scale.id): \(levels)")
        }
        for (dIndex, dimension) in r.dimensions.enumerated() {
            let isLastDimension = dIndex == r.dimensions.count - 1
            lines.append("\(isLastDimension ? "└─" : "├─") \(dimension.title.text(in: l)) [\(dimension.id)]\(weightNote(dimension.weight))")
            let stem = isLastDimension ? "   " : "│  "
            for (cIndex, criterion) in dimension.criteria.enumerated() {
                let isLast = cIndex == dimension.criteria.count - 1
                lines.append("\(stem)\(isLast ? "└─" : "├─") \(criterion.question.text(in: l))")
                let inner = stem + (isLast ? "   " : "│  ")
                lines.append("\(inner)\(criterion.id) · \(kindText(criterion))\(weightNote(criterion.weight))\(naNote(criterion))")
                if let help = criterion.help { lines.append("\(inner)ℹ \(help.text(in: l))") }
                guard showDescriptors else { continue }
                if let scale = criterion.scaleID.flatMap(r.scale(id:)) {
                    if criterion.kind == .level {
                        for level in scale.levels {
                            let descriptor = criterion.descriptors[level.value]?.text(in: l) ?? ""
                            lines.append("\(inner)  \(level.value) \(level.label.text(in: l)) : \(descriptor)")
                        }
                    } else {
                        for band in criterion.bands {
                            let label = scale.level(value: band.level)?.label.text(in: l) ?? ""
                            let extra = band.label.map { " — \($0.text(in: l))" } ?? ""
                            lines.append("\(inner)  ≥ \(NumberFormatting.plain(band.min)) \(criterion.unit ?? "") → \(band.level) \(label)\(extra)")
                        }
                    }
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func kindText(_ criterion: Criterion) -> String {
        switch criterion.kind {
        case .level: return language == .fr ? "niveau \(criterion.scaleID ?? "")" : "level \(criterion.scaleID ?? "")"
        case .yesNo: return language == .fr ? "oui / non" : "yes / no"
        case .number:
            let unit = criterion.unit ?? ""
            return language == .fr ? "nombre (\(unit))" : "number (\(unit))"
        case .text: return language == .fr ? "texte libre (non noté)" : "free text (not scored)"
        }
    }

    private func weightNote(_ weight: Double) -> String {
        weight == 1 ? "" : (language == .fr ? " · poids \(NumberFormatting.plain(weight))" : " · weight \(NumberFormatting.plain(weight))")
    }

    private func naNote(_ criterion: Criterion) -> String {
        criterion.allowsNotApplicable ? (language == .fr ? " · « non applicable » permis" : " · 'not applicable' allowed") : ""
    }
}
