import Foundation
import Yams

/// Reads the JSON exchange format (YAML is accepted too) into an ``ImportBatch``, checking every
/// answer against its référentiel version. All errors are collected, each with file, line,
/// column and field.
public struct AssessmentJSONParser: Sendable {
    public let catalog: ReferentielCatalog

    public init(catalog: ReferentielCatalog) {
        self.catalog = catalog
    }

    /// Parses `text` read from `path`.
    ///
    /// Numbers follow ``CheckedNumber``, texts ``TextRules``; a file that looks double-encoded
    /// is refused (``EncodingPlausibility``); JSON surrogate-pair escapes are read
    /// (``JSONSurrogateEscapes``).
    public func parse(text: String, path: String) throws(InputError) -> ImportBatch {
        if let finding = EncodingPlausibility.firstDoubleEncoding(in: text) {
            throw InputError(issues: [EncodingPlausibility.issue(finding, path: path)])
        }
        let escapes = try JSONSurrogateEscapes(text, path: path)
        do {
            return escapes.original(try parseDocument(text: escapes.text, path: path))
        } catch {
            throw escapes.original(error)
        }
    }

    private func parseDocument(text: String, path: String) throws(InputError) -> ImportBatch {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw InputError(issues: [ReferentielLoader.issue(for: error, path: path)])
        } catch {
            throw InputError(SourceLocation(file: path, line: 1, column: 1), .yamlSyntax, fr: "JSON illisible : \(error)", en: "unreadable JSON: \(error)")
        }
        guard let root else {
            throw InputError(SourceLocation(file: path, line: 1, column: 1), .emptyFile, fr: "fichier vide", en: "empty file")
        }
        // Every node takes at least one character of the text: more nodes than characters means
        // aliases multiplying them (a YAML bomb), stopped before it walks millions of nodes.
        let reader = YAMLNodeReader(file: path, nodeBudget: max(10_000, text.utf8.count))
        var batch = ImportBatch(path: path)
        guard let fields = reader.mapping(root, "", allowed: ["pratiques", "organisations", "assessments", "targets", "actions"], required: [])
        else { throw InputError(issues: reader.issues) }
        if let version = fields["pratiques"], let number = reader.checkedInt(version, "pratiques"), number != 1 {
            reader.report(version, "pratiques", .invalidValue, fr: "version de format \(number) inconnue (1 attendu)",
                          en: "unknown format version \(number) (expected 1)")
        }
        for (index, node) in (fields["organisations"].flatMap { reader.sequence($0, "organisations", nonEmpty: false) } ?? []).enumerated() {
            if let organisation = OrganisationFields.read(node, "organisations[\(index)]", reader) {
                batch.organisations.append(.init(item: organisation, location: reader.location(of: node), organisationField: "organisations[\(index)].id"))
            }
        }
        for (index, node) in (fields["assessments"].flatMap { reader.sequence($0, "assessments", nonEmpty: false) } ?? []).enumerated() {
            if let assessment = readAssessment(node, "assessments[\(index)]", reader) {
                batch.assessments.append(.init(item: assessment, location: reader.location(of: node), organisationField: "assessments[\(index)].organisation"))
            }
        }
        for (index, node) in (fields["targets"].flatMap { reader.sequence($0, "targets", nonEmpty: false) } ?? []).enumerated() {
            if let target = readTarget(node, "targets[\(index)]", reader) {
                batch.targets.append(.init(item: target, location: reader.location(of: node), organisationField: "targets[\(index)].organisation"))
            }
        }
        for (index, node) in (fields["actions"].flatMap { reader.sequence($0, "actions", nonEmpty: false) } ?? []).enumerated() {
            if let action = readAction(node, "actions[\(index)]", reader) {
                batch.actions.append(.init(item: action, location: reader.location(of: node), organisationField: "actions[\(index)].organisation"))
            }
        }
        if !reader.issues.isEmpty { throw InputError(collected: reader.issues) }
        return batch
    }

    // MARK: Assessments

    private func readAssessment(_ node: Node, _ field: String, _ reader: YAMLNodeReader) -> Assessment? {
        guard let fields = reader.mapping(node, field, allowed: ["organisation", "referentiel", "version", "date", "label", "status", "respondents", "consensus"],
                                          required: ["organisation", "referentiel", "version", "date", "label", "respondents"]) else { return nil }
        let organisation = fields["organisation"].flatMap { reader.organisationID($0, "\(field).organisation") }
        let date = fields["date"].flatMap { DateText.read($0, "\(field).date", reader) }
        let label = fields["label"].flatMap { reader.text($0, "\(field).label", as: .assessmentLabel, nonEmpty: true) }
        var status = AssessmentStatus.complete
        if let statusNode = fields["status"], let text = reader.string(statusNode, "\(field).status") {
            if let parsed = AssessmentStatus(rawValue: text) { status = parsed } else {
                reader.report(statusNode, "\(field).status", .invalidValue, fr: "statut \(MessageQuote.fr(text)) inconnu (draft, complete)",
                              en: "unknown status \(MessageQuote.en(text)) (draft, complete)")
            }
        }
        guard let loaded = resolveReferentiel(fields, node, field, reader) else { return nil }
        let referentiel = loaded.referentiel
        let checker = AnswerChecker(referentiel: referentiel)
        var respondents: [Respondent] = []
        for (index, respondentNode) in (fields["respondents"].flatMap { reader.sequence($0, "\(field).respondents") } ?? []).enumerated() {
            let respondentField = "\(field).respondents[\(index)]"
            guard let respondentFields = reader.mapping(respondentNode, respondentField, allowed: ["role", "name", "answers"], required: ["role", "answers"]) else { continue }
            let role = respondentFields["role"].flatMap { RoleText.read($0, "\(respondentField).role", reader) }
            let name = respondentFields["name"].flatMap { reader.text($0, "\(respondentField).name", as: .respondentName) }
            let answers = respondentFields["answers"].map { readAnswers($0, "\(respondentField).answers", referentiel, checker, reader) } ?? []
            if let role { respondents.append(Respondent(role: role, name: name, answers: answers)) }
        }
        let consensus = fields["consensus"].map { readAnswers($0, "\(field).consensus", referentiel, checker, reader) } ?? []
        guard let organisation, let date, let label else { return nil }
        return Assessment(organisationSlug: organisation,
                          referentiel: ReferentielReference(id: referentiel.id, version: referentiel.version, sha256: loaded.sha256),
                          date: date, label: label, status: status, respondents: respondents, consensus: consensus)
    }

    private func resolveReferentiel(_ fields: [String: Node], _ node: Node, _ field: String, _ reader: YAMLNodeReader) -> LoadedReferentiel? {
        guard let idNode = fields["referentiel"], let id = reader.identifier(idNode, "\(field).referentiel"),
              let versionNode = fields["version"], let versionText = reader.string(versionNode, "\(field).version") else { return nil }
        guard let version = SemanticVersion(versionText) else {
            reader.report(versionNode, "\(field).version", .versionNotSemantic, fr: "\(MessageQuote.fr(versionText)) n'est pas une version (ex. 1.0.0)",
                          en: "\(MessageQuote.en(versionText)) is not a version (e.g. 1.0.0)")
            return nil
        }
        guard let loaded = catalog.find(id, version: version) else {
            let known = catalog.versions(of: id).map(\.referentiel.version.description).joined(separator: ", ")
            reader.report(versionNode, "\(field).version", .unknownReferentielVersion,
                          fr: "référentiel \(MessageQuote.excerpt(id)) version \(version) inconnu\(known.isEmpty ? "" : " (versions connues : \(known))")",
                          en: "unknown référentiel \(MessageQuote.excerpt(id)) version \(version)\(known.isEmpty ? "" : " (known versions: \(known))")")
            return nil
        }
        return loaded
    }

    private func readAnswers(_ node: Node, _ field: String, _ referentiel: Referentiel, _ checker: AnswerChecker, _ reader: YAMLNodeReader) -> [Answer] {
        guard let items = reader.sequence(node, field, nonEmpty: false) else { return [] }
        var answers: [Answer] = []
        var seen: [String: SourceLocation] = [:]
        for (index, item) in items.enumerated() {
            let answerField = "\(field)[\(index)]"
            guard let fields = reader.mapping(item, answerField, allowed: ["criterion", "level", "yes", "number", "text", "not_applicable", "comment", "origin"],
                                              required: ["criterion"]),
                  let criterionNode = fields["criterion"], let criterionID = reader.string(criterionNode, "\(answerField).criterion") else { continue }
            guard let criterion = referentiel.criterion(id: criterionID) else {
                reader.report(criterionNode, "\(answerField).criterion", .unknownCriterion,
                              fr: "critère \(MessageQuote.fr(criterionID)) inconnu dans \(referentiel.reference)",
                              en: "unknown criterion \(MessageQuote.en(criterionID)) in \(referentiel.reference)")
                continue
            }
            if let previous = seen[criterionID] {
                reader.report(criterionNode, "\(answerField).criterion", .duplicateAnswer,
                              fr: "deuxième réponse au critère \(criterionID) pour le même répondant (première en \(previous))",
                              en: "second answer to criterion \(criterionID) by the same respondent (first at \(previous))")
                continue
            }
            seen[criterionID] = reader.location(of: item)
            var values: [(String, AnswerValue)] = []
            if let n = fields["level"], let level = reader.checkedInt(n, "\(answerField).level") { values.append(("level", .level(level))) }
            if let n = fields["yes"], let yes = reader.bool(n, "\(answerField).yes") { values.append(("yes", .yesNo(yes))) }
            if let n = fields["number"], let number = reader.checkedDouble(n, "\(answerField).number") { values.append(("number", .number(number))) }
            if let n = fields["text"], let text = reader.text(n, "\(answerField).text", as: .textAnswer) { values.append(("text", .text(text))) }
            if let n = fields["not_applicable"], let na = reader.bool(n, "\(answerField).not_applicable"), na { values.append(("not_applicable", .notApplicable)) }
            if values.count > 1 {
                reader.report(item, answerField, .invalidValue,
                              fr: "une seule valeur par réponse (trouvé : \(values.map(\.0).joined(separator: ", ")))",
                              en: "one value per answer (found: \(values.map(\.0).joined(separator: ", ")))")
                continue
            }
            let value = values.first?.1
            if let value, let (rule, detail) = checker.problem(with: value, for: criterion) {
                reader.report(fields[values[0].0] ?? item, "\(answerField).\(values[0].0)", rule, fr: detail.fr, en: detail.en)
                continue
            }
            let comment = fields["comment"].flatMap { reader.text($0, "\(answerField).comment", as: .comment) }
            let origin = fields["origin"].flatMap { reader.text($0, "\(answerField).origin", as: .origin) }
            answers.append(Answer(criterionID: criterionID, value: value, comment: comment, origin: origin))
        }
        return answers
    }

    // MARK: Targets and actions

    private func readTarget(_ node: Node, _ field: String, _ reader: YAMLNodeReader) -> Target? {
        guard let fields = reader.mapping(node, field, allowed: ["organisation", "referentiel", "criterion", "level", "horizon"],
                                          required: ["organisation", "referentiel", "criterion", "level"]),
              let organisation = fields["organisation"].flatMap({ reader.organisationID($0, "\(field).organisation") }),
              let referentielID = fields["referentiel"].flatMap({ reader.identifier($0, "\(field).referentiel") }),
              let criterionNode = fields["criterion"], let criterionID = reader.string(criterionNode, "\(field).criterion"),
              let levelNode = fields["level"], let level = reader.checkedInt(levelNode, "\(field).level") else { return nil }
        let horizon = fields["horizon"].flatMap { DateText.read($0, "\(field).horizon", reader) }
        guard catalog.latest(referentielID) != nil else {
            reader.report(fields["referentiel"], "\(field).referentiel", .unknownReferentielVersion,
                          fr: "référentiel \(MessageQuote.fr(referentielID)) inconnu", en: "unknown référentiel \(MessageQuote.en(referentielID))")
            return nil
        }
        // The newest version that has the criterion says what its levels are.
        guard let holder = catalog.versions(of: referentielID).map(\.referentiel).filter({ $0.criterion(id: criterionID) != nil })
                .max(by: { $0.version < $1.version }),
              let criterion = holder.criterion(id: criterionID) else {
            reader.report(criterionNode, "\(field).criterion", .unknownCriterion, fr: "critère \(MessageQuote.fr(criterionID)) inconnu dans \(referentielID)",
                          en: "unknown criterion \(MessageQuote.en(criterionID)) in \(referentielID)")
            return nil
        }
        if let (rule, detail) = AnswerChecker(referentiel: holder).problem(withTarget: level, for: criterion) {
            reader.report(levelNode, "\(field).level", rule, fr: detail.fr, en: detail.en)
            return nil
        }
        return Target(organisationSlug: organisation, referentielID: referentielID, criterionID: criterionID, level: level, horizon: horizon)
    }

    private func readAction(_ node: Node, _ field: String, _ reader: YAMLNodeReader) -> PlannedAction? {
        guard let fields = reader.mapping(node, field, allowed: ["organisation", "referentiel", "criterion", "title", "owner", "due", "status", "notes"],
                                          required: ["organisation", "title"]),
              let organisation = fields["organisation"].flatMap({ reader.organisationID($0, "\(field).organisation") }),
              let title = fields["title"].flatMap({ reader.text($0, "\(field).title", as: .actionTitle, nonEmpty: true) }) else { return nil }
        let referentielID = fields["referentiel"].flatMap { reader.identifier($0, "\(field).referentiel") }
        let criterionID = fields["criterion"].flatMap { reader.string($0, "\(field).criterion") }
        if let criterionID, let referentielID,
           !catalog.versions(of: referentielID).contains(where: { $0.referentiel.criterion(id: criterionID) != nil }) {
            reader.report(fields["criterion"], "\(field).criterion", .unknownCriterion,
                          fr: "critère \(MessageQuote.fr(criterionID)) inconnu dans \(referentielID)",
                          en: "unknown criterion \(MessageQuote.en(criterionID)) in \(referentielID)")
        }
        var status = ActionStatus.todo
        if let statusNode = fields["status"], let text = reader.string(statusNode, "\(field).status") {
            if let parsed = ActionStatus(rawValue: text) { status = parsed } else {
                reader.report(statusNode, "\(field).status", .invalidValue, fr: "statut \(MessageQuote.fr(text)) inconnu (todo, in_progress, done, dropped)",
                              en: "unknown status \(MessageQuote.en(text)) (todo, in_progress, done, dropped)")
            }
        }
        return PlannedAction(organisationSlug: organisation, referentielID: referentielID, criterionID: criterionID, title: title,
                             owner: fields["owner"].flatMap { reader.text($0, "\(field).owner", as: .actionOwner) },
                             dueDate: fields["due"].flatMap { DateText.read($0, "\(field).due", reader) },
                             status: status, notes: fields["notes"].flatMap { reader.text($0, "\(field).notes", as: .actionNotes) })
    }
}
