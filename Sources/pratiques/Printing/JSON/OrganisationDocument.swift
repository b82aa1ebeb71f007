import PratiquesApp
import PratiquesCore

/// `org show --json`: the organisation, its assessments, targets and actions.
struct OrganisationDocument: Encodable {
    var organisation: Organisation
    var assessments: [AssessmentSummary]
    var targets: [Target]
    var actions: [PlannedAction]

    init(_ overview: OrganisationOverview) {
        organisation = overview.organisation
        assessments = overview.assessments
        targets = overview.targets
        actions = overview.actions
    }
}
