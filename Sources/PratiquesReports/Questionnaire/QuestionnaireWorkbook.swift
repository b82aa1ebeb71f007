import PratiquesCore

/// A questionnaire for one référentiel version, to fill in Excel or LibreOffice, or on paper.
///
/// Layout (kept stable so a filled workbook can be read back):
/// - *Répondant*: organisation (B4), role (B5, dropdown), name (B6), date (B7); the roles and
///   the instructions for screen and paper printed below;
/// - one sheet per dimension: row 4 is the header; from row 5, one criterion per row with its
///   id in the hidden column A, question (B), help (C), level descriptors with a box to tick
///   on paper (D), answer (E, dropdown, or a number checked against the criterion's bounds) and
///   comment (F); only B4:B7 and the E and F answer cells are unlocked, the sheets are
///   protected without password;
/// - the hidden sheet *_pratiques*: grid id, version, sha256, format, and for each dimension
///   sheet its name and dimension id.
///
/// Printed: A4 landscape at 90 % or more (11-point text prints at 9 points or more), the
/// header names the grid, the footer the organisation, the respondent and « Page x / y », so
/// loose pages can be put back together.
public struct QuestionnaireWorkbook {
    public let loaded: LoadedReferentiel
    public let language: Language
    /// What is written in before the questionnaire is handed out.
    public let prefill: QuestionnairePrefill

    /// Name of the hidden sheet that identifies the questionnaire.
    public static let metadataSheet = "_pratiques"
    /// Version of this layout.
    public static let layoutVersion = "questionnaire-1"
    /// The first criterion row (0-based) of a dimension sheet.
    public static let firstCriterionRow = 4

    public init(loaded: LoadedReferentiel, language: Language, prefill: QuestionnairePrefill = QuestionnairePrefill()) {
        self.loaded = loaded
        self.language = language
        self.prefill = prefill
    }

    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// The label shown in a dropdown for a level: `3 — Établi`.
    public static func label(for level: ScaleLevel, in language: Language) -> String {
        "\(level.value) — \(level.label.text(in: language))"
    }

    /// « Non applicable » as written in the dropdowns.
    public static func notApplicableLabel(in language: Language) -> String { language == .fr ? "Non applicable" : "Not applicable" }

    /// The dropdown choices of a criterion with the answer each stands for (empty for free input).
    public static func choices(for criterion: Criterion, in referentiel: Referentiel, language: Language) -> [(label: String, value: AnswerValue)] {
        var choices: [(String, AnswerValue)] = []
        switch criterion.kind {
        case .level:
            if let scale = criterion.scaleID.flatMap(referentiel.scale(id:)) {
                choices = scale.levels.map { (label(for: $0, in: language), .level($0.value)) }
            }
        case .yesNo:
            choices = [(language == .fr ? "Oui" : "Yes", .yesNo(true)), (language == .fr ? "Non" : "No", .yesNo(false))]
        case .number, .text:
            break
        }
        if criterion.allowsNotApplicable && !choices.isEmpty { choices.append((notApplicableLabel(in: language), .notApplicable)) }
        return choices
    }

    /// Writes the workbook to `path`.
    public func write(to path: String) throws {
        let referentiel = loaded.referentiel
        let workbook = try XlsxWorkbook(path: path, language: language)
        try workbook.setProperties(title: t("Questionnaire — ", "Questionnaire — ") + referentiel.title.text(in: language),
                                   author: "Pratiques \(PratiquesVersion.current)", comments: "\(referentiel.reference) sha256 \(loaded.sha256)")
        let cover = try workbook.addWorksheet(t("Répondant", "Respondent"))
        var sheets: [XlsxWorksheet] = []
        for dimension in referentiel.dimensions { sheets.append(try workbook.addWorksheet(dimension.title.text(in: language))) }
        let metadata = try workbook.addWorksheet(Self.metadataSheet, typesetsText: false)
        try writeCover(cover)
        for (index, dimension) in referentiel.dimensions.enumerated() {
            try writeDimension(sheets[index], dimension: dimension)
        }
        try writeMetadata(metadata, sheetNames: sheets.map(\.name))
        metadata.hide()
        cover.activate()
        try workbook.close()
    }

