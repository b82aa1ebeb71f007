/// Which assessment represents each member of a cohort at each session, grid by grid: the
/// cohort's selection rule.
///
/// Per member, session and grid (référentiel id): an assessment linked explicitly to the
/// session wins (the latest by date, then id, if several); otherwise the latest complete
/// assessment dated within the session's window. Drafts count only when linked.
public struct CohortSelection: Sendable {
    /// One member's assessment chosen for one session.
    public struct Chosen: Sendable, Hashable {
        public var organisation: String
        /// Position of the session in the cohort.
        public var session: Int
        public var summary: AssessmentSummary
    }

    /// The chosen assessments of one grid, ordered by organisation, then session.
    public struct Grid: Sendable {
        public var referentielID: String
        public var chosen: [Chosen]
    }

    /// By grid id.
    public var grids: [Grid]

    /// Applies the rule to the members' assessments (`summaries`; others are ignored) and to
    /// the assessment ids linked explicitly to each session (by session label).
    public init(cohort: Cohort, links: [String: [Int64]], summaries: [AssessmentSummary]) {
        let members = Set(cohort.members)
        let summaries = summaries.filter { members.contains($0.organisationSlug) }
        let byID = Dictionary(summaries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func later(_ a: AssessmentSummary, _ b: AssessmentSummary) -> Bool { (a.date, a.id) > (b.date, b.id) }
        var chosen: [Key: AssessmentSummary] = [:]
        var explicit: Set<Key> = []
        for session in cohort.sessions {
            for id in links[session.label] ?? [] {
                guard let summary = byID[id] else { continue }
                let key = Key(organisation: summary.organisationSlug, session: session.position, grid: summary.referentiel.id)
                if let current = chosen[key], explicit.contains(key), !later(summary, current) { continue }
                chosen[key] = summary
                explicit.insert(key)
            }
            for summary in summaries where summary.status == .complete && session.contains(day: summary.date) {
                let key = Key(organisation: summary.organisationSlug, session: session.position, grid: summary.referentiel.id)
                if explicit.contains(key) { continue }
                if let current = chosen[key], !later(summary, current) { continue }
                chosen[key] = summary
            }
        }
        let byGrid = Dictionary(grouping: chosen.sorted { ($0.key.organisation, $0.key.session) < ($1.key.organisation, $1.key.session) },
                                by: \.key.grid)
        grids = byGrid.keys.sorted().map { id in
            Grid(referentielID: id, chosen: byGrid[id]!.map { Chosen(organisation: $0.key.organisation, session: $0.key.session, summary: $0.value) })
        }
    }

    /// A member, a session and a grid: what one chosen assessment stands for.
    private struct Key: Hashable {
        var organisation: String
        var session: Int
        var grid: String
    }
}
