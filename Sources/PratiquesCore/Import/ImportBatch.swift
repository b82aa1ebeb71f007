/// Everything read from one import file, each item with where it was written, ready to be
/// checked against the store and written in one transaction.
public struct ImportBatch: Sendable {
    /// An item and its place in the file.
    public struct Located<Item: Sendable>: Sendable {
        public var item: Item
        public var location: SourceLocation
        /// The field naming the organisation (`assessments[2].organisation`, `colonne organisation`).
        public var organisationField: String

        public init(item: Item, location: SourceLocation, organisationField: String) {
            self.item = item
            self.location = location
            self.organisationField = organisationField
        }
    }

    /// Respondents to add to an assessment already in the store (a draft): a filled
    /// questionnaire imported with `--assessment ID`.
    public struct RespondentAddition: Sendable {
        public var assessmentID: Int64
        public var organisationSlug: String
        public var referentiel: ReferentielReference
        public var respondent: Respondent
        /// Where the grid version was read (`_pratiques!B3`), for a located refusal.
        public var referentielField: String

        public init(assessmentID: Int64, organisationSlug: String, referentiel: ReferentielReference, respondent: Respondent,
                    referentielField: String = "referentiel") {
            self.assessmentID = assessmentID
            self.organisationSlug = organisationSlug
            self.referentiel = referentiel
            self.respondent = respondent
            self.referentielField = referentielField
        }
    }

    public var path: String
    public var organisations: [Located<Organisation>] = []
    public var assessments: [Located<Assessment>] = []
    public var targets: [Located<Target>] = []
    public var actions: [Located<PlannedAction>] = []
    public var respondentAdditions: [Located<RespondentAddition>] = []

    public init(path: String) {
        self.path = path
    }

    /// Number of respondent answers in the batch.
    public var answerCount: Int {
        assessments.reduce(0) { total, located in total + located.item.respondents.reduce(0) { $0 + $1.answers.count } }
            + respondentAdditions.reduce(0) { $0 + $1.item.respondent.answers.count }
    }
}
