import Yams

extension ReferentielParser {
    /// Reads the `migration` block: its shape is checked here, the ids of the new version too;
    /// the ids of the old version are checked against that version by ``ReferentielVersionRules``.
    func parseMigration(_ node: Node, criteria: [Criterion]) -> Migration? {
        guard let fields = reader.mapping(node, "migration", allowed: ["from", "criteria"], required: ["from", "criteria"]),
              let fromNode = fields["from"], let from = parseVersion(fromNode, "migration.from"),
              let stepsNode = fields["criteria"], let items = reader.sequence(stepsNode, "migration.criteria", nonEmpty: false)
        else { return nil }
        let newIDs = Set(criteria.map(\.id))
        var steps: [MigrationStep] = []
        for (index, item) in items.enumerated() {
            let field = "migration.criteria[\(index)]"
            guard let stepFields = reader.mapping(item, field, allowed: ["kind", "from", "to", "rule"], required: ["kind", "from"]),
                  let kindNode = stepFields["kind"], let kindText = reader.string(kindNode, "\(field).kind") else { continue }
            guard let kind = MigrationStep.Kind(rawValue: kindText) else {
                reader.report(kindNode, "\(field).kind", .migrationShape,
                              fr: "type d'étape « \(kindText) » inconnu (equal, split, merge, dropped)",
                              en: "unknown step kind '\(kindText)' (equal, split, merge, dropped)")
                continue
            }
            let from = stepFields["from"].flatMap { idList($0, "\(field).from") } ?? []
            let to = stepFields["to"].flatMap { idList($0, "\(field).to") } ?? []
            var rule: MigrationStep.MergeRule?
            if let ruleNode = stepFields["rule"], let text = reader.string(ruleNode, "\(field).rule") {
                rule = MigrationStep.MergeRule(rawValue: text)
                if rule == nil {
                    reader.report(ruleNode, "\(field).rule", .migrationShape, fr: "règle « \(text) » inconnue (min, mean, max)",
                                  en: "unknown rule '\(text)' (min, mean, max)")
                }
            }
            checkShape(kind: kind, from: from, to: to, hasRule: stepFields["rule"] != nil, node: item, field: field)
            for id in to where !newIDs.contains(id) {
                reader.report(stepFields["to"], "\(field).to", .unknownCriterion,
                              fr: "le critère « \(id) » n'existe pas dans cette version",
                              en: "criterion '\(id)' does not exist in this version")
            }
            steps.append(MigrationStep(kind: kind, from: from, to: to, rule: rule, location: reader.location(of: item)))
        }
        return Migration(from: from, steps: steps, location: reader.location(of: node))
    }

    private func idList(_ node: Node, _ field: String) -> [String]? {
        guard let items = reader.sequence(node, field, nonEmpty: false) else { return nil }
        return items.enumerated().compactMap { reader.slug($1, "\(field)[\($0)]") }
    }

    private func checkShape(kind: MigrationStep.Kind, from: [String], to: [String], hasRule: Bool, node: Node, field: String) {
        let ok: Bool
        let expectedFR: String, expectedEN: String
        switch kind {
        case .equal:
            ok = from.count == 1 && to.count == 1
            (expectedFR, expectedEN) = ("un critère ancien vers un nouveau", "one old criterion to one new")
        case .split:
            ok = from.count == 1 && to.count >= 2
            (expectedFR, expectedEN) = ("un critère ancien vers plusieurs nouveaux", "one old criterion to several new ones")
        case .merge:
            ok = from.count >= 2 && to.count == 1 && hasRule
            (expectedFR, expectedEN) = ("plusieurs critères anciens vers un nouveau, avec « rule » (min, mean, max)",
                                        "several old criteria to one new, with 'rule' (min, mean, max)")
        case .dropped:
            ok = from.count >= 1 && to.isEmpty
            (expectedFR, expectedEN) = ("un ou plusieurs critères anciens, sans « to »", "one or more old criteria, no 'to'")
        }
        if !ok || (kind != .merge && hasRule) {
            reader.report(node, field, .migrationShape, fr: "une étape \(kind.rawValue) va de \(expectedFR)",
                          en: "a \(kind.rawValue) step maps \(expectedEN)")
        }
    }
}
