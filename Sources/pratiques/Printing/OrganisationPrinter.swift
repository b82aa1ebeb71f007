import PratiquesApp
import PratiquesCore

/// Prints organisations: the list, and one organisation with its assessments, targets and plan.
struct OrganisationPrinter {
    var language: Language

    func table(_ organisations: [Organisation]) -> String {
        let l = language
        return TextTable.render(header: ["id", HeaderText.name[l], HeaderText.form[l], HeaderText.department[l], HeaderText.size[l], HeaderText.named[l]],
                                rows: organisations.map {
                                    [$0.slug, $0.name, $0.legalForm.label(in: l), $0.departement ?? "", $0.sizeBand?.rawValue ?? "",
                                     ($0.consentsToBeNamed ? CommonText.yes : CommonText.no)[l]]
                                })
    }

    func render(_ overview: OrganisationOverview) -> String {
        let l = language
        let organisation = overview.organisation
        var lines = ["\(organisation.name) (\(organisation.slug)) — \(organisation.legalForm.label(in: l))"]
        let details = [("SIRET", organisation.siret), (OrgText.department[l], organisation.departement), ("EPCI", organisation.epci),
                       (OrgText.sector[l], organisation.sector), (OrgText.staff[l], organisation.sizeBand?.rawValue)]
        for (name, value) in details { if let value { lines.append("  \(name) : \(value)") } }
        lines.append("  " + OrgText.namedInFunderReports[l] + (organisation.consentsToBeNamed ? CommonText.yes : CommonText.no)[l])
        lines += ["", OrgText.assessments[l], AssessmentPrinter.table(overview.assessments, withOrganisation: false, l)]
        if !overview.targets.isEmpty {
            lines += ["", OrgText.targets[l]]
            for target in overview.targets { lines.append("  \(target.referentielID) \(target.criterionID) → \(target.level)\(target.horizon.map { " (\($0))" } ?? "")") }
        }
        if !overview.actions.isEmpty {
            lines += ["", OrgText.actionPlan[l], PlanPrinter.actions(overview.actions, l)]
        }
        return lines.joined(separator: "\n")
    }
}
