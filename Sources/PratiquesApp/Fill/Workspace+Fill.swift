import Foundation
import PratiquesCore
import PratiquesStore

extension Workspace {
    /// Starts (or resumes) one respondent's fill of an organisation's draft on a grid.
    ///
    /// The draft is `assessment` when given (it must be a draft of that organisation on that
    /// grid), else the organisation's newest draft on the newest version of the grid, else a
    /// new one, labelled with the day (« (2) », « (3) »… when that label is taken). The
    /// respondent is the draft's one with that role (and name, when given; compared without
    /// case or accents); without a role, the draft's only respondent. A respondent not found is
    /// added.
    public func startFill(organisation slug: String, referentiel: String, assessment: Int64? = nil, role: RespondentRole? = nil,
                          name: String? = nil) throws -> FillSession {
        let name = try TextDoor.check(name, as: .respondentName)
        let catalog = self.catalog
        return try withStore { store in
            _ = try requireOrganisation(slug, store)
            let grids = GridResolver(store: store, catalog: catalog)
            try grids.requireUnchanged([referentiel])
            var created = false
            let summary: AssessmentSummary
            if let assessment {
                let found = try requireAssessment(assessment, store)
                switch DraftCheck.problem(with: found, organisation: slug, referentiel: referentiel) {
                case .ofAnother?: throw WorkspaceError.draftOfAnother(assessment: found, organisation: slug, referentiel: referentiel)
                case .complete?: throw WorkspaceError.draftComplete(assessment)
                case nil: summary = found
                }
            } else {
                guard let latest = catalog.latest(referentiel) else { throw WorkspaceError.referentielNotFound(referentiel) }
                if let draft = try store.newestDraft(organisationSlug: slug, referentielID: referentiel, version: latest.referentiel.version) {
                    summary = draft
                } else {
                    let day = Day.today().description
                    let id: Int64
                    do {
                        id = try store.createDraft(organisationSlug: slug, loaded: latest, date: day) { $0 == 1 ? day : "\(day) (\($0))" }
                    } catch StoreError.snapshotInUse(let id, let version, let assessments) {
                        throw WorkspaceError.changedWithoutBump(grids.changedGrid(referentielID: id, version: version, assessments: assessments))
                    }
                    summary = try requireAssessment(id, store)
                    created = true
                }
            }
            let loaded = try store.referentiel(snapshotID: summary.snapshotID)
            let respondent = try Self.respondent(of: summary, role: role, name: name, store)
            return try FillSession(assessmentID: summary.id, respondent: respondent, createdAssessment: created, loaded: loaded, store: store)
        }
    }

    /// The draft's respondent designated by `role` and `name`, added when there is none.
    private static func respondent(of summary: AssessmentSummary, role: RespondentRole?, name: String?, _ store: AssessmentStore) throws -> Respondent {
        let respondents = try store.assessment(summary).respondents
        let wantedName = name?.trimmingCharacters(in: .whitespaces)
        func same(_ a: String?, _ b: String?) -> Bool {
            (a ?? "").folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) == (b ?? "").folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        var candidates = respondents.filter { (role == nil || $0.role == role) && (wantedName == nil || same($0.name, wantedName)) }
        if role != nil, wantedName == nil, candidates.count > 1, candidates.contains(where: { $0.name == nil }) {
            // Without a name, the unnamed respondent of that role, if there is one.
            candidates = candidates.filter { $0.name == nil }
        }
        if candidates.count == 1, let respondent = candidates.first, respondent.id != nil { return respondent }
        if candidates.count > 1 { throw WorkspaceError.severalRespondents(assessment: summary.id, respondents: respondents) }
        guard let role else { throw WorkspaceError.roleNeeded(assessment: summary.id, respondents: respondents) }
        let given = (wantedName?.isEmpty ?? true) ? nil : wantedName
        let id = try store.addRespondent(assessmentID: summary.id, role: role, name: given)
        return Respondent(id: id, role: role, name: given)
    }
}

extension Workspace {
    /// Resumes one known respondent's fill of a draft (a front end that keeps the respondent, a
    /// personal link say). The assessment must still be a draft, and the respondent one of its own.
    public func fillSession(assessment id: Int64, respondent respondentID: Int64) throws -> FillSession {
        try withStore { store in
            let summary = try requireAssessment(id, store)
            guard summary.status == .draft else { throw WorkspaceError.draftComplete(id) }
            guard let respondent = try store.assessment(summary).respondents.first(where: { $0.id == respondentID }) else {
                throw WorkspaceError.unknownRespondent(assessment: id, respondent: respondentID)
            }
            return try FillSession(assessmentID: id, respondent: respondent, createdAssessment: false,
                                   loaded: try store.referentiel(snapshotID: summary.snapshotID), store: store)
        }
    }
}
