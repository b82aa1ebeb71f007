import PratiquesCore

/// What the guide of good practices' yearly view shows for one organisation and year (law of
/// 31 July 2014 on the ESS, article 3): the eight themes in the guide's order, for each the
/// criteria of the organisation's grids tagged with it, and the general assembly's debate.
public struct GuideReport: Sendable {
    public var organisation: Organisation
    public var year: Int
    public var language: Language
    /// `YYYY-MM-DD`.
    public var generatedOn: String
    /// The eight themes, in the guide's order (every one, covered or not).
    public var themes: [Theme]
    /// What the general assembly said, when recorded (`pratiques guide note`).
    public var note: GuideNote?
    /// The assessments the figures come from (grid title, label, date), for the footnote.
    public var sources: [String]

    public init(organisation: Organisation, year: Int, language: Language, generatedOn: String, themes: [Theme], note: GuideNote?,
                sources: [String]) {
        self.organisation = organisation
        self.year = year
        self.language = language
        self.generatedOn = generatedOn
        self.themes = themes
        self.note = note
        self.sources = sources
    }

    /// One theme and the criteria that inform it.
    public struct Theme: Sendable {
        public var theme: GuideTheme
        public var items: [Item]

        public init(theme: GuideTheme, items: [Item]) {
            self.theme = theme
            self.items = items
        }
    }

    /// One criterion of one grid, as it stands in the year and the year before.
    public struct Item: Sendable {
        /// The grid's title.
        public var grid: String
        public var criterion: Criterion
        /// Whether the criterion applies to the organisation's profile.
        public var applies: Bool
        /// Score out of 100 in the year's assessment (`nil`: not answered, or not scored).
        public var score: Double?
        /// Score out of 100 the year before, when there was an assessment.
        public var previousScore: Double?
        /// The value of an indicator or a fact, in words (« 35 % »), when it has no score or as well.
        public var value: String?
        public var target: Target?
        /// Titles of the actions planned on the criterion (with their state).
        public var actions: [String]

        public init(grid: String, criterion: Criterion, applies: Bool, score: Double?, previousScore: Double?, value: String?,
                    target: Target?, actions: [String]) {
            self.grid = grid
            self.criterion = criterion
            self.applies = applies
            self.score = score
            self.previousScore = previousScore
            self.value = value
            self.target = target
            self.actions = actions
        }
    }
}
