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
        if let changelog = r.changelog { lines.append((l == .fr ? "Changements : " : "Changes: ") + changelog.text(in: l)) }
        for scale in r.scales {
            let levels = scale.levels.map { "\($0.value) \($0.label.text(in: l))" }.joined(separator: " · ")
            lines.append((l == .fr ? "Échelle " : "Scale ") + "\(scale.id): \(levels)")
        }
        for (dIndex, dimension) in r.dimensions.enumerated() {
            let isLastDimension = dIndex == r.dimensions.count - 1
            let reconstructed = dimension.isReconstructed ? " (\(Dimension.reconstructionNote(in: l)))" : ""
            lines.append("\(isLastDimension ? "└─" : "├─") \(dimension.title.text(in: l))\(reconstructed) [\(dimension.id)]\(weightNote(dimension.weight))")
            let stem = isLastDimension ? "   " : "│  "
            if let appliesTo = dimension.appliesTo { lines.append("\(stem)" + appliesNote(appliesTo)) }
            for (cIndex, criterion) in dimension.criteria.enumerated() {
                let isLast = cIndex == dimension.criteria.count - 1
                lines.append("\(stem)\(isLast ? "└─" : "├─") \(criterion.question.text(in: l))")
                let inner = stem + (isLast ? "   " : "│  ")
                lines.append("\(inner)\(criterion.id) · \(kindText(criterion))\(weightNote(criterion.weight))\(naNote(criterion))\(factNote(criterion))")
                if let appliesTo = criterion.appliesTo { lines.append(inner + appliesNote(appliesTo)) }
                if !criterion.guideThemes.isEmpty {
                    lines.append(inner + (l == .fr ? "Guide des bonnes pratiques : " : "Guide of good practices: ")
                                 + criterion.guideThemes.map { "\($0.number). \($0.title.text(in: l))" }.joined(separator: " · "))
                }
                if let help = criterion.help { lines.append("\(inner)ℹ \(help.text(in: l))") }
                guard showDescriptors else { continue }
                if let scale = criterion.scaleID.flatMap(r.scale(id:)) {
                    if criterion.kind == .level {
                        for level in scale.levels {
                            let descriptor = criterion.descriptors[level.value]?.text(in: l) ?? ""
                            lines.append("\(inner)  \(level.value) \(level.label.text(in: l)) : \(descriptor)")
                        }
                    } else {
                        for range in criterion.bandRanges {
                            let label = scale.level(value: range.band.level)?.label.text(in: l) ?? ""
                            let extra = range.band.label.map { " — \($0.text(in: l))" } ?? ""
                            lines.append("\(inner)  \(range.condition(unit: criterion.unit, language: l)) → \(range.band.level) \(label)\(extra)")
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
        case .yesNo:
            if criterion.yesIs == .bad { return language == .fr ? "oui / non (« non » est la bonne réponse)" : "yes / no ('no' is the good answer)" }
            return language == .fr ? "oui / non" : "yes / no"
        case .number:
            let unit = criterion.unit ?? ""
            if criterion.isIndicator { return language == .fr ? "indicateur (\(unit)), suivi mais non noté" : "indicator (\(unit)), followed but not scored" }
            return language == .fr ? "nombre (\(unit))" : "number (\(unit))"
        case .text: return language == .fr ? "texte libre (non noté)" : "free text (not scored)"
        }
    }

    private func weightNote(_ weight: Double) -> String {
        weight == 1 ? "" : (language == .fr ? " · poids \(NumberFormatting.plain(weight))" : " · weight \(NumberFormatting.plain(weight))")
    }

    private func factNote(_ criterion: Criterion) -> String {
        criterion.isFact ? (language == .fr ? " · fait : une valeur pour la structure" : " · fact: one value for the organisation") : ""
    }

    private func appliesNote(_ appliesTo: AppliesTo) -> String {
        (language == .fr ? "Concerne : " : "Applies to: ") + appliesTo.describe(in: language)
    }

    private func naNote(_ criterion: Criterion) -> String {
        criterion.allowsNotApplicable ? (language == .fr ? " · « non applicable » permis" : " · 'not applicable' allowed") : ""
    }
}
