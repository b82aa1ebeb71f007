import PratiquesCore
import PratiquesReports
import PratiquesStore

extension Workspace {
    /// The guide of good practices' yearly view of an organisation (``GuideReport``): for each
    /// of the eight themes, the criteria tagged with it in the grids the organisation assessed
    /// that year (complete assessments, scored on the newest version of each grid with its
    /// profile), the score that year and the change since the year before, the targets at one
    /// and three years, the actions; and the general assembly's note when recorded.
    public func guideReport(organisation slug: String, year: Int) throws -> GuideReport {
        let history = try scoreHistory(organisation: slug)
        let complete = history.entries.filter { $0.summary.status == .complete }
        func yearOf(_ entry: ScoredAssessment) -> Int? { Int(entry.summary.date.prefix(4)) }
        return try withStore(.read) { store in
            let targets = try store.targets(organisationSlug: slug)
            let actions = try store.actions(organisationSlug: slug)
            var items: [GuideTheme: [GuideReport.Item]] = [:]
            var sources: [String] = []
            for gridID in Set(complete.map(\.summary.referentiel.id)).sorted() {
                let entries = complete.filter { $0.summary.referentiel.id == gridID }
                guard let current = entries.last(where: { yearOf($0) == year }) else { continue }
                let previous = entries.last { yearOf($0) == year - 1 && $0.scoredOn.referentiel.reference == current.scoredOn.referentiel.reference }
                let grid = current.scoredOn.referentiel
                let title = grid.title.text(in: language)
                sources.append("\(title) \(current.summary.label) (" + (language == .fr ? "version " : "version ") + "\(current.summary.referentiel.version))")
                for criterion in grid.criteria where !criterion.guideThemes.isEmpty {
                    let score = current.score.criterion(criterion.id)
                    let item = GuideReport.Item(
                        grid: title, criterion: criterion, applies: score?.applicability.counts ?? true, score: score?.score,
                        previousScore: previous?.score.criterion(criterion.id)?.score,
                        value: score?.number.map { NumberFormatting.plain($0) + (criterion.unit.map { " \($0)" } ?? "") },
                        target: targets.last { $0.referentielID == gridID && $0.criterionID == criterion.id },
                        actions: actions.filter { $0.referentielID == gridID && $0.criterionID == criterion.id }
                            .map { "\($0.title) (\($0.status.label(in: language)))" })
                    for theme in criterion.guideThemes { items[theme, default: []].append(item) }
                }
            }
            return GuideReport(organisation: history.organisation, year: year, language: language, generatedOn: Day.today().description,
                               themes: GuideTheme.allCases.map { GuideReport.Theme(theme: $0, items: items[$0] ?? []) },
                               note: try store.guideNote(organisationSlug: slug, year: year), sources: sources)
        }
    }

    /// Writes the guide's yearly view to `path` (``GuideWorkbook``); returns the report written.
    @discardableResult
    public func writeGuideWorkbook(organisation slug: String, year: Int, to path: String) throws -> GuideReport {
        let report = try guideReport(organisation: slug, year: year)
        try GuideWorkbook(report: report).write(to: path)
        return report
    }

    /// Records what the general assembly said about the guide of one year (its day, the
    /// decisions), replacing an earlier note of the same year.
    public func saveGuideNote(_ note: GuideNote) throws {
        try withStore { store in
            _ = try requireOrganisation(note.organisationSlug, store)
            try store.saveGuideNote(note)
        }
    }
}
