import PratiquesCore

/// Everything the organisation progress workbook shows, gathered by the caller from the store.
public struct OrganisationReport: Sendable {
    /// One scored assessment (the one type for it, from PratiquesCore).
    public typealias Entry = ScoredAssessment

    /// The median of a cohort the organisation belongs to, on one grid.
    public struct CohortMedian: Sendable {
        /// The grid's id.
        public var referentielID: String
        /// The parcours the cohort follows (its title for people).
        public var parcours: String
        /// The session (`T2`) and its day.
        public var session: String
        public var sessionDate: String
        /// The median overall score of the cohort's organisations at that session.
        public var median: Double
        /// How many organisations the median is taken over.
        public var n: Int

        public init(referentielID: String, parcours: String, session: String, sessionDate: String, median: Double, n: Int) {
            self.referentielID = referentielID
            self.parcours = parcours
            self.session = session
            self.sessionDate = sessionDate
            self.median = median
            self.n = n
        }
    }

    public var organisation: Organisation
    /// Oldest first; drafts included (the workbook leaves them out of the figures and says so).
    public var entries: [Entry]
    public var targets: [Target]
    public var actions: [PlannedAction]
    /// `YYYY-MM-DD`.
    public var generatedOn: String
    public var language: Language
    /// Whether respondents' names, comments and free-text answers are shown. Off by default:
    /// the workbook can then be handed out at a general assembly.
    public var withNames: Bool
    /// Cohort medians per grid, when the organisation is in a cohort (shown only on at least
    /// ``minimumCohortGroup`` organisations).
    public var cohortMedians: [CohortMedian]

    /// A cohort median is shown only over at least this many organisations.
    public static let minimumCohortGroup = 5

    public init(organisation: Organisation, entries: [Entry], targets: [Target], actions: [PlannedAction],
                generatedOn: String, language: Language, withNames: Bool = false, cohortMedians: [CohortMedian] = []) {
        self.organisation = organisation
        self.entries = entries
        self.targets = targets
        self.actions = actions
        self.generatedOn = generatedOn
        self.language = language
        self.withNames = withNames
        self.cohortMedians = cohortMedians
    }

    /// The assessments still in progress: left out of the figures, listed in « En bref ».
    public var drafts: [Entry] { entries.filter { $0.assessment.status == .draft } }

    /// The completed assessments grouped by grid id, grids in order of first appearance, each
    /// one's change computed against the previous completed one of its grid.
    public var byGrid: [(id: String, entries: [Entry])] {
        var order: [String] = []
        var groups: [String: [Entry]] = [:]
        for entry in entries where entry.assessment.status != .draft {
            let id = entry.referentiel.referentiel.id
            if groups[id] == nil { order.append(id) }
            var entry = entry
            entry.progress = groups[id]?.last.map { ScoreProgress(from: $0.score, to: entry.score) }
            groups[id, default: []].append(entry)
        }
        return order.map { ($0, groups[$0]!) }
    }

    /// The completed assessments, oldest first.
    public var completedEntries: [Entry] { entries.filter { $0.assessment.status != .draft } }
}
