import Yams

/// Turns a composed YAML tree into a ``Referentiel``, checking every rule of the format and
/// collecting all the issues of the file.
struct ReferentielParser {
    let reader: YAMLNodeReader
    /// Ids of dimensions and criteria seen so far, with where they were first defined.
    private var seenIDs: [String: SourceLocation] = [:]
    private var scales: [String: Scale] = [:]

    init(reader: YAMLNodeReader) {
        self.reader = reader
    }

    static let rootKeys = ["id", "version", "title", "description", "source", "changelog", "scales", "dimensions", "migration"]

    mutating func parse(root: Node) -> Referentiel? {
        guard let fields = reader.mapping(root, "", allowed: Self.rootKeys,
                                          required: ["id", "version", "title", "source", "scales", "dimensions"])
        else { return nil }
        let id = fields["id"].flatMap { reader.slug($0, "id") }
        let version = fields["version"].flatMap { parseVersion($0, "version") }
        let title = fields["title"].flatMap { reader.localizedText($0, "title") }
        let description = fields["description"].flatMap { reader.localizedText($0, "description") }
        let source = fields["source"].flatMap { reader.localizedText($0, "source") }
        let changelog = fields["changelog"].flatMap { reader.localizedText($0, "changelog") }
        let scaleList = fields["scales"].map { parseScales($0) } ?? []
        let dimensions = fields["dimensions"].map { parseDimensions($0) } ?? []
        let migration = fields["migration"].flatMap { parseMigration($0, criteria: dimensions.flatMap(\.criteria)) }
        guard let id, let version, let title, let source, reader.issues.isEmpty else { return nil }
        return Referentiel(id: id, version: version, title: title, description: description, source: source, changelog: changelog,
                           scales: scaleList, dimensions: dimensions, migration: migration)
    }

    func parseVersion(_ node: Node, _ field: String) -> SemanticVersion? {
        guard let text = reader.string(node, field) else { return nil }
        guard let version = SemanticVersion(text) else {
            reader.report(node, field, .versionNotSemantic,
                          fr: "« \(text) » n'est pas une version sémantique MAJEURE.MINEURE.CORRECTIF (ex. 1.0.0)",
                          en: "'\(text)' is not a semantic version MAJOR.MINOR.PATCH (e.g. 1.0.0)")
            return nil
        }
        return version
    }

    // MARK: Scales

    private mutating func parseScales(_ node: Node) -> [Scale] {
        guard let items = reader.sequence(node, "scales") else { return [] }
        var result: [Scale] = []
        for (index, item) in items.enumerated() {
            let field = "scales[\(index)]"
            guard let fields = reader.mapping(item, field, allowed: ["id", "title", "levels"], required: ["id", "levels"]),
                  let idNode = fields["id"], let id = reader.slug(idNode, "\(field).id") else { continue }
            if let previous = scales[id] {
                reader.report(idNode, "\(field).id", .duplicateID,
                              fr: "échelle « \(id) » déjà définie en \(previous.location?.description ?? "?")",
                              en: "scale '\(id)' already defined at \(previous.location?.description ?? "?")")
                continue
            }
            let title = fields["title"].flatMap { reader.localizedText($0, "\(field).title") }
            let levels = fields["levels"].map { parseLevels($0, "\(field).levels") } ?? []
            let scale = Scale(id: id, title: title, levels: levels, location: reader.location(of: item))
            scales[id] = scale
            result.append(scale)
        }
        return result
    }

    private func parseLevels(_ node: Node, _ field: String) -> [ScaleLevel] {
        guard let items = reader.sequence(node, field) else { return [] }
        if items.count == 1 {
            reader.report(node, field, .emptyList, fr: "une échelle a au moins deux niveaux", en: "a scale has at least two levels")
        }
        var levels: [ScaleLevel] = []
        for (index, item) in items.enumerated() {
            let levelField = "\(field)[\(index)]"
            guard let fields = reader.mapping(item, levelField, allowed: ["value", "label"], required: ["value", "label"]),
                  let valueNode = fields["value"], let value = reader.int(valueNode, "\(levelField).value"),
                  let label = fields["label"].flatMap({ reader.localizedText($0, "\(levelField).label") }) else { continue }
            if value < 0 {
                reader.report(valueNode, "\(levelField).value", .levelsNotIncreasing,
                              fr: "la valeur d'un niveau est un entier positif ou nul", en: "a level value is a non-negative integer")
            } else if value > ReferentielLimits.maximumLevelValue {
                reader.report(valueNode, "\(levelField).value", .numberOutOfRange,
                              fr: "valeur de niveau \(value) trop grande (au plus \(ReferentielLimits.maximumLevelValue))",
                              en: "level value \(value) too large (at most \(ReferentielLimits.maximumLevelValue))")
                continue
            }
            if let last = levels.last, value <= last.value {
                reader.report(valueNode, "\(levelField).value", .levelsNotIncreasing,
                              fr: "les valeurs des niveaux doivent croître strictement (\(value) après \(last.value))",
                              en: "level values must strictly increase (\(value) after \(last.value))")
            }
            levels.append(ScaleLevel(value: value, label: label, location: reader.location(of: item)))
        }
        return levels
    }

    // MARK: Dimensions

    private mutating func parseDimensions(_ node: Node) -> [Dimension] {
        guard let items = reader.sequence(node, "dimensions") else { return [] }
        var result: [Dimension] = []
        for (index, item) in items.enumerated() {
            let field = "dimensions[\(index)]"
            guard let fields = reader.mapping(item, field, allowed: ["id", "title", "description", "weight", "applies_to", "reconstructed", "criteria"],
                                              required: ["id", "title", "criteria"]) else { continue }
            let id = fields["id"].flatMap { claimID($0, "\(field).id") }
            let title = fields["title"].flatMap { reader.localizedText($0, "\(field).title") }
            let description = fields["description"].flatMap { reader.localizedText($0, "\(field).description") }
            let weight = reader.weight(fields["weight"], "\(field).weight")
            let appliesTo = fields["applies_to"].flatMap { parseAppliesTo($0, "\(field).applies_to") }
            let reconstructed = fields["reconstructed"].flatMap { reader.bool($0, "\(field).reconstructed") } ?? false
            let criteria = fields["criteria"].map { parseCriteria($0, "\(field).criteria", inherited: appliesTo) } ?? []
            guard let id, let title else { continue }
            result.append(Dimension(id: id, title: title, description: description, weight: weight, criteria: criteria,
                                    appliesTo: appliesTo, isReconstructed: reconstructed, location: reader.location(of: item)))
        }
        return result
    }

    /// Reads an id and claims it in the file's shared namespace of dimensions and criteria.
    mutating func claimID(_ node: Node, _ field: String) -> String? {
        guard let id = reader.slug(node, field) else { return nil }
        if let previous = seenIDs[id] {
            reader.report(node, field, .duplicateID,
                          fr: "identifiant « \(id) » déjà utilisé en \(previous)",
                          en: "id '\(id)' already used at \(previous)")
            return nil
        }
        seenIDs[id] = reader.location(of: node)
        return id
    }

    func knownScale(_ id: String) -> Scale? { scales[id] }
}
