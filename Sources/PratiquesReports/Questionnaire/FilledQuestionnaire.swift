import PratiquesCore

/// One questionnaire workbook filled by one person, read back (see ``QuestionnaireReader``).
public struct FilledQuestionnaire: Sendable {
    /// The workbook's path.
    public var path: String
    /// The grid version the workbook was generated for.
    public var loaded: LoadedReferentiel
    /// Cover sheet, B4.
    public var organisationSlug: String
    /// Cover sheet, B7 (`YYYY-MM-DD`; the import day when left empty).
    public var date: String
    /// The respondent (cover sheet B5 and B6) and their answers.
    public var respondent: Respondent

    /// Whether every criterion has a value.
    public var isComplete: Bool {
        loaded.referentiel.criteria.allSatisfy { respondent.answers[$0.id]?.value != nil }
    }

    /// Where the organisation was read: `Répondant!B4`.
    public var organisationField: String

    public init(path: String, loaded: LoadedReferentiel, organisationSlug: String, date: String, respondent: Respondent, organisationField: String) {
        self.path = path
        self.loaded = loaded
        self.organisationSlug = organisationSlug
        self.date = date
        self.respondent = respondent
        self.organisationField = organisationField
    }

    /// The batch that imports these questionnaires in one transaction.
    ///
    /// With `assessmentID`, every respondent is added to that assessment (a draft of the same
    /// organisation on the same grid version). Otherwise the questionnaires of one organisation,
    /// grid version and date make one new assessment labelled with the date, a respondent per
    /// workbook in the order given; it is complete when every respondent answered every
    /// criterion, a draft otherwise.
    public static func batch(_ questionnaires: [FilledQuestionnaire], intoAssessment assessmentID: Int64? = nil) -> ImportBatch {
        var batch = ImportBatch(path: questionnaires.map(\.path).joined(separator: ", "))
        func reference(_ item: FilledQuestionnaire) -> ReferentielReference {
            ReferentielReference(id: item.loaded.referentiel.id, version: item.loaded.referentiel.version, sha256: item.loaded.sha256)
        }
        func location(_ item: FilledQuestionnaire) -> SourceLocation { SourceLocation(file: item.path, line: 0, column: 0) }
        if let assessmentID {
            for item in questionnaires {
                batch.respondentAdditions.append(.init(item: .init(assessmentID: assessmentID, organisationSlug: item.organisationSlug,
                                                                   referentiel: reference(item), respondent: item.respondent,
                                                                   referentielField: "\(QuestionnaireWorkbook.metadataSheet)!B3"),
                                                       location: location(item), organisationField: item.organisationField))
            }
            return batch
        }
        var order: [String] = []
        var groups: [String: [FilledQuestionnaire]] = [:]
        for item in questionnaires {
            let key = "\(item.organisationSlug)|\(item.loaded.referentiel.reference)|\(item.date)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(item)
        }
        for key in order {
            let items = groups[key]!
            let first = items[0]
            let assessment = Assessment(organisationSlug: first.organisationSlug, referentiel: reference(first), date: first.date, label: first.date,
                                        status: items.allSatisfy(\.isComplete) ? .complete : .draft, respondents: items.map(\.respondent))
            batch.assessments.append(.init(item: assessment, location: location(first), organisationField: first.organisationField))
        }
        return batch
    }
}
