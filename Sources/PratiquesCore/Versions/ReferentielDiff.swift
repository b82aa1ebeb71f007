/// What changed between two versions of a grid, criterion by criterion: `pratiques
/// referentiel diff REF V1 V2`.
///
/// Criteria are matched by id (ids are never reused); the migration steps between the two
/// versions, composed through every version in between, say where the answers of removed
/// criteria go.
public struct ReferentielDiff: Sendable, Codable {
    /// One kind of change.
    public enum Change: String, Sendable, Codable, CaseIterable {
        /// New in the newer version.
        case added
        /// Gone from the newer version.
        case removed
        /// In another dimension.
        case moved
        /// Question, help, short label or level descriptors reworded; the themes of the legal
        /// guide (`guide_themes`) or a dimension's `reconstructed` mark changed.
        case wording
        /// Scale, its levels, the bands, bounds or unit of a number, or the polarity of a yes/no
        /// (`yes_is`) changed.
        case levels
        /// Weight changed.
        case weight
        /// Kind changed (level, yes_no, number, text), or whether it is a fact (`fact`).
        case kind
        /// Whether « non applicable » is allowed, or which organisations it concerns
        /// (`applies_to`), changed.
        case notApplicable = "not_applicable"
    }

    /// The changes of one criterion (or dimension, or scale).
    public struct Entry: Sendable, Codable, Hashable {
        public var id: String
        public var changes: [Change]
        /// Details, one per change (`weight 2 → 1`, `question`…).
        public var details: [String]
    }

    public var referentielID: String
    public var from: SemanticVersion
    public var to: SemanticVersion
    public var scales: [Entry]
    public var dimensions: [Entry]
    /// Every criterion that changed, in the order of the older version then the new ones.
    public var criteria: [Entry]
    /// Where the answers of each criterion go from `from` to `to` (composed through the
    /// versions in between); `nil` when the versions cannot be chained.
    public var carry: CarryReport?

    /// Compares `older` with `newer`; `chain` (holding both) gives the composed migration.
    public init(from older: Referentiel, to newer: Referentiel, chain: VersionChain? = nil) {
        referentielID = newer.id
        from = older.version
        to = newer.version
        var scales: [Entry] = []
        for scale in older.scales {
            guard let other = newer.scale(id: scale.id) else {
                scales.append(Entry(id: scale.id, changes: [.removed], details: ["removed"]))
                continue
            }
            var details: [String] = []
            var changes: [Change] = []
            if scale.levels.map(\.value) != other.levels.map(\.value) {
                changes.append(.levels)
                details.append("levels \(scale.levels.map(\.value)) → \(other.levels.map(\.value))")
            }
            if scale.levels.map(\.label) != other.levels.map(\.label) || scale.title != other.title {
                changes.append(.wording)
                details.append("labels")
            }
            if !changes.isEmpty { scales.append(Entry(id: scale.id, changes: changes, details: details)) }
        }
        for scale in newer.scales where older.scale(id: scale.id) == nil {
            scales.append(Entry(id: scale.id, changes: [.added], details: ["added"]))
        }
        var dimensions: [Entry] = []
        for dimension in older.dimensions {
            guard let other = newer.dimensions.first(where: { $0.id == dimension.id }) else {
                dimensions.append(Entry(id: dimension.id, changes: [.removed], details: ["removed"]))
                continue
            }
            var entry = Entry(id: dimension.id, changes: [], details: [])
            if dimension.title != other.title || dimension.description != other.description {
                entry.changes.append(.wording)
                entry.details.append("title/description")
            }
            if dimension.weight != other.weight {
                entry.changes.append(.weight)
                entry.details.append("weight \(NumberText.plain(dimension.weight)) → \(NumberText.plain(other.weight))")
            }
            if dimension.isReconstructed != other.isReconstructed {
                if !entry.changes.contains(.wording) { entry.changes.append(.wording) }
                entry.details.append("reconstructed \(dimension.isReconstructed) → \(other.isReconstructed)")
            }
            if dimension.appliesTo != other.appliesTo {
                entry.changes.append(.notApplicable)
                entry.details.append("applies_to \(Self.text(dimension.appliesTo)) → \(Self.text(other.appliesTo))")
            }
            if !entry.changes.isEmpty { dimensions.append(entry) }
        }
        for dimension in newer.dimensions where !older.dimensions.contains(where: { $0.id == dimension.id }) {
            dimensions.append(Entry(id: dimension.id, changes: [.added], details: ["added"]))
        }
        var criteria: [Entry] = []
        for criterion in older.criteria {
            guard let other = newer.criterion(id: criterion.id) else {
                criteria.append(Entry(id: criterion.id, changes: [.removed], details: ["removed"]))
                continue
            }
            let entry = Self.compare(criterion, in: older, with: other, in: newer)
            if !entry.changes.isEmpty { criteria.append(entry) }
        }
        for criterion in newer.criteria where older.criterion(id: criterion.id) == nil {
            criteria.append(Entry(id: criterion.id, changes: [.added], details: ["added"]))
        }
        self.scales = scales
        self.dimensions = dimensions
        self.criteria = criteria
        if let chain, let steps = try? chain.steps(from: older.version) {
            let until = steps.prefix { $0.from.version < newer.version }
            carry = CarryReport(steps: until, origin: ReferentielReference(id: older.id, version: older.version))
        } else {
            carry = nil
        }
    }

