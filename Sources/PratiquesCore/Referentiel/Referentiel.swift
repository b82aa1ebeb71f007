/// One version of a self-assessment grid: its scales, dimensions and criteria.
///
/// A référentiel is fixed data read from `referentiels/<id>/<version>.yaml`. Answers never live
/// in it; they point to it by id, version and content hash.
public struct Referentiel: Sendable, Codable {
    /// Stable slug, never renamed nor reused (`gouvernance-democratique`).
    public var id: String
    /// Semantic version of this grid.
    public var version: SemanticVersion
    public var title: LocalizedText
    public var description: LocalizedText?
    /// Where the content comes from.
    public var source: LocalizedText
    /// What changed in this version and why (`changelog`), for people comparing versions.
    public var changelog: LocalizedText?
    /// Answer scales used by the criteria.
    public var scales: [Scale]
    /// Dimensions, in display order.
    public var dimensions: [Dimension]
    /// Mapping from the previous version (major versions).
    public var migration: Migration?

    public init(id: String, version: SemanticVersion, title: LocalizedText, description: LocalizedText? = nil,
                source: LocalizedText, changelog: LocalizedText? = nil, scales: [Scale], dimensions: [Dimension], migration: Migration? = nil) {
        self.id = id
        self.version = version
        self.title = title
        self.description = description
        self.source = source
        self.changelog = changelog
        self.scales = scales
        self.dimensions = dimensions
        self.migration = migration
    }

    /// Every criterion, in display order.
    public var criteria: [Criterion] { dimensions.flatMap(\.criteria) }

    /// The scale with this id.
    public func scale(id: String) -> Scale? { scales.first { $0.id == id } }

    /// The criterion with this id.
    public func criterion(id: String) -> Criterion? {
        for dimension in dimensions {
            if let criterion = dimension.criteria.first(where: { $0.id == id }) { return criterion }
        }
        return nil
    }

    /// The dimension that holds the criterion with this id.
    public func dimension(containing criterionID: String) -> Dimension? {
        dimensions.first { $0.criteria.contains { $0.id == criterionID } }
    }

    /// The conditions under which a criterion applies: its dimension's and its own together;
    /// `nil` when it applies to every organisation.
    public func appliesTo(criterionID: String) -> AppliesTo? {
        let own = criterion(id: criterionID)?.appliesTo
        guard let inherited = dimension(containing: criterionID)?.appliesTo else { return own }
        return own.map(inherited.and) ?? inherited
    }

    /// Whether a criterion applies to an organisation with this profile.
    public func applicability(of criterionID: String, for profile: OrganisationProfile) -> Applicability {
        appliesTo(criterionID: criterionID)?.evaluate(profile) ?? .applies
    }

    /// The criteria tagged with a theme of the legal guide, in display order.
    public func criteria(in theme: GuideTheme) -> [Criterion] {
        criteria.filter { $0.guideThemes.contains(theme) }
    }

    /// `id@version`, the usual way to name one version of a grid.
    public var reference: String { "\(id)@\(version)" }
}
