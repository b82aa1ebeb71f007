import Yams

extension ReferentielParser {
    static let criterionKeys = ["id", "kind", "question", "short", "help", "weight", "not_applicable", "applies_to", "fact",
                                "guide_themes", "scale", "descriptors", "unit", "bounds", "bands", "yes_is"]

    /// Keys that only some kinds accept.
    private static let keysByKind: [CriterionKind: Set<String>] = [
        .level: ["scale", "descriptors"],
        .number: ["scale", "unit", "bounds", "bands"],
        .yesNo: ["yes_is"],
        .text: [],
    ]

    mutating func parseCriteria(_ node: Node, _ field: String, inherited: AppliesTo? = nil) -> [Criterion] {
        guard let items = reader.sequence(node, field) else { return [] }
        var result: [Criterion] = []
        for (index, item) in items.enumerated() {
            if let criterion = parseCriterion(item, "\(field)[\(index)]", inherited: inherited) {
                result.append(criterion)
            }
        }
        return result
    }

    private mutating func parseCriterion(_ node: Node, _ field: String, inherited: AppliesTo?) -> Criterion? {
        guard let fields = reader.mapping(node, field, allowed: Self.criterionKeys, required: ["id", "kind", "question"])
        else { return nil }
        let id = fields["id"].flatMap { claimID($0, "\(field).id") }
        let kind = fields["kind"].flatMap { parseKind($0, "\(field).kind") }
        let question = fields["question"].flatMap { reader.localizedText($0, "\(field).question") }
        let short = fields["short"].flatMap { reader.localizedText($0, "\(field).short") }
        let help = fields["help"].flatMap { reader.localizedText($0, "\(field).help") }
        let weight = reader.weight(fields["weight"], "\(field).weight")
        let allowsNA = fields["not_applicable"].flatMap { reader.bool($0, "\(field).not_applicable") } ?? false
        let appliesTo = fields["applies_to"].flatMap { parseAppliesTo($0, "\(field).applies_to") }
        if let appliesTo, let inherited { checkAppliesTo(appliesTo, inherited: inherited, node: fields["applies_to"], field: "\(field).applies_to") }
        let isFact = fields["fact"].flatMap { reader.bool($0, "\(field).fact") } ?? false
        let themes = fields["guide_themes"].map { parseGuideThemes($0, "\(field).guide_themes") } ?? []
        guard let kind else { return nil }

        let accepted = Self.keysByKind[kind] ?? []
        for key in ["scale", "descriptors", "unit", "bounds", "bands", "yes_is"] where fields[key] != nil && !accepted.contains(key) {
            reader.report(fields[key], "\(field).\(key)", .notForKind,
                          fr: "« \(key) » ne s'emploie pas pour un critère de type \(kind.rawValue)",
                          en: "'\(key)' does not apply to a criterion of kind \(kind.rawValue)")
        }
        var criterion = Criterion(id: id ?? "", kind: kind, question: question ?? "", short: short, help: help, weight: weight,
                                  allowsNotApplicable: allowsNA, appliesTo: appliesTo, isFact: isFact, guideThemes: themes,
                                  location: reader.location(of: node))
        switch kind {
        case .level:
            let scale = requireScale(fields, node, field)
            criterion.scaleID = scale?.id
            if let descriptorsNode = fields["descriptors"] {
                criterion.descriptors = parseDescriptors(descriptorsNode, "\(field).descriptors", scale: scale)
            } else {
                reader.report(node, "\(field).descriptors", .missingKey,
                              fr: "un critère de type level doit décrire chaque niveau (clé « descriptors » absente)",
                              en: "a level criterion must describe every level ('descriptors' key is missing)")
            }
        case .number:
            if let unitNode = fields["unit"] {
                criterion.unit = reader.gridText(unitNode, "\(field).unit")
            } else {
                reader.report(node, "\(field).unit", .missingKey, fr: "un critère number a une unité (« unit »)",
                              en: "a number criterion has a unit ('unit')")
            }
            criterion.bounds = fields["bounds"].flatMap { parseBounds($0, "\(field).bounds") }
            if let bandsNode = fields["bands"] {
                let scale = requireScale(fields, node, field)
                criterion.scaleID = scale?.id
                criterion.bands = parseBands(bandsNode, "\(field).bands", scale: scale, bounds: criterion.bounds)
                for (index, range) in criterion.bandRanges.enumerated() { criterion.bands[index].min = range.lower ?? -.infinity }
            } else if let scaleNode = fields["scale"] {
                reader.report(scaleNode, "\(field).scale", .notForKind,
                              fr: "une échelle ne sert qu'avec des paliers (« bands ») ; sans paliers, le nombre est un indicateur non noté",
                              en: "a scale is only used with scoring bands ('bands'); without bands the number is an indicator, not scored")
            }
        case .yesNo:
            if let polarityNode = fields["yes_is"], let text = reader.string(polarityNode, "\(field).yes_is") {
                if let polarity = YesPolarity(rawValue: text) {
                    criterion.yesIs = polarity
                } else {
                    reader.report(polarityNode, "\(field).yes_is", .wrongType, fr: "« yes_is » vaut good ou bad (trouvé « \(text) »)",
                                  en: "'yes_is' is good or bad (found '\(text)')")
                }
            }
        case .text:
            break
        }
        guard id != nil, question != nil else { return nil }
        return criterion
    }

