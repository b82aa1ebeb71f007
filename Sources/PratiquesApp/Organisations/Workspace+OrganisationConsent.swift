import PratiquesCore
import PratiquesStore

extension Workspace {
    /// Records whether an organisation agrees to be named in reports for funders: the one way
    /// its consent changes (an import never changes it).
    @discardableResult
    public func setConsent(organisation slug: String, named: Bool) throws -> Organisation {
        try withStore(.write) { store in
            var organisation = try requireOrganisation(slug, store)
            organisation.consentsToBeNamed = named
            return try store.save(organisation)
        }
    }
}
