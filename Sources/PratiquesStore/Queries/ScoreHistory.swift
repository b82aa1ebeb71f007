import PratiquesCore

/// One assessment with its scores and its change since the organisation's previous assessment
/// of the same grid.
///
/// Scores are expressed on the newest version of the grid: an assessment given on an older
/// version is carried through the chain of migrations first (``carry`` says how, and which
/// criteria cannot be compared).
public struct ScoredAssessment: Sendable, Codable {
    public var summary: AssessmentSummary
    /// The score on the newest version of the grid (`score.referentiel`).
    public var score: AssessmentScore
    /// Change since the previous assessment of the same grid, both on the newest version.
    public var progress: ScoreProgress?
    /// The label of the assessment `progress` starts from.
    public var previousLabel: String?
    /// Whether the answers were carried from an older version (`summary.referentiel.version`).
    public var carried: Bool
    /// What carrying did: set when `carried`.
    public var carry: CarryReport?
}

/// A scored assessment with the assessment itself, as given and on the newest version.
public struct ScoredHistoryEntry: Sendable {
    public var scored: ScoredAssessment
    public var stored: CarriedStoredAssessment
}

extension AssessmentStore {
    /// Every assessment of an organisation, oldest first, scored with its targets on the newest
    /// version of its grid known to the store or to `catalog`, with its change since the
    /// previous assessment of the same grid.
    public func scoreHistory(organisationSlug: String, referentielID: String? = nil, catalog: ReferentielCatalog? = nil) throws -> [ScoredAssessment] {
        try scoredHistoryEntries(organisationSlug: organisationSlug, referentielID: referentielID, catalog: catalog).map(\.scored)
    }

    /// ``scoreHistory(organisationSlug:referentielID:catalog:)`` with the assessments themselves.
    public func scoredHistoryEntries(organisationSlug: String, referentielID: String? = nil, catalog: ReferentielCatalog? = nil) throws -> [ScoredHistoryEntry] {
        let summaries = try assessmentSummaries(organisationSlug: organisationSlug).filter { referentielID == nil || $0.referentiel.id == referentielID }
        let targets = try self.targets(organisationSlug: organisationSlug)
        var chains: [String: VersionChain?] = [:]
        var engines: [String: ScoringEngine] = [:]
        var previous: [String: ScoredAssessment] = [:]
        var history: [ScoredHistoryEntry] = []
        for summary in summaries {
            let gridID = summary.referentiel.id
            if chains[gridID] == nil { chains[gridID] = .some(try? chain(of: gridID, catalog: catalog)) }
            let stored: CarriedStoredAssessment
            if let chain = chains[gridID] ?? nil {
                stored = try carriedAssessment(summary, catalog: catalog, chain: chain)
            } else {
                // Versions that cannot be chained (a major version without its migration): each
                // assessment is scored on its own version, compared only with the same version.
                let own = try referentiel(snapshotID: summary.snapshotID)
                let assessment = try assessment(summary)
                let report = CarryReport(steps: [], origin: summary.referentiel)
                stored = CarriedStoredAssessment(summary: summary, original: own, newest: own,
                                                 carried: CarriedAssessment(assessment: assessment, original: assessment, report: report))
            }
            let key = (chains[gridID] ?? nil) == nil ? summary.referentiel.description : gridID
            if engines[key] == nil { engines[key] = ScoringEngine(referentiel: stored.newest.referentiel, sha256: stored.newest.sha256) }
            let goals = Dictionary(targets.filter { $0.referentielID == gridID }.map { ($0.criterionID, $0.level) },
                                   uniquingKeysWith: { _, last in last })
            let score = engines[key]!.score(stored.carried.assessment, targets: goals)
            let before = previous[key]
            let scored = ScoredAssessment(summary: summary, score: score,
                                          progress: before.map { ScoreProgress(from: $0.score, to: score) },
                                          previousLabel: before?.summary.label,
                                          carried: stored.carried.isCarried,
                                          carry: stored.carried.isCarried ? stored.carried.report : nil)
            previous[key] = scored
            history.append(ScoredHistoryEntry(scored: scored, stored: stored))
        }
        return history
    }

    /// The chain of a grid's versions: the store's and the catalog's, else the store's alone
    /// (the same fallback for the score history and the cohort comparison).
    func chain(of gridID: String, catalog: ReferentielCatalog?) throws -> VersionChain {
        do {
            return try versionChain(of: gridID, catalog: catalog)
        } catch {
            return try versionChain(of: gridID, catalog: nil)
        }
    }
}
