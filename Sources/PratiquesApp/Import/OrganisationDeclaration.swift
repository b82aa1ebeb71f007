import PratiquesCore

/// An import's declaration of an organisation the store already holds, compared field by field:
/// an assessment import never changes a stored organisation without being asked (`--update-org`),
/// and never changes its consent to be named (only `org consent` does).
struct OrganisationDeclaration {
    /// One field the file declares differently: its key in the file, the stored and declared values.
    struct Difference: Sendable, Hashable {
        var field: String
        var old: String
        var new: String
    }

    let stored: Organisation
    let declared: Organisation

    /// The fields the file declares (those it leaves out are not compared) that differ, consent aside.
    var differences: [Difference] {
        var found: [Difference] = []
        func compare(_ field: String, _ old: String?, _ new: String?) {
            guard let new, new != old else { return }
            found.append(Difference(field: field, old: old ?? "—", new: new))
        }
        compare("name", stored.name, declared.name)
        compare("legal_form", stored.legalForm.rawValue, declared.legalForm.rawValue)
        compare("siret", stored.siret, declared.siret)
        compare("departement", stored.departement, declared.departement)
        compare("epci", stored.epci, declared.epci)
        compare("sector", stored.sector, declared.sector)
        compare("size_band", stored.sizeBand?.rawValue, declared.sizeBand?.rawValue)
        return found
    }

    /// Whether the file declares another consent than the stored one.
    var consentDiffers: Bool { stored.consentsToBeNamed != declared.consentsToBeNamed }

    /// The stored organisation with the declared fields (`--update-org`): its id and consent kept.
    var updated: Organisation {
        var organisation = stored
        organisation.name = declared.name
        organisation.legalForm = declared.legalForm
        organisation.siret = declared.siret ?? stored.siret
        organisation.departement = declared.departement ?? stored.departement
        organisation.epci = declared.epci ?? stored.epci
        organisation.sector = declared.sector ?? stored.sector
        organisation.sizeBand = declared.sizeBand ?? stored.sizeBand
        return organisation
    }
}
