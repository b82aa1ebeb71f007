/// How a criterion is answered.
public enum CriterionKind: String, Sendable, Codable, CaseIterable {
    /// One level of a scale, each level with a descriptor.
    case level
    /// Yes (100) or no (0).
    case yesNo = "yes_no"
    /// A number with a unit, turned into a level by scoring bands.
    case number
    /// A free text, kept but never scored.
    case text
}

/// One question of a grid.
public struct Criterion: Sendable, Codable {
    /// Stable slug (`gd.regles-partagees`).
    public var id: String
    public var kind: CriterionKind
    public var question: LocalizedText
    /// A short label (a few words) naming the criterion in tables and charts.
    public var short: LocalizedText?
    public var help: LocalizedText?
    /// Weight inside its dimension, strictly positive (default 1).
    public var weight: Double
    /// Whether a respondent may answer « non applicable ».
    public var allowsNotApplicable: Bool
    /// The scale of `level` and `number` criteria.
    public var scaleID: String?
    /// For `level` criteria: what an organisation at each level value actually does.
    public var descriptors: [Int: LocalizedText]
    /// For `number` criteria: the unit (`%`, `€`, `ratio`…).
    public var unit: String?
    /// For `number` criteria: the accepted range of answers.
    public var bounds: NumberBounds?
    /// For `number` criteria: thresholds mapping a number to a level.
    public var bands: [NumberBand]
    public var location: SourceLocation?

    public init(id: String, kind: CriterionKind, question: LocalizedText, short: LocalizedText? = nil, help: LocalizedText? = nil,
                weight: Double = 1, allowsNotApplicable: Bool = false, scaleID: String? = nil,
                descriptors: [Int: LocalizedText] = [:], unit: String? = nil, bounds: NumberBounds? = nil,
                bands: [NumberBand] = [], location: SourceLocation? = nil) {
        self.id = id
        self.kind = kind
        self.question = question
        self.short = short
        self.help = help
        self.weight = weight
        self.allowsNotApplicable = allowsNotApplicable
        self.scaleID = scaleID
        self.descriptors = descriptors
        self.unit = unit
        self.bounds = bounds
        self.bands = bands
        self.location = location
    }

    /// The label for tables and charts: `short` when the grid gives one, else the question.
    public var shortLabel: LocalizedText { short ?? question }

    /// Whether answers to this criterion count in scores (`text` criteria do not).
    public var isScored: Bool { kind != .text }

    /// The level a number answer falls in: the last band whose `min` is at most `value`.
    public func band(for value: Double) -> NumberBand? {
        bands.last { $0.min <= value }
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, question, short, help, weight, descriptors, unit, bounds, bands
        case allowsNotApplicable = "not_applicable"
        case scaleID = "scale"
    }
}

/// The accepted range of a number answer (either end may be open).
public struct NumberBounds: Sendable, Codable, Hashable {
    public var min: Double?
    public var max: Double?

    public init(min: Double? = nil, max: Double? = nil) {
        self.min = min
        self.max = max
    }

    /// Whether `value` lies within the bounds.
    public func contains(_ value: Double) -> Bool {
        if let min, value < min { return false }
        if let max, value > max { return false }
        return true
    }
}

/// A scoring threshold of a number criterion: answers from `min` up get `level`.
public struct NumberBand: Sendable, Codable {
    public var min: Double
    public var level: Int
    public var label: LocalizedText?
    public var location: SourceLocation?

    public init(min: Double, level: Int, label: LocalizedText? = nil, location: SourceLocation? = nil) {
        self.min = min
        self.level = level
        self.label = label
        self.location = location
    }

    enum CodingKeys: String, CodingKey { case min, level, label }
}
