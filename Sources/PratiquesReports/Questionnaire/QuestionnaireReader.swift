import Foundation
import PratiquesCore

/// Reads back a questionnaire of ``QuestionnaireWorkbook`` after a person filled it in Excel or
/// LibreOffice.
///
/// It relies only on the stable layout (cells, not styles): the hidden sheet `_pratiques` names
/// the grid version, its sha256 and the sheet of each dimension; the hidden column A of each
/// dimension sheet holds the criterion ids from row 5, the answer is in E and the comment in F;
/// the cover sheet holds organisation (B4), role (B5), name (B6) and date (B7).
///
/// Tolerated: a workbook saved again by LibreOffice or Excel (shared or inline strings, rich
/// text, a date typed in B7 turned into a date number), extra sheets, changed styles, a level
/// typed as a number or as text, yes/no typed as words or as a boolean, numbers with a decimal
/// comma, a percentage typed with `%` (the cell then holds a fraction). Refused, each with its sheet and cell: a workbook that is not a Pratiques
/// questionnaire, one for a grid version unknown here or whose content changed since
/// (sha256), altered ids, a label not in the list, a value the criterion cannot take, a
/// missing organisation or role.
public struct QuestionnaireReader: Sendable {
    public let catalog: ReferentielCatalog

    public init(catalog: ReferentielCatalog) {
        self.catalog = catalog
    }

