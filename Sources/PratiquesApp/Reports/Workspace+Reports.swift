import PratiquesCore
import PratiquesReports
import PratiquesStore

extension Workspace {
    /// The funder workbook's smallest group shown by default (K).
    public static let defaultMinimumGroup = FunderWorkbook.defaultMinimumGroup

    /// Everything an organisation's progress workbook shows: its assessments scored over time,
    /// grid by grid, its targets, its action plan and the medians of its cohorts. Respondents'
    /// names, comments and free answers only `withNames` (the default may be handed out at a
    /// general assembly).
    public func organisationReport(_ slug: String, withNames: Bool = false) throws -> OrganisationReport {
        let history = try scoreHistory(organisation: slug)
        var entries = history.entries
        entries.sort { ($0.referentiel.referentiel.id, $0.assessment.date) < ($1.referentiel.referentiel.id, $1.assessment.date) }
        let medians = try cohortMedians(organisation: slug)
        return try withStore(.read) { store in
            OrganisationReport(organisation: history.organisation, entries: entries, targets: try store.targets(organisationSlug: slug),
                               actions: try store.actions(organisationSlug: slug), generatedOn: Day.today().description, language: language,
                               withNames: withNames, cohortMedians: medians)
        }
    }

    /// Writes an organisation's progress workbook to `path` (`OrganisationWorkbook`).
    public func writeOrganisationWorkbook(_ slug: String, to path: String, withNames: Bool = false) throws {
        try OrganisationWorkbook(report: organisationReport(slug, withNames: withNames)).write(to: path)
    }

    /// Everything the cohort workbooks show: the comparison and the member organisations.
    public func cohortReport(_ name: String) throws -> (report: CohortReport, scores: CohortScores) {
        let scores = try cohortScores(name)
        let organisations = try withStore(.read) { store in try scores.cohort.members.map { try requireOrganisation($0, store) } }
        let report = CohortReport(comparison: scores.comparison(), organisations: organisations, generatedOn: Day.today().description, language: language)
        return (report, scores)
    }

    /// Writes a cohort's workbook for its accompanist (organisations named) to `path`; returns
    /// the number of *Données* rows.
    @discardableResult
    public func writeCohortWorkbook(_ name: String, to path: String) throws -> Int {
        let (report, scores) = try cohortReport(name)
        // *Données*: one row per organisation × session × criterion, organisations by name.
        let rows = scores.grids.lazy.flatMap { grid in
            grid.entries.lazy.flatMap { entry in
                CohortDataRow.rows(organisation: report.name(entry.scored.summary.organisationSlug), session: scores.cohort.sessions[entry.session].label,
                                   date: entry.scored.summary.date, score: entry.scored.score)
            }
        }
        return try CohortWorkbook(report: report).write(to: path, rows: rows)
    }

    /// Writes a cohort's workbook for funders (aggregates only, under the ``DisclosureRule`` with
    /// K = `minimumGroup`) to `path`; refuses K below ``DisclosureRule/smallestAllowedGroup``
    /// (``WorkspaceError/minimumGroupTooSmall(given:smallest:)``) before reading anything.
    public func writeFunderWorkbook(_ name: String, to path: String, minimumGroup: Int = Workspace.defaultMinimumGroup) throws {
        let rule: DisclosureRule
        do { rule = try DisclosureRule(minimumGroup: minimumGroup) } catch {
            throw WorkspaceError.minimumGroupTooSmall(given: minimumGroup, smallest: DisclosureRule.smallestAllowedGroup)
        }
        try FunderWorkbook(report: cohortReport(name).report, rule: rule).write(to: path)
    }
}
