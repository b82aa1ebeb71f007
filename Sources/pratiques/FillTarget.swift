import PratiquesCore
import PratiquesStore

/// The draft and the respondent a `fill` session writes to.
///
/// The draft is `--assessment ID` when given (it must be a draft of that organisation on that
/// grid), else the organisation's newest draft on the newest version of the grid, else a new
/// one. The respondent is the draft's one with that role (and name, when given); without
/// `--role`, the draft's only respondent. A respondent not found is added.
struct FillTarget {
    var assessmentID: Int64
    var createdAssessment: Bool
    var respondentID: Int64
    var role: RespondentRole
    var name: String?
    var loaded: LoadedReferentiel

    static func resolve(store: AssessmentStore, catalog: ReferentielCatalog, organisation: String, referentiel: String,
                        assessmentID: Int64?, role: RespondentRole?, name: String?) throws -> FillTarget {
        _ = try store.requireOrganisation(organisation)
        // A grid file changed without a version bump while assessments use it: refuse before using it.
        try store.requireUnchangedFiles(in: catalog, referentielIDs: [referentiel])
        var created = false
        let summary: AssessmentSummary
        if let assessmentID {
            guard let found = try store.assessmentSummary(id: assessmentID) else {
                throw CLIFailure(fr: "évaluation \(assessmentID) inconnue (voir « pratiques assess list »)", en: "unknown assessment \(assessmentID) (see 'pratiques assess list')")
            }
            guard found.organisationSlug == organisation, found.referentiel.id == referentiel else {
                throw CLIFailure(fr: "l'évaluation \(assessmentID) porte sur \(found.organisationSlug) et \(found.referentiel), pas sur \(organisation) et \(referentiel)",
                                 en: "assessment \(assessmentID) is about \(found.organisationSlug) and \(found.referentiel), not \(organisation) and \(referentiel)")
            }
            guard found.status == .draft else {
                throw CLIFailure(fr: "l'évaluation \(assessmentID) est terminée ; elle ne se remplit plus", en: "assessment \(assessmentID) is complete; it can no longer be filled")
            }
            summary = found
        } else {
            guard let latest = catalog.latest(referentiel) else {
                throw CLIFailure(fr: "référentiel « \(referentiel) » introuvable (voir « pratiques referentiel list »)",
                                 en: "référentiel '\(referentiel)' not found (see 'pratiques referentiel list')")
            }
            if let draft = try store.newestDraft(organisationSlug: organisation, referentielID: referentiel, version: latest.referentiel.version) {
                summary = draft
            } else {
                let id = try store.createDraft(organisationSlug: organisation, loaded: latest, date: DateText.today())
                guard let fresh = try store.assessmentSummary(id: id) else { throw CLIFailure(fr: "brouillon introuvable", en: "draft not found") }
                summary = fresh
                created = true
            }
        }
        let loaded = try store.referentiel(snapshotID: summary.snapshotID)
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
        let listing = respondents.map { $0.role.rawValue + ($0.name.map { " « \($0) »" } ?? "") }.joined(separator: ", ")
        if candidates.count == 1, let respondent = candidates.first, let id = respondent.id {
            return FillTarget(assessmentID: summary.id, createdAssessment: created, respondentID: id, role: respondent.role, name: respondent.name, loaded: loaded)
        }
        if candidates.count > 1 {
            throw CLIFailure(fr: "plusieurs répondants correspondent dans l'évaluation \(summary.id) (\(listing)) : précisez --role et --name",
                             en: "several respondents match in assessment \(summary.id) (\(listing)): give --role and --name")
        }
        guard let role else {
            throw CLIFailure(fr: "précisez le rôle du répondant avec --role\(listing.isEmpty ? "" : " (répondants de l'évaluation \(summary.id) : \(listing))")",
                             en: "give the respondent's role with --role\(listing.isEmpty ? "" : " (respondents of assessment \(summary.id): \(listing))")")
        }
        let name = (wantedName?.isEmpty ?? true) ? nil : wantedName
        let id = try store.addRespondent(assessmentID: summary.id, role: role, name: name)
        return FillTarget(assessmentID: summary.id, createdAssessment: created, respondentID: id, role: role, name: name, loaded: loaded)
    }
}
