import PratiquesCore

/// What « En bref » says, computed from an ``OrganisationReport`` (completed assessments only):
/// where each grid stands, three points to work on (the criteria furthest from their target, or
/// from the top level) and three strengths among the others (scores of 50 or more), the falls of 10 points
/// or more, the divergences and the action plan by status.
struct OrganisationBrief {
    /// One grid's line.
    struct GridLine {
        var title: String
        var latest: OrganisationReport.Entry
        /// Latest minus previous, and latest minus first (overall scores), when there are such.
        var sincePrevious: Double?
        var sinceFirst: Double?
        var previousLabel: String?
        var firstLabel: String?
        /// Criteria with a target, and how many reached it.
        var targets: Int
        var targetsReached: Int
        var cohort: OrganisationReport.CohortMedian?
    }

    /// A criterion named among the strengths or the points to work on.
    struct CriterionLine {
        var grid: String
        var dimension: String
        var criterion: Criterion
        var score: Double
        /// The level reached (rounded value) with its label, and what the organisation does at that level.
        var level: String
        var descriptor: String
        /// The target level, or the top of the scale when none is recorded.
        var target: Int?
    }

    /// A fall of 10 points or more between the two latest completed assessments of a grid.
    struct Fall {
        var grid: String
        /// The dimension's title, `nil` for the overall score.
        var dimension: String?
        var before: Double
        var after: Double
        var fromLabel: String
        var toLabel: String
    }

    /// The action plan by status; late actions are counted as late only.
    struct ActionCounts {
        var done = 0, inProgress = 0, toDo = 0, late = 0, dropped = 0
        var lateActions: [PlannedAction] = []
    }

    var grids: [GridLine] = []
    var strengths: [CriterionLine] = []
    var pointsToWork: [CriterionLine] = []
    var falls: [Fall] = []
    /// Divergent criteria in each grid's latest assessment.
    var divergences: [(grid: String, count: Int)] = []
    var actions = ActionCounts()

    /// A fall is named from this many points.
    static let fallThreshold = 10.0
    /// A strength scores at least this.
    static let strengthThreshold = 50.0

    init(report: OrganisationReport) {
        let language = report.language
        var candidates: [(line: CriterionLine, gap: Double, order: Int)] = []
        var order = 0
        for grid in report.byGrid {
            guard let latest = grid.entries.last else { continue }
            let referentiel = latest.scoredOn.referentiel
            let title = referentiel.title.text(in: language)
            let previous = grid.entries.dropLast().last
            let first = grid.entries.count > 1 ? grid.entries.first : nil
            let targets = report.targets.filter { $0.referentielID == referentiel.id && referentiel.criterion(id: $0.criterionID) != nil }
            let reached = targets.filter { target in
                guard let value = latest.score.criterion(target.criterionID)?.value else { return false }
                return value >= Double(target.level) - 1e-9
            }
            grids.append(GridLine(title: title, latest: latest,
                                  sincePrevious: Self.difference(latest.score.overall, previous?.score.overall),
                                  sinceFirst: Self.difference(latest.score.overall, first?.score.overall),
                                  previousLabel: previous?.assessment.label, firstLabel: first?.assessment.label,
                                  targets: targets.count, targetsReached: reached.count,
                                  cohort: report.cohortMedians.first { $0.referentielID == referentiel.id && $0.n >= OrganisationReport.minimumCohortGroup }))
            let targetLevels = Dictionary(targets.map { ($0.criterionID, $0.level) }, uniquingKeysWith: { _, last in last })
            for dimension in referentiel.dimensions {
                for criterion in dimension.criteria where criterion.isScored {
                    guard let scored = latest.score.criterion(criterion.id), let value = scored.value, let score = scored.score else { continue }
                    let (level, descriptor) = Self.levelText(criterion, value: value, referentiel: referentiel, language: language)
                    let target = targetLevels[criterion.id] ?? Int(scored.maxValue)
                    let line = CriterionLine(grid: title, dimension: dimension.title.text(in: language), criterion: criterion, score: score,
                                             level: level, descriptor: descriptor, target: targetLevels[criterion.id])
                    let gap = (Double(target) / scored.maxValue * 100) - score
                    candidates.append((line, gap, order))
                    order += 1
                }
            }
            if let previous {
                let fromLabel = previous.assessment.label, toLabel = latest.assessment.label
                if let before = previous.score.overall, let after = latest.score.overall, before - after >= Self.fallThreshold {
                    falls.append(Fall(grid: title, dimension: nil, before: before, after: after, fromLabel: fromLabel, toLabel: toLabel))
                }
                for dimension in referentiel.dimensions {
                    if let before = previous.score.dimension(dimension.id)?.score, let after = latest.score.dimension(dimension.id)?.score,
                       before - after >= Self.fallThreshold {
                        falls.append(Fall(grid: title, dimension: dimension.title.text(in: language), before: before, after: after,
                                          fromLabel: fromLabel, toLabel: toLabel))
                    }
                }
            }
            divergences.append((title, latest.score.divergentCriteria.count))
        }
        // The points to work on first (the furthest from their target), then the strengths among the others.
        pointsToWork = candidates.filter { $0.gap > 0 }
            .sorted { ($0.gap, -$0.line.score, -$0.order) > ($1.gap, -$1.line.score, -$1.order) }.prefix(3).map(\.line)
        let named = Set(pointsToWork.map { "\($0.grid)|\($0.criterion.id)" })
        strengths = candidates.filter { $0.line.score >= Self.strengthThreshold && !named.contains("\($0.line.grid)|\($0.line.criterion.id)") }
            .sorted { ($0.line.score, -$0.order) > ($1.line.score, -$1.order) }.prefix(3).map(\.line)
        for action in report.actions {
            if action.isOverdue(on: report.generatedOn) {
                actions.late += 1
                actions.lateActions.append(action)
                continue
            }
            switch action.status {
            case .done: actions.done += 1
            case .inProgress: actions.inProgress += 1
            case .todo: actions.toDo += 1
            case .dropped: actions.dropped += 1
            }
        }
        actions.lateActions.sort { ($0.dueDate ?? "") < ($1.dueDate ?? "") }
    }

    static func difference(_ after: Double?, _ before: Double?) -> Double? {
        guard let after, let before else { return nil }
        return after - before
    }

    /// `2 En construction` and what the organisation does at that level (the criterion's
    /// descriptor, a number's band label, or yes / no).
    static func levelText(_ criterion: Criterion, value: Double, referentiel: Referentiel, language: Language) -> (String, String) {
        if criterion.kind == .yesNo { return (value >= 0.5 ? (language == .fr ? "oui" : "yes") : (language == .fr ? "non" : "no"), "") }
        let reached = Int(value.rounded())
        let label = criterion.scaleID.flatMap(referentiel.scale(id:))?.level(value: reached)?.label.text(in: language)
        let descriptor = criterion.descriptors[reached]?.text(in: language)
            ?? criterion.bands.last(where: { $0.level == reached })?.label?.text(in: language) ?? ""
        return (label.map { "\(reached) \($0)" } ?? "\(reached)", descriptor)
    }
}