    static func compare(_ old: Criterion, in older: Referentiel, with new: Criterion, in newer: Referentiel) -> Entry {
        var entry = Entry(id: old.id, changes: [], details: [])
        func note(_ change: Change, _ detail: String) {
            if !entry.changes.contains(change) { entry.changes.append(change) }
            entry.details.append(detail)
        }
        let oldDimension = older.dimension(containing: old.id)?.id, newDimension = newer.dimension(containing: new.id)?.id
        if oldDimension != newDimension { note(.moved, "dimension \(oldDimension ?? "?") → \(newDimension ?? "?")") }
        if old.question != new.question { note(.wording, "question") }
        if old.help != new.help { note(.wording, "help") }
        if old.short != new.short { note(.wording, "short") }
        let reworded = Set(old.descriptors.keys).intersection(new.descriptors.keys).filter { old.descriptors[$0] != new.descriptors[$0] }.sorted()
        if !reworded.isEmpty { note(.wording, "descriptors \(reworded.map(String.init).joined(separator: ", "))") }
        if old.kind != new.kind { note(.kind, "kind \(old.kind.rawValue) → \(new.kind.rawValue)") }
        if old.weight != new.weight { note(.weight, "weight \(NumberText.plain(old.weight)) → \(NumberText.plain(new.weight))") }
        if old.allowsNotApplicable != new.allowsNotApplicable { note(.notApplicable, "not_applicable \(old.allowsNotApplicable) → \(new.allowsNotApplicable)") }
        if old.scaleID != new.scaleID { note(.levels, "scale \(old.scaleID ?? "—") → \(new.scaleID ?? "—")") }
        let oldLevels = old.scaleID.flatMap(older.scale(id:))?.levels.map(\.value) ?? []
        let newLevels = new.scaleID.flatMap(newer.scale(id:))?.levels.map(\.value) ?? []
        if old.scaleID == new.scaleID && oldLevels != newLevels { note(.levels, "levels \(oldLevels) → \(newLevels)") }
        if Set(old.descriptors.keys) != Set(new.descriptors.keys) {
            note(.levels, "described levels \(old.descriptors.keys.sorted()) → \(new.descriptors.keys.sorted())")
        }
        if !old.hasSameBands(as: new) { note(.levels, new.bands.isEmpty ? "bands removed: indicator, not scored" : "bands") }
        if old.bounds != new.bounds { note(.levels, "bounds") }
        if old.unit != new.unit { note(.levels, "unit \(old.unit ?? "—") → \(new.unit ?? "—")") }
        if old.yesIs != new.yesIs { note(.levels, "yes_is \(old.yesIs.rawValue) → \(new.yesIs.rawValue)") }
        if old.isFact != new.isFact { note(.kind, "fact \(old.isFact) → \(new.isFact)") }
        if old.appliesTo != new.appliesTo { note(.notApplicable, "applies_to \(text(old.appliesTo)) → \(text(new.appliesTo))") }
        if old.guideThemes != new.guideThemes { note(.wording, "guide_themes") }
        return entry
    }

    static func text(_ appliesTo: AppliesTo?) -> String { appliesTo?.compactDescription ?? "—" }

    /// Whether nothing changed at all.
    public var isEmpty: Bool { scales.isEmpty && dimensions.isEmpty && criteria.isEmpty }
}

/// Numbers in diff details: `2` rather than `2.0`.
enum NumberText {
    static func plain(_ value: Double) -> String { NumberFormatting.plain(value) }
}