    /// Header and footer of every printed page: the grid; the organisation, the respondent, the page.
    var pageSetup: (XlsxPageSetup.Orientation, String, ClosedRange<Int>?) -> XlsxPageSetup {
        let referentiel = loaded.referentiel
        let organisation = prefill.organisationName ?? prefill.organisationSlug
        let respondent = [prefill.role?.label(in: language), prefill.name].compactMap { $0 }.joined(separator: " — ")
        let blank = "…………………………"
        return { orientation, title, repeatRows in
            XlsxPageSetup(orientation: orientation, fitToWidth: true, repeatRows: repeatRows,
                          header: XlsxHeaderFooter(left: [.text(self.t("Auto-évaluation — ", "Self-assessment — ") + referentiel.title.text(in: self.language)
                                                                + " (\(referentiel.version))")],
                                                   right: [.text(title)]),
                          footer: XlsxHeaderFooter(left: [.text(self.t("Organisation : ", "Organisation: ") + (organisation ?? blank))],
                                                   center: [.text(self.t("Répondant : ", "Respondent: ") + (respondent.isEmpty ? blank : respondent))],
                                                   right: XlsxHeaderFooter.pageOfPages(french: self.language == .fr)))
        }
    }

    private func writeCover(_ sheet: XlsxWorksheet) throws {
        let referentiel = loaded.referentiel
        try sheet.setColumns(0, 0, width: 26)
        try sheet.setColumns(1, 1, width: 46)
        try sheet.setColumns(2, 2, width: 50)
        try sheet.write(t("Auto-évaluation — ", "Self-assessment — ") + referentiel.title.text(in: language), row: 0, column: 0, style: ReportStyles.title)
        try sheet.setRow(0, height: 22)
        try sheet.write(t("Grille ", "Grid ") + "\(referentiel.id), version \(referentiel.version)", row: 1, column: 0, style: ReportStyles.mono)
        let fields = [t("Organisation (identifiant)", "Organisation (id)"), t("Rôle", "Role"), t("Nom (facultatif)", "Name (optional)"),
                      t("Date (AAAA-MM-JJ)", "Date (YYYY-MM-DD)")]
        let values = [prefill.organisationSlug, prefill.role?.label(in: language), prefill.name, prefill.date]
        for (index, field) in fields.enumerated() {
            try sheet.write(field, row: 3 + index, column: 0, style: XlsxStyle(bold: true, verticalCenter: true))
            if let value = values[index] {
                try sheet.writeVerbatim(value, row: 3 + index, column: 1, style: ReportStyles.input)
            } else {
                try sheet.writeBlank(row: 3 + index, column: 1, style: ReportStyles.input)
            }
            try sheet.setRow(3 + index, height: 20)
        }
        if let name = prefill.organisationName {
            try sheet.write(name, row: 3, column: 2, style: ReportStyles.note)
        }
        let roles = RespondentRole.allCases.map { $0.label(in: language) }
        try sheet.dropdown(firstRow: 4, column: 1, lastRow: 4, values: roles,
                           inputTitle: t("Rôle", "Role"), inputMessage: t("Depuis quelle position répondez-vous ?", "From which position do you answer?"))
        let boxes = t("Rôles : ", "Roles: ") + roles.map { "☐\u{00A0}" + $0 }.joined(separator: "   ")
        try sheet.write(boxes, row: 4, column: 2, style: XlsxStyle(verticalCenter: true, wrap: true))
        try sheet.setRow(4, height: RowHeight.forWrapped([(boxes, 50)]) + 4)
        let screen = [
            t("Sur écran", "On screen"),
            t("1. Indiquez ci-dessus l'organisation (son identifiant), votre rôle et la date.", "1. Enter the organisation (its id), your role and the date above."),
            t("2. Dans chaque onglet, choisissez pour chaque question, dans la colonne Réponse, le niveau qui décrit le mieux ce que fait l'organisation aujourd'hui.",
              "2. In each tab, choose for each question, in the Answer column, the level that best describes what the organisation does today."),
            t("3. « Non applicable » n'est proposé que lorsque la question peut ne pas vous concerner. Une case vide compte comme sans réponse.",
              "3. 'Not applicable' is offered only where the question may not apply. An empty cell counts as unanswered."),
            t("4. Ajoutez un commentaire quand c'est utile ; il sera conservé tel quel. Renvoyez le fichier enregistré à la personne qui coordonne la démarche.",
              "4. Add a comment when useful; it is kept as written. Send the saved file back to the person who coordinates the assessment."),
        ]
        let paper = [
            t("Sur papier", "On paper"),
            t("1. Écrivez l'organisation, cochez votre rôle ci-dessus et datez.", "1. Write the organisation, tick your role above and date it."),
            t("2. Pour chaque question, cochez une seule case ☐ devant le niveau qui décrit le mieux la situation (☐ NA : non applicable, quand c'est proposé) ; pour un nombre, écrivez-le dans la colonne Réponse.",
              "2. For each question, tick one box ☐ before the level that best describes the situation (☐ NA: not applicable, where offered); for a number, write it in the Answer column."),
            t("3. Écrivez vos commentaires dans la colonne Commentaire. Numérotez et gardez les pages ensemble : chaque page porte la grille, l'organisation et le répondant.",
              "3. Write your comments in the Comment column. Keep the pages together: each page names the grid, the organisation and the respondent."),
        ]
        var row = 9
        for block in [screen, paper] {
            try sheet.write(block[0], row: row, column: 0, style: ReportStyles.subtitle)
            row += 1
            for line in block.dropFirst() {
                try sheet.writeParagraph(line, row: row, columns: 0...2)
                row += 1
            }
            row += 1
        }
        sheet.setPageSetup(pageSetup(.landscape, t("Répondant", "Respondent"), nil))
        sheet.protect()
    }

