import PratiquesCore

/// One row of a cohort's *Données* sheet: one organisation × session × criterion.
///
/// The sheet's columns, in this order: `organisation, session, date, référentiel, version,
/// dimension, critère, valeur, score, répondants` (valeur: the criterion's value in levels;
/// score: 0–100; répondants: respondents who gave a value).
public struct CohortDataRow: Sendable, Hashable {
    /// The organisation as shown (its name in the accompanist's workbook).
    public var organisation: String
    /// Session label (T0, T1, …).
    public var session: String
    /// The assessment's day, `YYYY-MM-DD` (written as a date cell).
    public var date: String
    public var referentiel: String
    public var version: String
    public var dimension: String
    public var criterion: String
    /// The criterion's value in levels; `nil` (blank cell) when unanswered, N/A or text.
    public var value: Double?
    /// 0–100; `nil` (blank cell) when there is no value.
    public var score: Double?
    /// Respondents who gave a value.
    public var respondents: Int

    public init(organisation: String, session: String, date: String, referentiel: String, version: String, dimension: String,
                criterion: String, value: Double?, score: Double?, respondents: Int) {
        self.organisation = organisation
        self.session = session
        self.date = date
        self.referentiel = referentiel
        self.version = version
        self.dimension = dimension
        self.criterion = criterion
        self.value = value
        self.score = score
        self.respondents = respondents
    }

    /// The rows of one scored assessment, one per criterion in grid order.
    public static func rows(organisation: String, session: String, date: String, score: AssessmentScore) -> [CohortDataRow] {
        let version = score.referentiel.version.description
        return score.criteria.map {
            CohortDataRow(organisation: organisation, session: session, date: date, referentiel: score.referentiel.id, version: version,
                          dimension: $0.dimensionID, criterion: $0.criterionID, value: $0.value, score: $0.score, respondents: $0.statistics.n)
        }
    }

    /// The column headers, in order.
    public static func headers(in language: Language) -> [String] {
        language == .fr
            ? ["organisation", "session", "date", "référentiel", "version", "dimension", "critère", "valeur", "score", "répondants"]
            : ["organisation", "session", "date", "grid", "version", "dimension", "criterion", "value", "score", "respondents"]
    }
}
