import PratiquesCore

/// Everything the organisation progress workbook shows, gathered by the caller from the store.
public struct OrganisationReport: Sendable {
    /// One scored assessment (the one type for it, from PratiquesCore).
    public typealias Entry = ScoredAssessment

    public var organisation: Organisation
    /// Oldest first.
    public var entries: [Entry]
    public var targets: [Target]
    public var actions: [PlannedAction]
    /// `YYYY-MM-DD`.
    public var generatedOn: String
    public var language: Language

    public init(organisation: Organisation, entries: [Entry], targets: [Target], actions: [PlannedAction],
                generatedOn: String, language: Language) {
        self.organisation = organisation
        self.entries = entries
        self.targets = targets
        self.actions = actions
        self.generatedOn = generatedOn
        self.language = language
    }

    /// The entries grouped by grid id, grids in order of first appearance.
    public var byGrid: [(id: String, entries: [Entry])] {
        var order: [String] = []
        var groups: [String: [Entry]] = [:]
        for entry in entries {
            let id = entry.referentiel.referentiel.id
            if groups[id] == nil { order.append(id) }
            groups[id, default: []].append(entry)
        }
        return order.map { ($0, groups[$0]!) }
    }
}
