import PratiquesCore
import PratiquesStore

extension ImportWriter {
    /// Writes an organisation the file declares: a new one as declared; a stored one stays as it
    /// is when the file agrees, is refused field by field (old → new) when it differs, unless
    /// `--update-org` (``ImportOptions/updateOrganisations``) asks to update it. A differing
    /// consent to be named is always refused: only `org consent` changes it.
    mutating func declare(_ located: ImportBatch.Located<Organisation>) throws {
        let declared = located.item
        let prefix = located.organisationField.hasSuffix(".id") ? String(located.organisationField.dropLast(3)) : located.organisationField
        guard let stored = try transaction.organisation(slug: declared.slug) else {
            organisationIDs[declared.slug] = try transaction.save(declared)
            summary.organisations += 1
            return
        }
        organisationIDs[declared.slug] = stored.id
        let declaration = OrganisationDeclaration(stored: stored, declared: declared)
        if declaration.consentDiffers {
            refuse(located.location, "\(prefix).consent_named", .consentDiffers(organisation: declared.slug, stored: stored.consentsToBeNamed))
        }
        let differences = declaration.differences
        guard !differences.isEmpty else { return }
        guard options.updateOrganisations else {
            for difference in differences {
                refuse(located.location, "\(prefix).\(difference.field)",
                       .organisationDiffers(organisation: declared.slug, field: difference.field, old: difference.old, new: difference.new))
            }
            return
        }
        try transaction.save(declaration.updated)
        summary.organisations += 1
    }
}
