import PratiquesCore

extension Workspace {
    /// Sets (or replaces) the level an organisation aims for on one criterion of the newest
    /// version of a grid, by `horizon`. The level must be on the criterion's scale.
    /// With `longTermLevel` (and `longTermHorizon`), the second horizon the guide of good
    /// practices asks for: the level aimed at in about three years.
    public func setTarget(organisation: String, referentiel: String, criterion: String, level: Int, horizon: Day? = nil,
                          longTermLevel: Int? = nil, longTermHorizon: Day? = nil) throws -> Target {
        guard let grid = catalog.latest(referentiel)?.referentiel else { throw WorkspaceError.unknownReferentiel(referentiel) }
        guard let found = grid.criterion(id: criterion) else { throw WorkspaceError.unknownCriterion(criterion, referentiel: grid.reference) }
        if let (_, problem) = AnswerChecker(referentiel: grid).problem(withTarget: level, for: found) {
            throw WorkspaceError.targetOutsideScale(problem)
        }
        if let longTermLevel, let (_, problem) = AnswerChecker(referentiel: grid).problem(withTarget: longTermLevel, for: found) {
            throw WorkspaceError.targetOutsideScale(problem)
        }
        let target = Target(organisationSlug: organisation, referentielID: referentiel, criterionID: criterion, level: level, horizon: horizon?.description,
                            longTermLevel: longTermLevel, longTermHorizon: longTermLevel == nil ? nil : longTermHorizon?.description)
        try withStore { try $0.setTarget(target) }
        return target
    }

    /// An organisation's targets, grid by grid.
    public func targets(organisation slug: String) throws -> [Target] {
        try withStore(.read) { store in
            _ = try requireOrganisation(slug, store)
            return try store.targets(organisationSlug: slug)
        }
    }

    /// Adds an action to an organisation's plan; a criterion must exist in some version of its grid.
    @discardableResult
    public func addAction(_ action: PlannedAction) throws -> PlannedAction {
        var action = action
        action.title = try TextDoor.check(action.title, as: .actionTitle)
        action.owner = try TextDoor.check(action.owner, as: .actionOwner)
        action.notes = try TextDoor.check(action.notes, as: .actionNotes)
        if let referentiel = action.referentielID, let criterion = action.criterionID,
           !catalog.versions(of: referentiel).contains(where: { $0.referentiel.criterion(id: criterion) != nil }) {
            throw WorkspaceError.unknownCriterion(criterion, referentiel: referentiel)
        }
        return try withStore { try $0.addAction(action) }
    }

    /// An organisation's actions, open ones first; closed ones too unless `openOnly`.
    public func actions(organisation slug: String, openOnly: Bool = false) throws -> [PlannedAction] {
        try withStore(.read) { store in
            _ = try requireOrganisation(slug, store)
            return try store.actions(organisationSlug: slug, includeClosed: !openOnly)
        }
    }

    /// Marks an action as done (the day is recorded).
    public func markActionDone(_ id: Int64) throws {
        try withStore { try $0.setActionStatus(id: id, .done) }
    }
}
