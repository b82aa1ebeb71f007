import PratiquesCore

/// A blank questionnaire for one référentiel version, to fill in Excel or LibreOffice.
///
/// Layout (kept stable so a filled workbook can be read back):
/// - *Répondant*: organisation (B4), role (B5, dropdown), name (B6), date (B7);
/// - one sheet per dimension: row 4 is the header; from row 5, one criterion per row with its
///   id in the hidden column A, question (B), help (C), level descriptors (D), answer (E,
///   dropdown) and comment (F); only B4:B7 and the E and F answer cells are unlocked, the
///   sheets are protected without password;
/// - the hidden sheet *_pratiques*: grid id, version, sha256, format, and for each dimension
///   sheet its name and dimension id; the dropdown labels and the level each maps to.
public struct QuestionnaireWorkbook {
    public let loaded: LoadedReferentiel
    public let language: Language

    /// Name of the hidden sheet that identifies the questionnaire.
    public static let metadataSheet = "_pratiques"
    /// Version of this layout.
    public static let layoutVersion = "questionnaire-1"
    /// The first criterion row (0-based) of a dimension sheet.
    public static let firstCriterionRow = 4

    public init(loaded: LoadedReferentiel, language: Language) {
        self.loaded = loaded
        self.language = language
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

    /// Dimension sheet names, in dimension order.
    public var dimensionSheetNames: [String] {
        var names = SheetNames(reserved: [t("Répondant", "Respondent"), Self.metadataSheet])
        return loaded.referentiel.dimensions.map { names.make($0.title.text(in: language)) }
    }

    /// Writes the workbook to `path`.
    public func write(to path: String) throws {
        let referentiel = loaded.referentiel
        let workbook = try XlsxWorkbook(path: path)
        try workbook.setProperties(title: t("Questionnaire — ", "Questionnaire — ") + referentiel.title.text(in: language),
                                   author: "Pratiques \(PratiquesVersion.current)", comments: "\(referentiel.reference) sha256 \(loaded.sha256)")
        let cover = try workbook.addWorksheet(t("Répondant", "Respondent"))
        let names = dimensionSheetNames
        var sheets: [XlsxWorksheet] = []
        for name in names { sheets.append(try workbook.addWorksheet(name)) }
        let metadata = try workbook.addWorksheet(Self.metadataSheet)
        try writeCover(cover)
        for (index, dimension) in referentiel.dimensions.enumerated() {
            try writeDimension(sheets[index], dimension: dimension)
        }
        try writeMetadata(metadata, sheetNames: names)
        metadata.hide()
        cover.activate()
        try workbook.close()
    }

    private func writeCover(_ sheet: XlsxWorksheet) throws {
        let referentiel = loaded.referentiel
        try sheet.write(t("Auto-évaluation — ", "Self-assessment — ") + referentiel.title.text(in: language), row: 0, column: 0, style: ReportStyles.title)
        try sheet.write("\(referentiel.id) \(referentiel.version)", row: 1, column: 0, style: ReportStyles.mono)
        let fields = [t("Organisation", "Organisation"), t("Rôle", "Role"), t("Nom (facultatif)", "Name (optional)"), t("Date (AAAA-MM-JJ)", "Date (YYYY-MM-DD)")]
        for (index, field) in fields.enumerated() {
            try sheet.write(field, row: 3 + index, column: 0, style: ReportStyles.label)
            try sheet.writeBlank(row: 3 + index, column: 1, style: ReportStyles.input)
        }
        try sheet.dropdown(firstRow: 4, column: 1, lastRow: 4, values: RespondentRole.allCases.map { $0.label(in: language) },
                           inputTitle: t("Rôle", "Role"), inputMessage: t("Depuis quelle position répondez-vous ?", "From which position do you answer?"))
        let help = [
            t("Comment remplir :", "How to fill in:"),
            t("1. Indiquez ci-dessus l'organisation, votre rôle et la date.", "1. Enter the organisation, your role and the date above."),
            t("2. Dans chaque onglet, choisissez pour chaque question le niveau qui décrit le mieux la situation (colonne Réponse).",
              "2. In each tab, choose for each question the level that best describes the situation (Answer column)."),
            t("3. Lisez les descriptions des niveaux : choisissez ce que l'organisation fait vraiment aujourd'hui.",
              "3. Read the level descriptions: choose what the organisation really does today."),
            t("4. « Non applicable » n'est proposé que lorsque la question peut ne pas vous concerner. Une case vide compte comme sans réponse.",
              "4. 'Not applicable' is offered only where the question may not apply. An empty cell counts as unanswered."),
            t("5. Ajoutez un commentaire quand c'est utile ; il sera conservé tel quel.", "5. Add a comment when useful; it is kept as written."),
        ]
        for (index, line) in help.enumerated() {
            try sheet.merge(line, firstRow: 9 + index, firstColumn: 0, lastRow: 9 + index, lastColumn: 1, style: ReportStyles.wrapped)
            try sheet.setRow(9 + index, height: RowHeight.forWrapped([(line, 64)]))
        }
        try sheet.setColumns(0, 0, width: 24)
        try sheet.setColumns(1, 1, width: 40)
        try sheet.setLandscapePrint()
        sheet.protect()
    }

    private func writeDimension(_ sheet: XlsxWorksheet, dimension: Dimension) throws {
        let referentiel = loaded.referentiel
        try sheet.write(dimension.title.text(in: language), row: 0, column: 1, style: ReportStyles.title)
        if let description = dimension.description { try sheet.write(description.text(in: language), row: 1, column: 1, style: ReportStyles.note) }
        let headerRow = Self.firstCriterionRow - 1
        let headers = ["id", t("Question", "Question"), t("Aide", "Help"), t("Niveaux", "Levels"), t("Réponse", "Answer"), t("Commentaire", "Comment")]
        for (column, header) in headers.enumerated() { try sheet.write(header, row: headerRow, column: column, style: ReportStyles.header) }
        for (index, criterion) in dimension.criteria.enumerated() {
            let row = Self.firstCriterionRow + index
            try sheet.write(criterion.id, row: row, column: 0, style: ReportStyles.mono)
            try sheet.write(criterion.question.text(in: language), row: row, column: 1, style: ReportStyles.text)
            try sheet.write(criterion.help?.text(in: language) ?? "", row: row, column: 2, style: ReportStyles.text)
            let levels = levelsText(criterion, referentiel: referentiel)
            try sheet.setRow(row, height: RowHeight.forWrapped([(criterion.question.text(in: language), 44),
                                                                (criterion.help?.text(in: language) ?? "", 34), (levels, 70)], minimumLines: 2))
            try sheet.write(levels, row: row, column: 3, style: ReportStyles.text)
            try sheet.writeBlank(row: row, column: 4, style: ReportStyles.input)
            try sheet.writeBlank(row: row, column: 5, style: ReportStyles.input)
            let choices = Self.choices(for: criterion, in: referentiel, language: language)
            if !choices.isEmpty {
                try sheet.dropdown(firstRow: row, column: 4, lastRow: row, values: choices.map(\.label),
                                   inputTitle: t("Réponse", "Answer"), inputMessage: t("Choisissez dans la liste.", "Choose from the list."))
            }
        }
        try sheet.setColumns(0, 0, width: 22, hidden: true)
        try sheet.setColumns(1, 1, width: 44)
        try sheet.setColumns(2, 2, width: 34)
        try sheet.setColumns(3, 3, width: 70)
        try sheet.setColumns(4, 4, width: 20)
        try sheet.setColumns(5, 5, width: 36)
        sheet.freezePanes(row: Self.firstCriterionRow, column: 2)
        try sheet.setLandscapePrint(repeatRows: headerRow...headerRow)
        sheet.protect()
    }

    /// The descriptors (or bands, or the expected input) of a criterion, one per line.
    func levelsText(_ criterion: Criterion, referentiel: Referentiel) -> String {
        let scale = criterion.scaleID.flatMap(referentiel.scale(id:))
        switch criterion.kind {
        case .level:
            return (scale?.levels ?? []).map { level in
                Self.label(for: level, in: language) + " : " + (criterion.descriptors[level.value]?.text(in: language) ?? "")
            }.joined(separator: "\n")
        case .number:
            let unit = criterion.unit ?? ""
            let bands = criterion.bands.map { band in
                "≥ \(NumberFormatting.plain(band.min)) \(unit) → " + (scale?.level(value: band.level).map { Self.label(for: $0, in: language) } ?? "\(band.level)")
            }
            return t("Saisissez un nombre (\(unit)).", "Enter a number (\(unit)).") + "\n" + bands.joined(separator: "\n")
        case .yesNo:
            return t("Oui ou Non.", "Yes or No.")
        case .text:
            return t("Réponse libre (non notée).", "Free answer (not scored).")
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
