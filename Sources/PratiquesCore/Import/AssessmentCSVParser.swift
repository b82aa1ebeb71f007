/// Reads assessments from CSV, one row per respondent and criterion:
///
/// `organisation;referentiel;version;date;libelle;repondant;role;nom;critere;reponse;commentaire`
///
/// Column names may be French or English, in any order, with or without accents. Rows with the
/// same organisation, référentiel, version and label (or date) form one assessment; rows with the
/// same `repondant` key form one respondent. The answer cell holds a level value or label,
/// `NA`, oui/non, a number with a decimal comma, or text. Dates are `AAAA-MM-JJ` or `JJ/MM/AAAA`;
/// texts follow ``TextRules``, numbers ``CheckedNumber``.
public struct AssessmentCSVParser: Sendable {
    public let catalog: ReferentielCatalog

    public init(catalog: ReferentielCatalog) {
        self.catalog = catalog
    }

    enum Column: String, CaseIterable {
        case organisation, referentiel, version, date, label, respondent, role, name, criterion, answer, comment, status

        var aliases: [String] {
            switch self {
            case .organisation: return ["organisation", "organization", "org"]
            case .referentiel: return ["referentiel", "grille", "grid"]
            case .version: return ["version"]
            case .date: return ["date"]
            case .label: return ["libelle", "label", "campagne"]
            case .respondent: return ["repondant", "respondent", "personne"]
            case .role: return ["role"]
            case .name: return ["nom", "name"]
            case .criterion: return ["critere", "criterion", "criteria"]
            case .answer: return ["reponse", "answer", "valeur", "value", "niveau", "level"]
            case .comment: return ["commentaire", "comment", "remarque"]
            case .status: return ["statut", "status"]
            }
        }

        static let required: [Column] = [.organisation, .referentiel, .version, .date, .role, .criterion, .answer]
    }