    /// The questionnaire at `path`, or every located error found in it. `today` dates a
    /// questionnaire whose date was left empty.
    public func read(path: String, today: String = DateText.today()) throws(InputError) -> FilledQuestionnaire {
        let file = SourceLocation(file: path, line: 0, column: 0)
        var issues: [ValidationIssue] = []
        func refuse(_ field: String, _ rule: ValidationRule, fr: String, en: String) {
            issues.append(ValidationIssue(location: file, field: field, rule: rule, detail: Bilingual(fr: fr, en: en)))
        }
        let xlsx: XlsxReader
        do {
            xlsx = try XlsxReader(path: path)
        } catch {
            let part = error.sheet == nil || error.part.isEmpty ? "" : " (\(error.part))"
            throw InputError(file, field: error.field, .notAQuestionnaire, fr: "classeur .xlsx illisible\(part) : \(error.reason.fr)",
                             en: "unreadable .xlsx workbook\(part): \(error.reason.en)")
        }
        let metadataName = QuestionnaireWorkbook.metadataSheet
        guard let metadata = xlsx.sheet(metadataName) else {
            throw InputError(file, .notAQuestionnaire,
                             fr: "ce classeur n'est pas un questionnaire de Pratiques : la feuille cachée « \(metadataName) » manque (produisez-le avec « pratiques report questionnaire »)",
                             en: "this workbook is not a Pratiques questionnaire: the hidden sheet '\(metadataName)' is missing (make one with 'pratiques report questionnaire')")
        }
        guard Self.text(metadata["A1"]) == "format", Self.text(metadata["B1"]) == QuestionnaireWorkbook.layoutVersion else {
            throw InputError(file, field: "\(metadataName)!B1", .notAQuestionnaire,
                             fr: "format de questionnaire \(MessageQuote.fr(Self.text(metadata["B1"]) ?? "")) inconnu (\(QuestionnaireWorkbook.layoutVersion) attendu)",
                             en: "unknown questionnaire format \(MessageQuote.en(Self.text(metadata["B1"]) ?? "")) (expected \(QuestionnaireWorkbook.layoutVersion))")
        }
        let gridID = Self.text(metadata["B2"]) ?? ""
        let versionText = Self.text(metadata["B3"]) ?? ""
        guard let version = SemanticVersion(versionText), let loaded = catalog.find(gridID, version: version) else {
            let known = catalog.versions(of: gridID).map(\.referentiel.version.description).joined(separator: ", ")
            throw InputError(file, field: "\(metadataName)!B3", .unknownReferentielVersion,
                             fr: "questionnaire du référentiel \(MessageQuote.fr(gridID)) version \(MessageQuote.excerpt(versionText)), inconnu ici\(known.isEmpty ? "" : " (versions connues : \(known))")",
                             en: "questionnaire for référentiel \(MessageQuote.en(gridID)) version \(MessageQuote.excerpt(versionText)), unknown here\(known.isEmpty ? "" : " (known versions: \(known))")")
        }
        guard Self.text(metadata["B4"]) == loaded.sha256 else {
            throw InputError(file, field: "\(metadataName)!B4", .questionnaireAltered,
                             fr: "le référentiel \(loaded.referentiel.reference) n'a plus le contenu pour lequel ce questionnaire a été produit (sha256 différent) : produisez un nouveau questionnaire",
                             en: "référentiel \(loaded.referentiel.reference) no longer has the content this questionnaire was made for (different sha256): make a new questionnaire")
        }
        let referentiel = loaded.referentiel
        let language = Self.text(metadata["B5"]).flatMap(Language.init(code:)) ?? .fr
        let checker = AnswerChecker(referentiel: referentiel)

        // The table of dimension sheets, from row 8.
        var sheetOfDimension: [String: (sheet: String, row: Int)] = [:]
        var row = 8
        while let sheetName = Self.text(metadata["A\(row)"]) {
            let dimensionID = Self.text(metadata["B\(row)"]) ?? ""
            if referentiel.dimensions.contains(where: { $0.id == dimensionID }) {
                sheetOfDimension[dimensionID] = (sheetName, row)
            } else {
                refuse("\(metadataName)!B\(row)", .questionnaireAltered, fr: "dimension « \(dimensionID) » absente de \(referentiel.reference)",
                       en: "dimension '\(dimensionID)' is not in \(referentiel.reference)")
            }
            row += 1
        }

        var answers: [Answer] = []
        for dimension in referentiel.dimensions {
            guard let (sheetName, tableRow) = sheetOfDimension[dimension.id] else {
                refuse("\(metadataName)!A\(row)", .questionnaireAltered, fr: "la dimension « \(dimension.id) » manque à la table des feuilles",
                       en: "dimension '\(dimension.id)' is missing from the table of sheets")
                continue
            }
            guard let sheet = Self.dimensionSheet(named: sheetName, firstCriterion: dimension.criteria.first?.id, in: xlsx) else {
                refuse("\(metadataName)!A\(tableRow)", .questionnaireAltered, fr: "la feuille « \(sheetName) » manque au classeur (renommée ou supprimée ?)",
                       en: "sheet '\(sheetName)' is missing from the workbook (renamed or deleted?)")
                continue
            }
            let first = QuestionnaireWorkbook.firstCriterionRow + 1
            for (index, criterion) in dimension.criteria.enumerated() {
                let row = first + index
                let found = Self.text(sheet["A\(row)"])
                guard found == criterion.id else {
                    refuse("\(sheetName)!A\(row)", .questionnaireAltered,
                           fr: "identifiant \(MessageQuote.fr(found ?? "")) au lieu de « \(criterion.id) » : la colonne A cachée ne doit pas être modifiée",
                           en: "id \(MessageQuote.en(found ?? "")) instead of '\(criterion.id)': the hidden column A must not be changed")
                    continue
                }
                var value: AnswerValue?
                var cell = sheet["E\(row)"]
                // « 45 % » typed in a cell holds 0.45 shown as a percentage: the criterion counts in %.
                if criterion.unit == "%", case .number(let fraction)? = cell, sheet.percentCells.contains("E\(row)") {
                    cell = .number((fraction * 100 * 1e9).rounded() / 1e9)
                }
                switch readAnswer(cell, criterion: criterion, referentiel: referentiel, checker: checker) {
                case .success(let read): value = read
                case .failure(let problem):
                    refuse("\(sheetName)!E\(row)", problem.rule, fr: problem.detail.fr, en: problem.detail.en)
                    continue
                }
                if let value, let (rule, reason) = checker.problem(with: value, for: criterion) {
                    refuse("\(sheetName)!E\(row)", rule, fr: reason.fr, en: reason.en)
                    continue
                }
                var comment: String?
                switch Self.text(sheet["F\(row)"]).map({ TextRules.check($0, as: .comment) }) {
                case .failure(let problem)?:
                    refuse("\(sheetName)!F\(row)", problem.rule, fr: problem.detail.fr, en: problem.detail.en)
                    continue
                case .success(let stored)?: comment = stored
                case nil: break
                }
                if value != nil || comment != nil { answers.append(Answer(criterionID: criterion.id, value: value, comment: comment)) }
            }
            let after = first + dimension.criteria.count
            if let extra = Self.text(sheet["A\(after)"]) {
                refuse("\(sheetName)!A\(after)", .questionnaireAltered, fr: "identifiant \(MessageQuote.fr(extra)) en trop : la dimension « \(dimension.id) » a \(dimension.criteria.count) critère(s)",
                       en: "extra id \(MessageQuote.en(extra)): dimension '\(dimension.id)' has \(dimension.criteria.count) criterion(s)")
            }
        }

        // The cover sheet.
        let coverNames = ["Répondant", "Respondent"]
        let cover = coverNames.lazy.compactMap { xlsx.sheet($0) }.first
            ?? xlsx.sheets.first { !$0.hidden && !sheetOfDimension.values.map(\.sheet).contains($0.name) }
        let coverName = cover?.name ?? (language == .fr ? "Répondant" : "Respondent")
        let organisation = Self.text(cover?["B4"])?.lowercased()
        if let organisation, organisation.utf16.count > TextField.organisationID.maximumLength || !Slug.isValid(organisation) {
            refuse("\(coverName)!B4", .invalidID, fr: "identifiant d'organisation \(MessageQuote.fr(organisation)) invalide (comme dans « pratiques org list »)",
                   en: "invalid organisation id \(MessageQuote.en(organisation)) (as in 'pratiques org list')")
        } else if organisation == nil {
            refuse("\(coverName)!B4", .missingField, fr: "organisation manquante (son identifiant, comme dans « pratiques org list »)",
                   en: "missing organisation (its id, as in 'pratiques org list')")
        }
        let roleText = Self.text(cover?["B5"])
        let role = roleText.flatMap(RespondentRole.init(parsing:))
        if roleText == nil {
            refuse("\(coverName)!B5", .missingField, fr: "rôle du répondant manquant", en: "missing respondent role")
        } else if role == nil {
            let roles = RespondentRole.allCases.map { $0.label(in: language) }.joined(separator: ", ")
            refuse("\(coverName)!B5", .labelNotInList, fr: "rôle \(MessageQuote.fr(roleText!)) absent de la liste (\(roles))",
                   en: "role \(MessageQuote.en(roleText!)) is not in the list (\(roles))")
        }
        var name: String?
        switch Self.text(cover?["B6"]).map({ TextRules.check($0, as: .respondentName) }) {
        case .failure(let problem)?: refuse("\(coverName)!B6", problem.rule, fr: problem.detail.fr, en: problem.detail.en)
        case .success(let stored)?: name = stored
        case nil: break
        }
        var date = today
        switch cover?["B7"] {
        case nil: break
        case .number(let serial):
            // A date typed in a spreadsheet becomes a number of days.
            if let day = xlsx.day(fromDateNumber: serial) {
                date = day
            } else {
                refuse("\(coverName)!B7", .invalidValue, fr: "date invalide (AAAA-MM-JJ attendu)", en: "invalid date (expected YYYY-MM-DD)")
            }
        case .string(let text):
            if let read = Self.date(text) { date = read } else if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                refuse("\(coverName)!B7", .invalidValue, fr: "date \(MessageQuote.fr(text)) invalide (AAAA-MM-JJ attendu)",
                       en: "invalid date \(MessageQuote.en(text)) (expected YYYY-MM-DD)")
            }
        case .bool, .error:
            refuse("\(coverName)!B7", .invalidValue, fr: "date invalide (AAAA-MM-JJ attendu)", en: "invalid date (expected YYYY-MM-DD)")
        }
        guard issues.isEmpty, let organisation, let role else { throw InputError(issues: issues) }
        return FilledQuestionnaire(path: path, loaded: loaded, organisationSlug: organisation, date: date,
                                   respondent: Respondent(role: role, name: name, answers: answers), organisationField: "\(coverName)!B4")
    }

    /// The answer in cell E: a dropdown label (French or English), or what a person may type
    /// instead (a level number, yes/no words or a boolean, a number, a text).
    func readAnswer(_ cell: XlsxValue?, criterion: Criterion, referentiel: Referentiel, checker: AnswerChecker) -> Result<AnswerValue?, InputError.Problem> {
        switch cell {
        case nil:
            return .success(nil)
        case .error(let code):
            return .failure(.init(.invalidValue, fr: "valeur d'erreur \(code)", en: "error value \(code)"))
        case .bool(let yes):
            switch criterion.kind {
            case .yesNo: return .success(.yesNo(yes))
            case .text: return .success(.text(yes ? "TRUE" : "FALSE"))
            default: return .failure(.init(.answerKindMismatch, fr: "valeur VRAI/FAUX pour un critère de type \(criterion.kind.rawValue)",
                                           en: "TRUE/FALSE value for a criterion of kind \(criterion.kind.rawValue)"))
            }
        case .number(let number):
            switch criterion.kind {
            case .number: return .success(.number(number))
            case .text: return .success(.text(NumberFormatting.plain(number)))
            case .level:
                guard case .success(let level) = CheckedNumber.integer(exactly: number) else {
                    return .failure(.init(.invalidValue, fr: "\(NumberFormatting.plain(number)) n'est pas un niveau", en: "\(NumberFormatting.plain(number)) is not a level"))
                }
                return .success(.level(level))
            case .yesNo:
                if number == 1 { return .success(.yesNo(true)) }
                if number == 0 { return .success(.yesNo(false)) }
                return .failure(.init(.invalidValue, fr: "\(NumberFormatting.plain(number)) : oui ou non attendu", en: "\(NumberFormatting.plain(number)): yes or no expected"))
            }
        case .string(let raw):
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { return .success(nil) }
            let key = Self.fold(text)
            var labels: [String] = []
            for language in Language.allCases {
                for choice in QuestionnaireWorkbook.choices(for: criterion, in: referentiel, language: language) {
                    if Self.fold(choice.label) == key { return .success(choice.value) }
                    if language == .fr { labels.append(choice.label) }
                }
            }
            switch criterion.kind {
            case .level:
                if case .success(let level) = CheckedNumber.integer(text) { return .success(.level(level)) }
                return .failure(.init(.labelNotInList, fr: "\(MessageQuote.fr(text)) n'est pas dans la liste (\(labels.joined(separator: ", ")))",
                                      en: "\(MessageQuote.en(text)) is not in the list (\(labels.joined(separator: ", ")))"))
            case .yesNo:
                if case .success(let value?) = checker.read(text, for: criterion), value != .notApplicable { return .success(value) }
                return .failure(.init(.labelNotInList, fr: "\(MessageQuote.fr(text)) n'est pas dans la liste (\(labels.joined(separator: ", ")))",
                                      en: "\(MessageQuote.en(text)) is not in the list (\(labels.joined(separator: ", ")))"))
            case .number, .text:
                return checker.read(raw, for: criterion)
            }
        }
    }

    /// The sheet of a dimension: the one named in the table of sheets, else the same name
    /// once spaces, case, Unicode composition and apostrophes are set aside (what an office
    /// suite may change on saving), else the sheet whose hidden column A starts with the
    /// dimension's first criterion id (a renamed sheet).
    static func dimensionSheet(named name: String, firstCriterion: String?, in xlsx: XlsxReader) -> XlsxReader.Sheet? {
        if let exact = xlsx.sheet(name) { return exact }
        let key = sheetKey(name)
        if let same = xlsx.sheets.first(where: { sheetKey($0.name) == key }) { return same }
        guard let firstCriterion else { return nil }
        let first = "A\(QuestionnaireWorkbook.firstCriterionRow + 1)"
        return xlsx.sheets.first { text($0[first]) == firstCriterion }
    }

    /// A sheet name compared loosely: composed, case folded, apostrophes and runs of spaces (any kind) made one.
    static func sheetKey(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased().replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A cell's text, trimmed; a number as written plainly; `nil` when empty.
    static func text(_ value: XlsxValue?) -> String? {
        switch value {
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case .number(let number): return NumberFormatting.plain(number)
        case .bool(let yes): return yes ? "TRUE" : "FALSE"
        case .error, nil: return nil
        }
    }

    /// Case, accents and runs of spaces ignored.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `YYYY-MM-DD`, or `JJ/MM/AAAA` as typed in a French cell formatted as text.
    static func date(_ text: String) -> String? { DateText.parse(text) }
}
