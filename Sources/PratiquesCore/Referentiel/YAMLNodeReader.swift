import Foundation
import Yams

/// Reads a composed YAML tree field by field, recording a located ``ValidationIssue`` for every
/// wrong type, unknown or missing key instead of stopping at the first one.
final class YAMLNodeReader {
    let file: String
    private(set) var issues: [ValidationIssue] = []
    private var nodeBudget: Int

    init(file: String, nodeBudget: Int = 500_000) {
        self.file = file
        self.nodeBudget = nodeBudget
    }

    func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    func report(_ node: Node?, _ field: String, _ rule: ValidationRule, fr: String, en: String) {
        issues.append(ValidationIssue(location: location(of: node), field: field, rule: rule,
                                      detail: Bilingual(fr: fr, en: en)))
    }

    func report(at location: SourceLocation?, _ field: String, _ rule: ValidationRule, fr: String, en: String) {
        issues.append(ValidationIssue(location: location ?? SourceLocation(file: file, line: 1, column: 1),
                                      field: field, rule: rule, detail: Bilingual(fr: fr, en: en)))
    }

    /// Counts one visited node; false once the document is too large to walk safely
    /// (alias bombs and the like).
    func spend(_ node: Node) -> Bool {
        nodeBudget -= 1
        if nodeBudget == 0 {
            report(node, "", .documentTooComplex,
                   fr: "document trop complexe (trop de nœuds, alias démultipliés ?)",
                   en: "document too complex (too many nodes, expanding aliases?)")
        }
        return nodeBudget > 0
    }

    private func typeName(_ node: Node, _ language: Language) -> String {
        switch node {
        case .scalar: return language == .fr ? "une valeur simple" : "a scalar"
        case .mapping: return language == .fr ? "un objet (clé: valeur)" : "a mapping (key: value)"
        case .sequence: return language == .fr ? "une liste" : "a list"
        case .alias: return "alias"
        }
    }

    private func wrongType(_ node: Node, _ field: String, expectedFR: String, expectedEN: String) {
        report(node, field, .wrongType,
               fr: "\(expectedFR) attendu, trouvé \(typeName(node, .fr))",
               en: "expected \(expectedEN), found \(typeName(node, .en))")
    }

    // MARK: Containers

