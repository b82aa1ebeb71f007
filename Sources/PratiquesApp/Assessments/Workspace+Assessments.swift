import PratiquesCore
import PratiquesStore

/// One assessment as given, with the grid version it was given on and its score there.
public struct AssessmentDetail: Sendable {
    public var summary: AssessmentSummary
    public var assessment: Assessment
    public var referentiel: LoadedReferentiel
    /// On ``referentiel``, with the organisation's targets.
    public var score: AssessmentScore
}

extension Workspace {
    /// Assessments, oldest first: one organisation's, or every one.
    public func assessments(organisation slug: String? = nil) throws -> [AssessmentSummary] {
        try withStore(.read) { store in
            if let slug { _ = try requireOrganisation(slug, store) }
            return try store.assessmentSummaries(organisationSlug: slug)
        }
    }

    /// One assessment criterion by criterion: every respondent's answers, the consensus, and its
    /// score on the version it was given on, with the organisation's targets and profile.
    public func assessmentDetail(_ id: Int64) throws -> AssessmentDetail {
        try withStore(.read) { store in
            let summary = try requireAssessment(id, store)
            let assessment = try store.assessment(summary)
            let loaded = try store.referentiel(snapshotID: summary.snapshotID)
            let targets = try store.targets(organisationSlug: summary.organisationSlug, referentielID: summary.referentiel.id)
            let profile = try store.organisation(slug: summary.organisationSlug)?.profile
            let score = ScoringEngine(referentiel: loaded.referentiel, sha256: loaded.sha256).score(assessment, targets: Scorer.levels(targets),
                                                                                                    profile: profile)
            return AssessmentDetail(summary: summary, assessment: assessment, referentiel: loaded, score: score)
        }
    }

    /// Everything the store holds about some organisations (all when `slugs` is empty), as the
    /// exchange document that imports back to the same data.
    public func exportDocument(organisations slugs: [String] = []) throws -> ExchangeDocument {
        try withStore(.read) { store in
            for slug in slugs { _ = try requireOrganisation(slug, store) }
            let organisations = try store.organisations().filter { slugs.isEmpty || slugs.contains($0.slug) }
            var assessments: [Assessment] = []
            var targets: [Target] = []
            var actions: [PlannedAction] = []
            for organisation in organisations {
                for summary in try store.assessmentSummaries(organisationSlug: organisation.slug) {
                    assessments.append(try store.assessment(summary))
                }
                targets += try store.targets(organisationSlug: organisation.slug)
                actions += try store.actions(organisationSlug: organisation.slug)
            }
            return ExchangeDocument(organisations: organisations, assessments: assessments, targets: targets, actions: actions)
        }
    }

    func requireAssessment(_ id: Int64, _ store: AssessmentStore) throws -> AssessmentSummary {
        guard let summary = try store.assessmentSummary(id: id) else { throw WorkspaceError.unknownAssessment(id) }
        return summary
    }
}
