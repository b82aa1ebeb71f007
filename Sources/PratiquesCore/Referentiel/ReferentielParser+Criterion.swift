import Yams

extension ReferentielParser {
    static let criterionKeys = ["id", "kind", "question", "short", "help", "weight", "not_applicable", "scale",
                                "descriptors", "unit", "bounds", "bands"]

    /// Keys that only some kinds accept.
    private static let keysByKind: [CriterionKind: Set<String>] = [
        .level: ["scale", "descriptors"],
        .number: ["scale", "unit", "bounds", "bands"],
        .yesNo: [],
        .text: [],
    ]

    mutating func parseCriteria(_ node: Node, _ field: String) -> [Criterion] {
        guard let items = reader.sequence(node, field) else { return [] }
        var result: [Criterion] = []
        for (index, item) in items.enumerated() {
            if let criterion = parseCriterion(item, "\(field)[\(index)]") {
                result.append(criterion)
            }
        }
        return result
    }

    private mutating func parseCriterion(_ node: Node, _ field: String) -> Criterion? {
        guard let fields = reader.mapping(node, field, allowed: Self.criterionKeys, required: ["id", "kind", "question"])
        else { return nil }
        let id = fields["id"].flatMap { claimID($0, "\(field).id") }
        let kind = fields["kind"].flatMap { parseKind($0, "\(field).kind") }
        let question = fields["question"].flatMap { reader.localizedText($0, "\(field).question") }
        let short = fields["short"].flatMap { reader.localizedText($0, "\(field).short") }
        let help = fields["help"].flatMap { reader.localizedText($0, "\(field).help") }
        let weight = reader.weight(fields["weight"], "\(field).weight")
        let allowsNA = fields["not_applicable"].flatMap { reader.bool($0, "\(field).not_applicable") } ?? false
        guard let kind else { return nil }

        let accepted = Self.keysByKind[kind] ?? []
        for key in ["scale", "descriptors", "unit", "bounds", "bands"] where fields[key] != nil && !accepted.contains(key) {
            reader.report(fields[key], "\(field).\(key)", .notForKind,
                          fr: "« \(key) » ne s'emploie pas pour un critère de type \(kind.rawValue)",
                          en: "'\(key)' does not apply to a criterion of kind \(kind.rawValue)")
        }
        var criterion = Criterion(id: id ?? "", kind: kind, question: question ?? "", short: short, help: help, weight: weight,
                                  allowsNotApplicable: allowsNA, location: reader.location(of: node))
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
            let scale = requireScale(fields, node, field)
            criterion.scaleID = scale?.id
            if let unitNode = fields["unit"] {
                criterion.unit = reader.nonEmptyString(unitNode, "\(field).unit")
            } else {
                reader.report(node, "\(field).unit", .missingKey, fr: "un critère number a une unité (« unit »)",
                              en: "a number criterion has a unit ('unit')")
            }
            criterion.bounds = fields["bounds"].flatMap { parseBounds($0, "\(field).bounds") }
            if let bandsNode = fields["bands"] {
                criterion.bands = parseBands(bandsNode, "\(field).bands", scale: scale, bounds: criterion.bounds)
            } else {
                reader.report(node, "\(field).bands", .missingKey, fr: "un critère number a des paliers (« bands »)",
                              en: "a number criterion has scoring bands ('bands')")
            }
        case .yesNo, .text:
            break
        }
        guard id != nil, question != nil else { return nil }
        return criterion
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

    private func parseBounds(_ node: Node, _ field: String) -> NumberBounds? {
        guard let fields = reader.mapping(node, field, allowed: ["min", "max"], required: []) else { return nil }
        let bounds = NumberBounds(min: fields["min"].flatMap { reader.double($0, "\(field).min") },
                                  max: fields["max"].flatMap { reader.double($0, "\(field).max") })
        if let min = bounds.min, let max = bounds.max, min >= max {
            reader.report(node, field, .boundsInvalid, fr: "min (\(min)) doit être inférieur à max (\(max))",
                          en: "min (\(min)) must be lower than max (\(max))")
        }
        return bounds
    }

    private func parseBands(_ node: Node, _ field: String, scale: Scale?, bounds: NumberBounds?) -> [NumberBand] {
        guard let items = reader.sequence(node, field) else { return [] }
        var bands: [NumberBand] = []
        for (index, item) in items.enumerated() {
            let bandField = "\(field)[\(index)]"
            guard let fields = reader.mapping(item, bandField, allowed: ["min", "level", "label"], required: ["min", "level"]),
                  let minNode = fields["min"], let min = reader.double(minNode, "\(bandField).min"),
                  let levelNode = fields["level"], let level = reader.int(levelNode, "\(bandField).level") else { continue }
            let label = fields["label"].flatMap { reader.localizedText($0, "\(bandField).label") }
            if let scale, scale.level(value: level) == nil {
                reader.report(levelNode, "\(bandField).level", .unknownLevel,
                              fr: "le niveau \(level) n'existe pas dans l'échelle « \(scale.id) »",
                              en: "level \(level) does not exist in scale '\(scale.id)'")
            }
            if let previous = bands.last, min <= previous.min {
                reader.report(minNode, "\(bandField).min", .bandsNotIncreasing,
                              fr: "les « min » des paliers doivent croître strictement (\(min) après \(previous.min))",
                              en: "band 'min' values must strictly increase (\(min) after \(previous.min))")
            }
            if let bounds, !bounds.contains(min) {
                reader.report(minNode, "\(bandField).min", .bandsOutsideBounds,
                              fr: "le palier \(min) est hors des bornes de la réponse",
                              en: "band \(min) lies outside the answer's bounds")
            }
            if index == 0, let lower = bounds?.min, min > lower {
                reader.report(minNode, "\(bandField).min", .bandsOutsideBounds,
                              fr: "le premier palier (\(min)) laisse sans niveau les réponses entre \(lower) et \(min)",
                              en: "the first band (\(min)) leaves answers between \(lower) and \(min) without a level")
            }
            bands.append(NumberBand(min: min, level: level, label: label, location: reader.location(of: item)))
        }
        return bands
    }
}
