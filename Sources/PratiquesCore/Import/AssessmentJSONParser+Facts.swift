import Yams

/// Reading the `facts` of an assessment in the JSON exchange format:
/// `[{criterion, level | yes | number | text | not_applicable, comment, entered_by {role, name},
/// origin, proposals [{role, name, value…, comment}]}]`. Facts are only accepted on fact
/// criteria (`fact: true`), once per criterion, their values checked like answers.
extension AssessmentJSONParser {
    static let valueKeys = ["level", "yes", "number", "text", "not_applicable"]

    func readFacts(_ node: Node, _ field: String, _ referentiel: Referentiel, _ checker: AnswerChecker, _ reader: YAMLNodeReader) -> [AssessmentFact] {
        guard let items = reader.sequence(node, field, nonEmpty: false) else { return [] }
        var facts: [AssessmentFact] = []
        var seen: Set<String> = []
        for (index, item) in items.enumerated() {
            let factField = "\(field)[\(index)]"
            guard let fields = reader.mapping(item, factField, allowed: ["criterion", "comment", "entered_by", "origin", "proposals"] + Self.valueKeys,
                                              required: ["criterion"]),
                  let criterionNode = fields["criterion"], let criterionID = reader.string(criterionNode, "\(factField).criterion") else { continue }
            guard let criterion = referentiel.criterion(id: criterionID) else {
                reader.report(criterionNode, "\(factField).criterion", .unknownCriterion,
                              fr: "critère \(MessageQuote.fr(criterionID)) inconnu dans \(referentiel.reference)",
                              en: "unknown criterion \(MessageQuote.en(criterionID)) in \(referentiel.reference)")
                continue
            }
            guard criterion.isFact else {
                reader.report(criterionNode, "\(factField).criterion", .invalidValue,
                              fr: "le critère \(criterionID) n'est pas un fait (fact: true) dans \(referentiel.reference) : ses valeurs vont dans les réponses",
                              en: "criterion \(criterionID) is not a fact (fact: true) in \(referentiel.reference): its values go in the answers")
                continue
            }
            guard seen.insert(criterionID).inserted else {
                reader.report(criterionNode, "\(factField).criterion", .duplicateAnswer,
                              fr: "deuxième fait pour le critère \(criterionID)", en: "second fact for criterion \(criterionID)")
                continue
            }
            guard let (value, _) = readValue(fields, item, factField, criterion, checker, reader) else { continue }
            let comment = fields["comment"].flatMap { reader.text($0, "\(factField).comment", as: .comment) }
            let origin = fields["origin"].flatMap { reader.text($0, "\(factField).origin", as: .origin) }
            let author = fields["entered_by"].flatMap { readPerson($0, "\(factField).entered_by", allowed: ["role", "name"], reader) }
            var proposals: [FactProposal] = []
            for (number, proposalNode) in (fields["proposals"].flatMap { reader.sequence($0, "\(factField).proposals", nonEmpty: false) } ?? []).enumerated() {
                let proposalField = "\(factField).proposals[\(number)]"
                guard let proposalFields = reader.mapping(proposalNode, proposalField, allowed: ["role", "name", "comment"] + Self.valueKeys,
                                                          required: ["role"]),
                      let person = readPerson(proposalNode, proposalField, allowed: ["role", "name", "comment"] + Self.valueKeys, reader),
                      let (proposed, _) = readValue(proposalFields, proposalNode, proposalField, criterion, checker, reader) else { continue }
                guard let proposed else {
                    reader.report(proposalNode, proposalField, .invalidValue, fr: "une proposition sans valeur", en: "a proposal without a value")
                    continue
                }
                proposals.append(FactProposal(respondent: person, value: proposed,
                                              comment: proposalFields["comment"].flatMap { reader.text($0, "\(proposalField).comment", as: .comment) }))
            }
            facts.append(AssessmentFact(criterionID: criterionID, value: value, comment: comment, enteredBy: author, origin: origin, proposals: proposals))
        }
        return facts
    }

    /// `{role, name}`: who entered a fact or proposed a value.
    private func readPerson(_ node: Node, _ field: String, allowed: [String], _ reader: YAMLNodeReader) -> RespondentKey? {
        guard let fields = reader.mapping(node, field, allowed: allowed, required: ["role"]),
              let role = fields["role"].flatMap({ RoleText.read($0, "\(field).role", reader) }) else { return nil }
        return RespondentKey(role: role, name: fields["name"].flatMap { reader.text($0, "\(field).name", as: .respondentName) })
    }
}