    /// The node as a mapping whose keys are all in `allowed` and hold every key of `required`.
    func mapping(_ node: Node, _ field: String, allowed: [String], required: [String]) -> [String: Node]? {
        guard spend(node) else { return nil }
        guard let mapping = node.mapping else {
            wrongType(node, field, expectedFR: "un objet (clé: valeur)", expectedEN: "a mapping (key: value)")
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                wrongType(keyNode, field, expectedFR: "une clé texte", expectedEN: "a text key")
                continue
            }
            if allowed.contains(key) {
                result[key] = value
            } else {
                let path = field.isEmpty ? key : "\(field).\(key)"
                let hint = Self.closest(to: key, in: allowed)
                let hintFR = hint.map { " ; vouliez-vous dire « \($0) » ?" } ?? ""
                let hintEN = hint.map { "; did you mean '\($0)'?" } ?? ""
                report(keyNode, path, .unknownKey,
                       fr: "clé inconnue « \(key) » (clés permises : \(allowed.joined(separator: ", ")))\(hintFR)",
                       en: "unknown key '\(key)' (allowed keys: \(allowed.joined(separator: ", ")))\(hintEN)")
            }
        }
        for key in required where result[key] == nil {
            let path = field.isEmpty ? key : "\(field).\(key)"
            report(node, path, .missingKey, fr: "clé obligatoire « \(key) » absente", en: "required key '\(key)' is missing")
        }
        return result
    }

    /// The node as a list; `nonEmpty` reports an empty list.
    func sequence(_ node: Node, _ field: String, nonEmpty: Bool = true) -> [Node]? {
        guard spend(node) else { return nil }
        guard let sequence = node.sequence else {
            wrongType(node, field, expectedFR: "une liste", expectedEN: "a list")
            return nil
        }
        let items = Array(sequence)
        if nonEmpty && items.isEmpty {
            report(node, field, .emptyList, fr: "la liste ne peut pas être vide", en: "the list cannot be empty")
        }
        return items
    }

    // MARK: Scalars

    func string(_ node: Node, _ field: String) -> String? {
        guard spend(node) else { return nil }
        guard let scalar = node.scalar, node.resolvedTag != .null else {
            wrongType(node, field, expectedFR: "un texte", expectedEN: "a text")
            return nil
        }
        return scalar.string
    }

    func nonEmptyString(_ node: Node, _ field: String) -> String? {
        guard let value = string(node, field) else { return nil }
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report(node, field, .wrongType, fr: "le texte ne peut pas être vide", en: "the text cannot be empty")
            return nil
        }
        return value
    }

    /// A text of a grid shown to people (titles, questions, descriptors, units…): not empty,
    /// without control characters (they corrupt the workbooks' titles and footers).
    func gridText(_ node: Node, _ field: String) -> String? {
        guard let value = nonEmptyString(node, field) else { return nil }
        if let (offset, scalar) = Self.firstControlCharacter(in: value) {
            let code = "U+" + String(format: "%04X", scalar.value)
            report(node, field, .controlCharacter,
                   fr: "caractère de contrôle \(code) interdit dans un texte (caractère n° \(offset + 1)) : retirez-le ou remplacez-le par une espace",
                   en: "control character \(code) not allowed in a text (character \(offset + 1)): remove it or use a space")
            return nil
        }
        return value
    }

    /// The first character U+0000–U+001F of `text` (a Word line break is U+000B, a line feed
    /// U+000A) with its position, or `nil`.
    static func firstControlCharacter(in text: String) -> (Int, Unicode.Scalar)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() where scalar.value < 0x20 { return (offset, scalar) }
        return nil
    }

    func slug(_ node: Node, _ field: String) -> String? {
        guard let value = string(node, field) else { return nil }
        guard Self.isSlug(value) else {
            report(node, field, .invalidID,
                   fr: "identifiant « \(value) » invalide : mots en minuscules ascii et chiffres, joints par « - » ou « . »",
                   en: "invalid id '\(value)': lowercase ascii words and digits joined by '-' or '.'")
            return nil
        }
        return value
    }

    func localizedText(_ node: Node, _ field: String) -> LocalizedText? {
        if node.scalar != nil {
            return gridText(node, field).map { LocalizedText(fr: $0) }
        }
        guard let fields = mapping(node, field, allowed: ["fr", "en"], required: ["fr"]) else { return nil }
        guard let frNode = fields["fr"], let fr = gridText(frNode, "\(field).fr") else { return nil }
        let en = fields["en"].flatMap { gridText($0, "\(field).en") }
        return LocalizedText(fr: fr, en: en)
    }

    func double(_ node: Node, _ field: String) -> Double? {
        guard spend(node) else { return nil }
        guard node.scalar != nil, node.resolvedTag == .int || node.resolvedTag == .float else {
            wrongType(node, field, expectedFR: "un nombre", expectedEN: "a number")
            return nil
        }
        // Never Yams' own conversion: it reads `0x10` as 16 and traps on long sexagesimals. Any
        // finite number passes here; the validator judges its range where the field is known.
        guard let text = node.scalar?.string,
              case .success(let value) = CheckedNumber.decimal(text, largest: .greatestFiniteMagnitude) else {
            wrongType(node, field, expectedFR: "un nombre", expectedEN: "a number")
            return nil
        }
        return value
    }

    func int(_ node: Node, _ field: String) -> Int? {
        guard spend(node) else { return nil }
        guard node.scalar != nil, node.resolvedTag == .int else {
            wrongType(node, field, expectedFR: "un nombre entier", expectedEN: "an integer")
            return nil
        }
        return checkedInt(node, field)
    }

    func bool(_ node: Node, _ field: String) -> Bool? {
        guard spend(node) else { return nil }
        guard node.scalar != nil, node.resolvedTag == .bool, let value = node.bool else {
            wrongType(node, field, expectedFR: "true ou false", expectedEN: "true or false")
            return nil
        }
        return value
    }

    func weight(_ node: Node?, _ field: String) -> Double {
        guard let node else { return 1 }
        guard let value = double(node, field) else { return 1 }
        if value <= 0 {
            report(node, field, .weightNotPositive,
                   fr: "le poids doit être strictement positif (trouvé \(NumberFormatting.plain(value)))",
                   en: "the weight must be strictly positive (found \(NumberFormatting.plain(value)))")
            return 1
        }
        let maximum = ReferentielLimits.maximumWeight
        if value > maximum {
            report(node, field, .numberOutOfRange,
                   fr: "poids \(NumberFormatting.plain(value)) trop grand (au plus \(NumberFormatting.plain(maximum)))",
                   en: "weight \(NumberFormatting.plain(value)) too large (at most \(NumberFormatting.plain(maximum)))")
            return 1
        }
        return value
    }

    /// A number of the answers' scale (a bound, a band limit): finite and within
    /// ±``ReferentielLimits/maximumMagnitude``.
    func limit(_ node: Node, _ field: String) -> Double? {
        guard let value = double(node, field) else { return nil }
        let maximum = ReferentielLimits.maximumMagnitude
        guard abs(value) <= maximum else {
            report(node, field, .numberOutOfRange,
                   fr: "nombre \(NumberFormatting.plain(value)) hors de l'intervalle permis (±\(NumberFormatting.plain(maximum)))",
                   en: "number \(NumberFormatting.plain(value)) outside the allowed range (±\(NumberFormatting.plain(maximum)))")
            return nil
        }
        return value
    }

    // MARK: Helpers

    static func isSlug(_ value: String) -> Bool { Slug.isValid(value) }

    /// The allowed key nearest to a mistyped one, when it is close enough to be a typo.
    static func closest(to key: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(key, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(2, key.count / 3) else { return nil }
        return best
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension Node {
    /// The resolved tag (`tag:yaml.org,2002:int`…) of the node.
    var resolvedTag: Tag.Name { Tag.Name(rawValue: tag.description) }
}
