/// Every known version of one grid, the chain that carries answers between them, and the
/// version scores are expressed on: resolved once per grid, then used for each of its
/// assessments.
///
/// The known versions are the store's snapshots (what assessments were given on) and the grid
/// files of versions the store does not keep yet. Assessments are carried along the chain of
/// every known version, else, when the files cannot be chained (a major version without its
/// migration), along the chain of the stored versions alone. When neither can be chained there
/// is no common version: ``chain`` and ``scoredOn`` are `nil` and each assessment can only be
/// scored on its own version.
public struct GridVersions: Sendable {
    public let referentielID: String
    /// Oldest first; a stored snapshot wins over the file of the same version.
    public let versions: [LoadedReferentiel]
    /// The chain of every known version, or why it cannot be built.
    public let chainOfAll: Result<VersionChain, VersionChainError>
    /// The chain assessments are carried along (see the type's documentation).
    public let chain: VersionChain?
    /// The newest version of ``chain``: the one scores are expressed on.
    public let scoredOn: LoadedReferentiel?
    private let engines: [SemanticVersion: ScoringEngine]

    /// Resolves the versions of `referentielID` from the stored snapshots and the grid files.
    public init(referentielID: String, stored: [LoadedReferentiel], files: [LoadedReferentiel]) {
        self.referentielID = referentielID
        var byVersion: [SemanticVersion: LoadedReferentiel] = [:]
        for loaded in files { byVersion[loaded.referentiel.version] = loaded }
        for loaded in stored { byVersion[loaded.referentiel.version] = loaded }
        let versions = byVersion.values.sorted { $0.referentiel.version < $1.referentiel.version }
        self.versions = versions
        let all = Result { () throws(VersionChainError) -> VersionChain in try VersionChain(versions: versions.map(\.referentiel)) }
        chainOfAll = all
        let chain: VersionChain?
        switch all {
        case .success(let whole): chain = whole
        case .failure: chain = try? VersionChain(versions: stored.map(\.referentiel))
        }
        self.chain = chain
        scoredOn = chain.flatMap { chain in versions.first { $0.referentiel.version == chain.newest.version } }
        engines = Dictionary(versions.map { ($0.referentiel.version, ScoringEngine(referentiel: $0.referentiel, sha256: $0.sha256)) },
                             uniquingKeysWith: { first, _ in first })
    }

    /// The newest known version (where a new draft goes).
    public var newest: LoadedReferentiel? { versions.last }

    /// One known version.
    public func version(_ version: SemanticVersion) -> LoadedReferentiel? {
        versions.first { $0.referentiel.version == version }
    }

    /// The scoring rules of one known version.
    public func engine(for version: SemanticVersion) -> ScoringEngine? { engines[version] }

    /// `assessment` carried onto ``scoredOn`` along ``chain``; the carried assessment and the
    /// report's `to` name the content (sha256) of that version.
    public func carry(_ assessment: Assessment) throws(VersionChainError) -> CarriedAssessment {
        guard let chain, let scoredOn else {
            if case .failure(let error) = chainOfAll { throw error }
            throw VersionChainError(fr: "aucune version", en: "no version")
        }
        var carried = try AnswerCarrier.carry(assessment, chain: chain)
        carried.assessment.referentiel.sha256 = scoredOn.sha256
        carried.report.to.sha256 = scoredOn.sha256
        return carried
    }
}
