import PratiquesCore

/// An organisation with its assessments, targets and actions.
public struct OrganisationOverview: Sendable {
    public var organisation: Organisation
    public var assessments: [AssessmentSummary]
    public var targets: [Target]
    public var actions: [PlannedAction]
}

extension Workspace {
    /// Adds an organisation, or updates the one with the same slug.
    @discardableResult
    public func saveOrganisation(_ organisation: Organisation) throws -> Organisation {
        var organisation = organisation
        organisation.name = try TextDoor.check(organisation.name, as: .organisationName)
        organisation.departement = try TextDoor.check(organisation.departement, as: .organisationDetail)
        organisation.epci = try TextDoor.check(organisation.epci, as: .organisationDetail)
        organisation.sector = try TextDoor.check(organisation.sector, as: .organisationDetail)
        return try withStore(.create) { [organisation] in try $0.save(organisation) }
    }

    /// Every organisation, by name.
    public func organisations() throws -> [Organisation] {
        try withStore(.read) { try $0.organisations() }
    }

    /// The organisation with this slug.
    public func organisation(_ slug: String) throws -> Organisation {
        try withStore(.read) { try requireOrganisation(slug, $0) }
    }

    /// An organisation, its assessments (oldest first), targets and actions (open ones first).
    public func organisationOverview(_ slug: String) throws -> OrganisationOverview {
        try withStore(.read) { store in
            OrganisationOverview(organisation: try requireOrganisation(slug, store), assessments: try store.assessmentSummaries(organisationSlug: slug),
                                 targets: try store.targets(organisationSlug: slug), actions: try store.actions(organisationSlug: slug))
        }
    }
}
