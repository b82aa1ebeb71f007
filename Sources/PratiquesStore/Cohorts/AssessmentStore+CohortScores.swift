import GRDB
import PratiquesCore

/// The scores of a cohort's members at its sessions, grid by grid, as ``AssessmentStore/cohortScores(cohort:)``
/// selects them.
public struct CohortScores: Sendable {
    /// One member's assessment chosen for one session.
    public struct Entry: Sendable {
        public var organisation: String
        /// Position of the session in the cohort.
        public var session: Int
        public var assessment: AssessmentSummary
        public var score: AssessmentScore
    }

    /// The entries of one grid, all on one version.
    public struct Grid: Sendable {
        public var referentiel: LoadedReferentiel
        /// Ordered by organisation, then session.
        public var entries: [Entry]
    }

    public var cohort: Cohort
    /// Grids by id.
    public var grids: [Grid]
    public var notCompared: [CohortComparison.NotCompared]

    /// The comparison of the sessions, grid by grid.
    public func comparison(stableThreshold: Double = 1) -> CohortComparison {
        let labels = cohort.sessions.map(\.label)
        let compared = grids.map { grid in
            var accumulator = CohortAccumulator(referentiel: grid.referentiel.referentiel, sha256: grid.referentiel.sha256, sessions: labels,
                                                stableThreshold: stableThreshold)
            for entry in grid.entries { accumulator.add(organisation: entry.organisation, session: entry.session, score: entry.score) }
            return accumulator.finish()
        }
        return CohortComparison(cohort: cohort, grids: compared, notCompared: notCompared)
    }
}

extension AssessmentStore {
    /// Which assessment represents each member at each session, and its score: the one place
    /// where a cohort's scores are produced.
    ///
    /// Per member, session and grid (référentiel id): an assessment linked explicitly to the
    /// session wins (the latest by date if several); otherwise the latest complete assessment
    /// dated within the session's window. Sessions are compared per grid within the newest
    /// version present among the chosen assessments; those on other versions are listed in
    /// ``CohortScores/notCompared`` (carrying answers onto the newest version comes later).
    public func cohortScores(cohort name: String) throws -> CohortScores {
        let cohort = try requireCohort(name: name)
        let links = try cohortLinks(cohort: name)
        let members = Set(cohort.members)
        let summaries = try assessmentSummaries().filter { members.contains($0.organisationSlug) }
        let byID = Dictionary(summaries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        struct Key: Hashable { var organisation: String; var session: Int; var grid: String }
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
        var newest: [String: SemanticVersion] = [:]
        for (key, summary) in chosen where (newest[key.grid].map { summary.referentiel.version > $0 } ?? true) {
            newest[key.grid] = summary.referentiel.version
        }
        var grids: [String: CohortScores.Grid] = [:]
        var notCompared: [CohortComparison.NotCompared] = []
        let ordered = chosen.sorted { ($0.key.grid, $0.key.organisation, $0.key.session) < ($1.key.grid, $1.key.organisation, $1.key.session) }
        var engines: [Int64: ScoringEngine] = [:]
        for (key, summary) in ordered {
            let label = cohort.sessions[key.session].label
            guard summary.referentiel.version == newest[key.grid] else {
                let version = newest[key.grid]!.description
                notCompared.append(CohortComparison.NotCompared(
                    organisation: key.organisation, session: label, referentiel: summary.referentiel, assessmentID: summary.id,
                    reason: Bilingual(fr: "version \(summary.referentiel.version) : la cohorte est comparée sur la version \(version)",
                                      en: "version \(summary.referentiel.version): the cohort is compared on version \(version)")))
                continue
            }
            let loaded = try referentiel(snapshotID: summary.snapshotID)
            let engine = engines[summary.snapshotID] ?? ScoringEngine(referentiel: loaded.referentiel, sha256: loaded.sha256)
            engines[summary.snapshotID] = engine
            let entry = CohortScores.Entry(organisation: key.organisation, session: key.session, assessment: summary,
                                           score: engine.score(try assessment(summary)))
            grids[key.grid, default: CohortScores.Grid(referentiel: loaded, entries: [])].entries.append(entry)
        }
        return CohortScores(cohort: cohort, grids: grids.keys.sorted().map { grids[$0]! }, notCompared: notCompared)
    }
}
