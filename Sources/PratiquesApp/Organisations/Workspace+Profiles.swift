import PratiquesCore

/// A change to an organisation's profile: each field set replaces the stored one; `.some(nil)`
/// makes it unknown again; `nil` leaves it as it is.
public struct ProfileChange: Sendable, Hashable {
    public var sizeBand: SizeBand??
    public var hasGeneralAssembly: Bool??
    public var hasBoard: Bool??
    public var hasVolunteers: Bool??

    public init(sizeBand: SizeBand?? = nil, hasGeneralAssembly: Bool?? = nil, hasBoard: Bool?? = nil, hasVolunteers: Bool?? = nil) {
        self.sizeBand = sizeBand
        self.hasGeneralAssembly = hasGeneralAssembly
        self.hasBoard = hasBoard
        self.hasVolunteers = hasVolunteers
    }

    /// Whether the change sets nothing.
    public var isEmpty: Bool { sizeBand == nil && hasGeneralAssembly == nil && hasBoard == nil && hasVolunteers == nil }

    /// `organisation` with the change applied.
    public func applied(to organisation: Organisation) -> Organisation {
        var result = organisation
        if let sizeBand { result.sizeBand = sizeBand }
        if let hasGeneralAssembly { result.hasGeneralAssembly = hasGeneralAssembly }
        if let hasBoard { result.hasBoard = hasBoard }
        if let hasVolunteers { result.hasVolunteers = hasVolunteers }
        return result
    }
}

extension Workspace {
    /// Changes the profile of an existing organisation (what decides which criteria apply to
    /// it) and returns the organisation as saved; nothing else of it changes.
    @discardableResult
    public func updateProfile(organisation slug: String, _ change: ProfileChange) throws -> Organisation {
        try withStore { store in
            let organisation = try requireOrganisation(slug, store)
            return try store.save(change.applied(to: organisation))
        }
    }
}

extension Organisation {
    /// This organisation with `change` applied to its profile.
    public func applying(_ change: ProfileChange) -> Organisation { change.applied(to: self) }
}
