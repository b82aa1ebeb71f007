import PratiquesCore

/// Targets and the action plan as tables.
enum PlanPrinter {
    static func targets(_ targets: [Target], _ l: Language) -> String {
        TextTable.render(header: [HeaderText.grid[l], HeaderText.criterion[l], HeaderText.level[l], HeaderText.horizon[l]],
                         rows: targets.map { [$0.referentielID, $0.criterionID, String($0.level), $0.horizon ?? ""] })
    }

    /// The action plan, overdue actions marked ⚠.
    static func actions(_ actions: [PlannedAction], _ l: Language) -> String {
        let today = Day.today().description
        return TextTable.render(
            header: ["#", HeaderText.action[l], HeaderText.criterion[l], HeaderText.owner[l], HeaderText.due[l], HeaderText.status[l]],
            rows: actions.map {
                [String($0.id ?? 0), $0.title, $0.criterionID ?? "", $0.owner ?? "", ($0.dueDate ?? "") + ($0.isOverdue(on: today) ? " ⚠" : ""),
                 $0.status.label(in: l)]
            }, rightAligned: [0])
    }
}
