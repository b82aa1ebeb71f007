import Yams

extension ReferentielParser {
    /// Reads `applies_to`: conditions on the organisation's profile, each checked (known keys,
    /// known legal forms and size bands, booleans) and together satisfiable by some organisation.
    func parseAppliesTo(_ node: Node, _ field: String) -> AppliesTo? {
        guard let fields = reader.mapping(node, field, allowed: AppliesTo.keys, required: []) else { return nil }
        if fields.isEmpty {
            reader.report(node, field, .emptyList, fr: "« applies_to » vide : donnez au moins une condition ou retirez-le",
                          en: "empty 'applies_to': give at least one condition or remove it")
            return nil
        }
        var conditions = AppliesTo()
        conditions.legalForms = fields["legal_form"].flatMap {
            values($0, "\(field).legal_form", allowed: LegalForm.allCases.map(\.rawValue)).map { $0.compactMap(LegalForm.init(rawValue:)) }
        }
        conditions.sizeBands = fields["size_band"].flatMap {
            values($0, "\(field).size_band", allowed: SizeBand.allCases.map(\.rawValue)).map { $0.compactMap(SizeBand.init(rawValue:)) }
        }
        conditions.hasEmployees = fields["has_employees"].flatMap { reader.bool($0, "\(field).has_employees") }
        conditions.hasGeneralAssembly = fields["has_general_assembly"].flatMap { reader.bool($0, "\(field).has_general_assembly") }
        conditions.hasBoard = fields["has_board"].flatMap { reader.bool($0, "\(field).has_board") }
        conditions.hasVolunteers = fields["has_volunteers"].flatMap { reader.bool($0, "\(field).has_volunteers") }
        if !conditions.isSatisfiable {
            reader.report(node, field, .appliesToNever,
                          fr: "aucune organisation ne remplit ces conditions (elles se contredisent)",
                          en: "no organisation meets these conditions (they contradict each other)")
        }
        return conditions
    }

    /// A criterion's conditions against its dimension's: together they must be satisfiable.
    func checkAppliesTo(_ own: AppliesTo, inherited: AppliesTo, node: Node?, field: String) {
        let contradictions: [(String, Bool?, Bool?)] = [
            ("has_employees", own.hasEmployees, inherited.hasEmployees),
            ("has_general_assembly", own.hasGeneralAssembly, inherited.hasGeneralAssembly),
            ("has_board", own.hasBoard, inherited.hasBoard),
            ("has_volunteers", own.hasVolunteers, inherited.hasVolunteers),
        ]
        let contradicts = contradictions.contains { $0.1 != nil && $0.2 != nil && $0.1 != $0.2 }
        if contradicts || !own.and(inherited).isSatisfiable {
            reader.report(node, field, .appliesToNever,
                          fr: "ces conditions contredisent celles de la dimension : le critère ne s'appliquerait à aucune organisation",
                          en: "these conditions contradict the dimension's: the criterion would apply to no organisation")
        }
    }

    /// One value or a list of values, each among `allowed`, without repeats.
    private func values(_ node: Node, _ field: String, allowed: [String]) -> [String]? {
        let items: [(Node, String)]
        if node.scalar != nil {
            guard let text = reader.string(node, field) else { return nil }
            items = [(node, text)]
        } else {
            guard let list = reader.sequence(node, field) else { return nil }
            items = list.enumerated().compactMap { index, item in reader.string(item, "\(field)[\(index)]").map { (item, $0) } }
        }
        var result: [String] = []
        for (item, text) in items {
            guard allowed.contains(text) else {
                reader.report(item, field, .unknownProfileValue,
                              fr: "valeur « \(text) » inconnue (valeurs permises : \(allowed.joined(separator: ", ")))",
                              en: "unknown value '\(text)' (allowed values: \(allowed.joined(separator: ", ")))")
                continue
            }
            if result.contains(text) {
                reader.report(item, field, .duplicateID, fr: "valeur « \(text) » répétée", en: "value '\(text)' repeated")
                continue
            }
            result.append(text)
        }
        return result.isEmpty ? nil : result
    }
}