    public func parse(text: String, path: String) throws(InputError) -> ImportBatch {
        let table = try CSVTable(text: text, path: path)
        var issues: [ValidationIssue] = []
        func report(_ line: Int, _ column: Int, _ field: String, _ rule: ValidationRule, _ fr: String, _ en: String) {
            issues.append(ValidationIssue(location: SourceLocation(file: path, line: line, column: column), field: field, rule: rule,
                                          detail: Bilingual(fr: fr, en: en)))
        }
        var index: [Column: Int] = [:]
        for (position, name) in table.header.enumerated() {
            let folded = CSVTable.fold(name)
            if let column = Column.allCases.first(where: { $0.aliases.contains(folded) }) {
                index[column] = position
            } else if !folded.isEmpty {
                report(1, position + 1, MessageQuote.excerpt(name), .unknownKey, "colonne \(MessageQuote.fr(name)) inconnue",
                       "unknown column \(MessageQuote.en(name))")
            }
        }
        for column in Column.required where index[column] == nil {
            report(1, 1, column.rawValue, .missingKey, "colonne obligatoire « \(column.aliases[0]) » absente",
                   "required column '\(column.aliases[1 < column.aliases.count ? 1 : 0])' is missing")
        }
        if !issues.isEmpty { throw InputError(issues: issues) }

        struct AssessmentKey: Hashable { var organisation, referentiel, version, label: String }
        struct Building {
            var assessment: Assessment
            var line: Int
            var respondentOrder: [String] = []
            var respondents: [String: Respondent] = [:]
            var answerLines: [String: [String: Int]] = [:]
        }
        var order: [AssessmentKey] = []
        var building: [AssessmentKey: Building] = [:]

        for record in table.records {
            let line = record.line
            func cell(_ column: Column) -> String {
                guard let position = index[column], position < record.fields.count else { return "" }
                return record.fields[position].trimmingCharacters(in: .whitespaces)
            }
            func col(_ column: Column) -> Int { (index[column] ?? 0) + 1 }
            if record.fields.count != table.header.count {
                report(line, 1, "", .csvStructure, "\(record.fields.count) champs au lieu de \(table.header.count) (séparateur « \(table.separator) »)",
                       "\(record.fields.count) fields instead of \(table.header.count) (separator '\(table.separator)')")
                continue
            }
            /// The cell under ``TextRules`` for `kind`, or `nil` after reporting it.
            func text(_ column: Column, _ field: String, as kind: TextField) -> String?? {
                switch TextRules.check(cell(column), as: kind) {
                case .success(let stored): return .some(stored.isEmpty ? nil : stored)
                case .failure(let problem):
                    report(line, col(column), field, problem.rule, problem.detail.fr, problem.detail.en)
                    return nil
                }
            }
            let organisation = cell(.organisation), referentielID = cell(.referentiel), versionText = cell(.version)
            guard organisation.utf16.count <= TextField.organisationID.maximumLength, Slug.isValid(organisation) else {
                report(line, col(.organisation), "organisation", .invalidID,
                       "identifiant d'organisation \(MessageQuote.fr(organisation)) invalide (au plus \(TextField.organisationID.maximumLength) caractères, minuscules ascii, chiffres, « - » et « . »)",
                       "invalid organisation id \(MessageQuote.en(organisation)) (at most \(TextField.organisationID.maximumLength) characters, lowercase ascii, digits, '-' and '.')")
                continue
            }
            guard let date = DateText.parse(cell(.date)) else {
                report(line, col(.date), "date", .invalidValue, "date \(MessageQuote.fr(cell(.date))) invalide (AAAA-MM-JJ ou JJ/MM/AAAA attendu)",
                       "invalid date \(MessageQuote.en(cell(.date))) (expected YYYY-MM-DD or DD/MM/YYYY)")
                continue
            }
            guard let labelCell = text(.label, "libelle", as: .assessmentLabel), let nameCell = text(.name, "nom", as: .respondentName) else { continue }
            let label = labelCell ?? String(date.prefix(4))
            guard let version = SemanticVersion(versionText), let loaded = catalog.find(referentielID, version: version) else {
                report(line, col(.version), "version", .unknownReferentielVersion,
                       "référentiel \(MessageQuote.fr(referentielID)) version \(MessageQuote.fr(versionText)) inconnu",
                       "unknown référentiel \(MessageQuote.en(referentielID)) version \(MessageQuote.en(versionText))")
                continue
            }
            guard let role = RespondentRole(parsing: cell(.role)) else {
                report(line, col(.role), "role", .invalidValue, "rôle \(MessageQuote.fr(cell(.role))) inconnu", "unknown role \(MessageQuote.en(cell(.role)))")
                continue
            }
            let referentiel = loaded.referentiel
            let criterionID = cell(.criterion)
            guard let criterion = referentiel.criterion(id: criterionID) else {
                report(line, col(.criterion), "critere", .unknownCriterion, "critère \(MessageQuote.fr(criterionID)) inconnu dans \(referentiel.reference)",
                       "unknown criterion \(MessageQuote.en(criterionID)) in \(referentiel.reference)")
                continue
            }
            let checker = AnswerChecker(referentiel: referentiel)
            let value: AnswerValue?
            switch checker.read(record.fields[index[.answer]!], for: criterion) {
            case .failure(let problem):
                report(line, col(.answer), "reponse", problem.rule, problem.detail.fr, problem.detail.en)
                continue
            case .success(let read):
                value = read
            }
            if let value, let (rule, detail) = checker.problem(with: value, for: criterion) {
                report(line, col(.answer), "reponse", rule, detail.fr, detail.en)
                continue
            }
            var comment: String?
            if let position = index[.comment], !record.fields[position].isEmpty {
                switch TextRules.check(record.fields[position], as: .comment) {
                case .success(let stored): comment = stored
                case .failure(let problem):
                    report(line, position + 1, "commentaire", problem.rule, problem.detail.fr, problem.detail.en)
                    continue
                }
            }
            if value == nil && comment == nil { continue }

            let key = AssessmentKey(organisation: organisation, referentiel: referentielID, version: version.description, label: label)
            if building[key] == nil {
                order.append(key)
                var status = AssessmentStatus.complete
                if index[.status] != nil, !cell(.status).isEmpty {
                    status = ["draft", "brouillon"].contains(CSVTable.fold(cell(.status))) ? .draft : .complete
                }
                building[key] = Building(assessment: Assessment(organisationSlug: organisation,
                                                                referentiel: ReferentielReference(id: referentiel.id, version: version, sha256: loaded.sha256),
                                                                date: date, label: label, status: status), line: line)
            }
            let respondentKey = cell(.respondent).isEmpty ? "\(role.rawValue)|\(nameCell ?? "")" : cell(.respondent)
            var entry = building[key]!
            if entry.respondents[respondentKey] == nil {
                entry.respondentOrder.append(respondentKey)
                entry.respondents[respondentKey] = Respondent(role: role, name: nameCell)
            }
            if let first = entry.answerLines[respondentKey]?[criterionID] {
                report(line, col(.criterion), "critere", .duplicateAnswer,
                       "deuxième réponse au critère \(criterionID) pour le répondant \(MessageQuote.fr(respondentKey)) (première ligne \(first))",
                       "second answer to criterion \(criterionID) by respondent \(MessageQuote.en(respondentKey)) (first on line \(first))")
                continue
            }
            entry.answerLines[respondentKey, default: [:]][criterionID] = line
            entry.respondents[respondentKey]!.answers[criterionID] = Answer(criterionID: criterionID, value: value, comment: comment)
            building[key] = entry
        }
        if !issues.isEmpty { throw InputError(collected: issues) }
        var batch = ImportBatch(path: path)
        for key in order {
            guard var entry = building[key] else { continue }
            entry.assessment.respondents = entry.respondentOrder.compactMap { entry.respondents[$0] }
            batch.assessments.append(.init(item: entry.assessment, location: SourceLocation(file: path, line: entry.line, column: (index[.organisation] ?? 0) + 1),
                                           organisationField: "organisation"))
        }
        return batch
    }
}