    private func writeDimension(_ sheet: XlsxWorksheet, dimension: Dimension) throws {
        let referentiel = loaded.referentiel
        let widths: [Double] = [22, 34, 24, 60, 16, 26]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width, hidden: column == 0) }
        try sheet.merge(dimension.title.text(in: language), firstRow: 0, firstColumn: 1, lastRow: 0, lastColumn: 5, style: ReportStyles.title)
        try sheet.setRow(0, height: 22)
        if let description = dimension.description {
            try sheet.writeParagraph(description.text(in: language), row: 1, columns: 1...5, style: ReportStyles.wrappedNote)
        }
        let headerRow = Self.firstCriterionRow - 1
        let headers = ["id", t("Question", "Question"), t("Aide", "Help"), t("Niveaux (sur papier : cochez une case)", "Levels (on paper: tick one box)"),
                       t("Réponse", "Answer"), t("Commentaire", "Comment")]
        for (column, header) in headers.enumerated() { try sheet.write(header, row: headerRow, column: column, style: ReportStyles.header) }
        for (index, criterion) in dimension.criteria.enumerated() {
            let row = Self.firstCriterionRow + index
            try sheet.write(criterion.id, row: row, column: 0, style: ReportStyles.mono)
            try sheet.write(criterion.question.text(in: language), row: row, column: 1, style: ReportStyles.text)
            try sheet.write(criterion.help?.text(in: language) ?? "", row: row, column: 2, style: ReportStyles.text)
            let levels = levelsText(criterion, referentiel: referentiel)
            try sheet.setRow(row, height: RowHeight.forWrapped([(criterion.question.text(in: language), widths[1]),
                                                                (criterion.help?.text(in: language) ?? "", widths[2]), (levels, widths[3])],
                                                               minimumLines: 3))
            try sheet.write(levels, row: row, column: 3, style: ReportStyles.text)
            try writePrefilledAnswer(sheet, criterion: criterion, row: row)
            let choices = Self.choices(for: criterion, in: referentiel, language: language)
            if !choices.isEmpty {
                try sheet.dropdown(firstRow: row, column: 4, lastRow: row, values: choices.map(\.label),
                                   inputTitle: t("Réponse", "Answer"), inputMessage: t("Choisissez dans la liste.", "Choose from the list."))
            } else if criterion.kind == .number {
                let bounds = criterion.bounds
                let unit = criterion.unit.map { " (\($0))" } ?? ""
                let range: String
                switch (bounds?.min, bounds?.max) {
                case let (min?, max?): range = t("un nombre de \(NumberFormatting.plain(min)) à \(NumberFormatting.plain(max))", "a number from \(NumberFormatting.plain(min)) to \(NumberFormatting.plain(max))")
                case let (min?, nil): range = t("un nombre d'au moins \(NumberFormatting.plain(min))", "a number of at least \(NumberFormatting.plain(min))")
                case let (nil, max?): range = t("un nombre d'au plus \(NumberFormatting.plain(max))", "a number of at most \(NumberFormatting.plain(max))")
                case (nil, nil): range = t("un nombre", "a number")
                }
                try sheet.numberValidation(row: row, column: 4, minimum: bounds?.min, maximum: bounds?.max, inputTitle: t("Réponse", "Answer"),
                                           inputMessage: t("Saisissez ", "Enter ") + range + unit + ".",
                                           errorMessage: t("Réponse attendue : ", "Expected answer: ") + range + unit + ".")
            }
        }
        sheet.freezePanes(row: Self.firstCriterionRow, column: 2)
        sheet.setPageSetup(pageSetup(.landscape, dimension.title.text(in: language), headerRow...headerRow))
        sheet.protect()
    }

    /// The answer and comment cells, with what the prefill gives (written exactly, so that the
    /// questionnaire reads back the same answer).
    private func writePrefilledAnswer(_ sheet: XlsxWorksheet, criterion: Criterion, row: Int) throws {
        let answer = prefill.answers[criterion.id]
        switch answer?.value {
        case .level(let level)?:
            let label = criterion.scaleID.flatMap(loaded.referentiel.scale(id:))?.level(value: level).map { Self.label(for: $0, in: language) }
            try sheet.writeVerbatim(label ?? String(level), row: row, column: 4, style: ReportStyles.input)
        case .yesNo(let yes)?:
            try sheet.writeVerbatim(yes ? t("Oui", "Yes") : t("Non", "No"), row: row, column: 4, style: ReportStyles.input)
        case .number(let number)?:
            try sheet.write(number, row: row, column: 4, style: ReportStyles.input)
        case .text(let text)?:
            try sheet.writeVerbatim(text, row: row, column: 4, style: ReportStyles.input)
        case .notApplicable?:
            try sheet.writeVerbatim(Self.notApplicableLabel(in: language), row: row, column: 4, style: ReportStyles.input)
        case nil:
            try sheet.writeBlank(row: row, column: 4, style: ReportStyles.input)
        }
        if let comment = answer?.comment, !comment.isEmpty {
            try sheet.writeVerbatim(comment, row: row, column: 5, style: ReportStyles.input)
        } else {
            try sheet.writeBlank(row: row, column: 5, style: ReportStyles.input)
        }
    }

    /// The descriptors (or bands, or the expected input) of a criterion, one per line, each level
    /// with a box to tick on paper.
    func levelsText(_ criterion: Criterion, referentiel: Referentiel) -> String {
        let scale = criterion.scaleID.flatMap(referentiel.scale(id:))
        let notApplicable = criterion.allowsNotApplicable ? "\n☐ NA — " + Self.notApplicableLabel(in: language) : ""
        switch criterion.kind {
        case .level:
            return (scale?.levels ?? []).map { level in
                "☐ " + Self.label(for: level, in: language) + t(" : ", ": ") + (criterion.descriptors[level.value]?.text(in: language) ?? "")
            }.joined(separator: "\n") + notApplicable
        case .number:
            let unit = criterion.unit ?? ""
            let bands = criterion.bands.map { band in
                "≥ \(NumberFormatting.plain(band.min)) \(unit) → " + (scale?.level(value: band.level).map { Self.label(for: $0, in: language) } ?? "\(band.level)")
            }
            return t("Écrivez un nombre (\(unit)) dans la colonne Réponse : ……………", "Write a number (\(unit)) in the Answer column: ……………") + "\n"
                + bands.joined(separator: "\n") + notApplicable
        case .yesNo:
            return t("☐ Oui   ☐ Non", "☐ Yes   ☐ No") + notApplicable
        case .text:
            return t("Réponse libre (non notée), dans la colonne Réponse.", "Free answer (not scored), in the Answer column.")
        }
    }

    private func writeMetadata(_ sheet: XlsxWorksheet, sheetNames: [String]) throws {
        let referentiel = loaded.referentiel
        let pairs: [(String, String)] = [("format", Self.layoutVersion), ("referentiel", referentiel.id),
                                         ("version", referentiel.version.description), ("sha256", loaded.sha256), ("language", language.rawValue)]
        for (index, pair) in pairs.enumerated() {
            try sheet.write(pair.0, row: index, column: 0)
            try sheet.write(pair.1, row: index, column: 1)
        }
        var row = pairs.count + 1
        try sheet.write("sheet", row: row, column: 0)
        try sheet.write("dimension", row: row, column: 1)
        for (index, dimension) in referentiel.dimensions.enumerated() {
            row += 1
            try sheet.write(sheetNames[index], row: row, column: 0)
            try sheet.write(dimension.id, row: row, column: 1)
        }
    }
}

/// What a questionnaire holds before it is handed out: the cover (organisation, role, name,
/// date) and, for a respondent of a draft, the answers given so far.
public struct QuestionnairePrefill: Sendable {
    /// The organisation's id (cover B4).
    public var organisationSlug: String?
    /// Its name, printed beside the id and in the footer.
    public var organisationName: String?
    public var role: RespondentRole?
    public var name: String?
    /// `YYYY-MM-DD`.
    public var date: String?
    /// Answers by criterion id.
    public var answers: [String: Answer]

    public init(organisationSlug: String? = nil, organisationName: String? = nil, role: RespondentRole? = nil, name: String? = nil,
                date: String? = nil, answers: [String: Answer] = [:]) {
        self.organisationSlug = organisationSlug
        self.organisationName = organisationName
        self.role = role
        self.name = name
        self.date = date
        self.answers = answers
    }
}
