import Yams

/// Values of an exchange document (JSON or YAML) read under the input rules: numbers through
/// ``CheckedNumber`` (never Yams' own conversion, which reads `0x10` as 16, `010` as 8, and traps
/// on `1:00:00:00:00:00:00:00:00:00:00:00`), texts through ``TextRules``.
extension YAMLNodeReader {
    /// The plain number written in `node`, as text, or a located refusal when it is not one.
    private func numberText(_ node: Node, _ field: String, expected: Bilingual) -> String? {
        guard spend(node) else { return nil }
        guard let scalar = node.scalar, node.resolvedTag == .int || node.resolvedTag == .float else {
            let found = node.scalar.map { MessageQuote.both($0.string) }
                ?? Bilingual(fr: node.sequence != nil ? "une liste" : "un objet", en: node.sequence != nil ? "a list" : "a mapping")
            report(node, field, .wrongType, fr: "\(expected.fr) attendu, trouvé \(found.fr)", en: "expected \(expected.en), found \(found.en)")
            return nil
        }
        return scalar.string
    }

    /// An integer written in decimal (`3`, `-1`, or `3.0`), within `range`.
    func checkedInt(_ node: Node, _ field: String, in range: ClosedRange<Int> = Int.min...Int.max) -> Int? {
        let expected = Bilingual(fr: "un nombre entier", en: "an integer")
        guard let text = numberText(node, field, expected: expected) else { return nil }
        var result = CheckedNumber.integer(text, in: range)
        if result == .failure(.notANumber) {
            // `3.0` or `3e0` is the integer 3; `1e19` is out of range rather than no number.
            result = CheckedNumber.decimal(text).flatMap(CheckedNumber.integer(exactly:)).flatMap {
                range.contains($0) ? .success($0) : .failure(.outOfRange)
            }
        }
        switch result {
        case .success(let value): return value
        case .failure(let failure):
            let detail = failure.explanation(MessageQuote.both(text), expected: expected)
            report(node, field, .invalidValue, fr: detail.fr, en: detail.en)
            return nil
        }
    }

    /// A finite decimal number (`12.5`, `-3`, `1e3`) within ``CheckedNumber/largestMagnitude``.
    func checkedDouble(_ node: Node, _ field: String) -> Double? {
        let expected = Bilingual(fr: "un nombre", en: "a number")
        guard let text = numberText(node, field, expected: expected) else { return nil }
        switch CheckedNumber.decimal(text) {
        case .success(let value): return value
        case .failure(let failure):
            let detail = failure.explanation(MessageQuote.both(text), expected: expected)
            report(node, field, .invalidValue, fr: detail.fr, en: detail.en)
            return nil
        }
    }

    /// A text under ``TextRules`` for `kind` (its stored form), refused when empty if `nonEmpty`.
    func text(_ node: Node, _ field: String, as kind: TextField, nonEmpty: Bool = false) -> String? {
        guard let value = nonEmpty ? nonEmptyString(node, field) : string(node, field) else { return nil }
        switch TextRules.check(value, as: kind) {
        case .success(let stored): return stored
        case .failure(let problem):
            report(node, field, problem.rule, fr: problem.detail.fr, en: problem.detail.en)
            return nil
        }
    }

    /// An organisation id: the id rule, and at most ``TextField/organisationID`` characters.
    func organisationID(_ node: Node, _ field: String) -> String? {
        identifier(node, field, maximumLength: TextField.organisationID.maximumLength)
    }

    /// An id (the ``Slug`` rule) of at most `maximumLength` characters, quoted safely when refused.
    func identifier(_ node: Node, _ field: String, maximumLength: Int = Int.max) -> String? {
        guard let value = string(node, field) else { return nil }
        guard value.utf16.count <= maximumLength, Slug.isValid(value) else {
            let length = maximumLength == Int.max ? Bilingual(fr: "", en: "") : Bilingual(fr: "au plus \(maximumLength) caractères, ", en: "at most \(maximumLength) characters, ")
            report(node, field, .invalidID,
                   fr: "identifiant \(MessageQuote.fr(value)) invalide : \(length.fr)mots en minuscules ascii et chiffres joints par « - » ou « . »",
                   en: "invalid id \(MessageQuote.en(value)): \(length.en)lowercase ascii words and digits joined by '-' or '.'")
            return nil
        }
        return value
    }
}