    private func parseGuideThemes(_ node: Node, _ field: String) -> [GuideTheme] {
        guard let items = reader.sequence(node, field) else { return [] }
        var themes: [GuideTheme] = []
        for (index, item) in items.enumerated() {
            guard let text = reader.string(item, "\(field)[\(index)]") else { continue }
            guard let theme = GuideTheme(rawValue: text) else {
                let known = GuideTheme.allCases.map(\.rawValue).joined(separator: ", ")
                reader.report(item, "\(field)[\(index)]", .unknownGuideTheme,
                              fr: "thème « \(text) » inconnu (thèmes du guide des bonnes pratiques : \(known))",
                              en: "unknown theme '\(text)' (themes of the guide of good practices: \(known))")
                continue
            }
            if themes.contains(theme) {
                reader.report(item, "\(field)[\(index)]", .duplicateID, fr: "thème « \(text) » répété", en: "theme '\(text)' repeated")
                continue
            }
            themes.append(theme)
        }
        return themes
    }

    private func parseKind(_ node: Node, _ field: String) -> CriterionKind? {
        guard let text = reader.string(node, field) else { return nil }
        guard let kind = CriterionKind(rawValue: text) else {
            let kinds = CriterionKind.allCases.map(\.rawValue).joined(separator: ", ")
            reader.report(node, field, .unknownKind, fr: "type « \(text) » inconnu (types : \(kinds))",
                          en: "unknown kind '\(text)' (kinds: \(kinds))")
            return nil
        }
        return kind
    }

    private func requireScale(_ fields: [String: Node], _ node: Node, _ field: String) -> Scale? {
        guard let scaleNode = fields["scale"] else {
            reader.report(node, "\(field).scale", .missingKey, fr: "clé obligatoire « scale » absente",
                          en: "required key 'scale' is missing")
            return nil
        }
        guard let scaleID = reader.string(scaleNode, "\(field).scale") else { return nil }
        guard let scale = knownScale(scaleID) else {
            reader.report(scaleNode, "\(field).scale", .unknownScale,
                          fr: "échelle « \(scaleID) » inconnue (déclarez-la dans « scales »)",
                          en: "unknown scale '\(scaleID)' (declare it under 'scales')")
            return nil
        }
        return scale
    }

    private func parseDescriptors(_ node: Node, _ field: String, scale: Scale?) -> [Int: LocalizedText] {
        guard reader.spend(node) else { return [:] }
        guard let mapping = node.mapping else {
            reader.report(node, field, .wrongType, fr: "un objet niveau: descripteur attendu",
                          en: "expected a mapping level: descriptor")
            return [:]
        }
        var result: [Int: LocalizedText] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string, let level = Int(key) else {
                reader.report(keyNode, field, .unknownLevel, fr: "la clé d'un descripteur est une valeur de niveau (0, 1, 2…)",
                              en: "a descriptor key is a level value (0, 1, 2…)")
                continue
            }
            if let scale, scale.level(value: level) == nil {
                reader.report(keyNode, "\(field).\(level)", .unknownLevel,
                              fr: "le niveau \(level) n'existe pas dans l'échelle « \(scale.id) »",
                              en: "level \(level) does not exist in scale '\(scale.id)'")
                continue
            }
            if let text = reader.localizedText(value, "\(field).\(level)") {
                result[level] = text
            }
        }
        if let scale {
            for level in scale.levels where result[level.value] == nil && !mapping.contains(where: { $0.key.scalar?.string == String(level.value) }) {
                reader.report(node, "\(field).\(level.value)", .missingDescriptor,
                              fr: "descripteur manquant pour le niveau \(level.value) (\(level.label.fr))",
                              en: "missing descriptor for level \(level.value) (\(level.label.text(in: .en)))")
            }
        }
        return result
    }

}
