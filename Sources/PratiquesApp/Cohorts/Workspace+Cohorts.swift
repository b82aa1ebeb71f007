import PratiquesCore
import PratiquesStore

extension Workspace {
    /// Every cohort, by name.
    public func cohorts() throws -> [Cohort] {
        try withStore(.read) { try $0.cohorts() }
    }

    /// Creates a cohort following a parcours; its name must be new.
    @discardableResult
    public func createCohort(_ name: String, parcours: String) throws -> Cohort {
        let (name, parcours) = (try TextDoor.check(name, as: .cohortLabel), try TextDoor.check(parcours, as: .cohortLabel))
        return try withStore(.create) { try $0.createCohort(name: name, parcours: parcours) }
    }

    /// Adds a session after the cohort's others (see `Cohort/nextSession(label:date:windowStart:windowEnd:)`).
    @discardableResult
    public func addSession(cohort name: String, label: String, date: Day, windowStart: Day? = nil, windowEnd: Day? = nil) throws -> CohortSession {
        let label = try TextDoor.check(label, as: .cohortLabel)
        return try withStore { store in
            guard let cohort = try store.cohort(name: name) else { throw WorkspaceError.unknownCohort(name) }
            switch cohort.nextSession(label: label, date: date, windowStart: windowStart, windowEnd: windowEnd) {
            case .failure(let problem):
                throw WorkspaceError.session(cohort: name, label: label, date: date, problem: problem)
            case .success(let session):
                try store.addCohortSession(cohort: name, session)
                return session
            }
        }
    }

    /// Adds organisations to a cohort (members already are left as they are); one unknown
    /// organisation refuses the whole list.
    public func addMembers(cohort name: String, organisations: [String]) throws {
        try withStore { store in
            do {
                try store.addCohortMembers(cohort: name, organisations: organisations)
            } catch StoreError.unknownOrganisation(let slug) {
                throw WorkspaceError.unknownMember(cohort: name, organisation: slug)
            }
        }
    }

    /// Links assessments of members to a session explicitly: each then represents its
    /// organisation at that session for its grid, whatever its date. One refusal links none.
    public func link(cohort name: String, session label: String, assessments ids: [Int64]) throws {
        try withStore { store in
            guard let cohort = try store.cohort(name: name) else { throw WorkspaceError.unknownCohort(name) }
            guard cohort.session(label: label) != nil else {
                throw WorkspaceError.unknownSession(cohort: name, label: label, sessions: cohort.sessions.map(\.label))
            }
            for id in ids {
                guard let summary = try store.assessmentSummary(id: id) else {
                    throw WorkspaceError.unknownLinkedAssessment(cohort: name, session: label, assessment: id)
                }
                guard cohort.members.contains(summary.organisationSlug) else {
                    throw WorkspaceError.notAMember(cohort: name, session: label, assessment: id, organisation: summary.organisationSlug)
                }
            }
            try store.linkCohortAssessments(cohort: name, session: label, assessmentIDs: ids)
        }
    }
}
