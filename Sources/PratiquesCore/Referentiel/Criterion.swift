/// How a criterion is answered.
public enum CriterionKind: String, Sendable, Codable, CaseIterable {
    /// One level of a scale, each level with a descriptor.
    case level
    /// Yes or no; which of the two is good is the criterion's ``Criterion/yesIs``.
    case yesNo = "yes_no"
    /// A number with a unit: turned into a level by scoring bands, or, without bands, an
    /// indicator recorded and shown but not scored.
    case number
    /// A free text, kept but never scored.
    case text
}

/// Which answer of a yes/no criterion is the good one.
public enum YesPolarity: String, Sendable, Codable, CaseIterable {
    /// Yes scores 100, no 0 (the default).
    case good
    /// Yes scores 0, no 100 (« Des avantages particuliers sont-ils accordés aux dirigeants ? »).
    case bad
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
    /// The scale of `level` criteria and of banded `number` criteria.
    public var scaleID: String?
    /// For `level` criteria: what an organisation at each level value actually does.
    public var descriptors: [Int: LocalizedText]
    /// For `number` criteria: the unit (`%`, `€`, `ratio`…).
    public var unit: String?
    /// For `number` criteria: the accepted range of answers.
    public var bounds: NumberBounds?
    /// For `number` criteria: bands mapping a number to a level; none for an indicator that is
    /// recorded and shown but not scored.
    public var bands: [NumberBand]
    /// The organisations it concerns (`applies_to`); `nil`: every organisation.
    public var appliesTo: AppliesTo?
    /// Whether the answer is a fact about the organisation, entered once per assessment rather
    /// than by each respondent (`fact: true`); see ``AssessmentFact``.
    public var isFact: Bool
    /// For `yes_no` criteria: whether yes is the good answer (default) or the bad one.
    public var yesIs: YesPolarity
    /// The themes of the legal guide of good practices this criterion informs.
    public var guideThemes: [GuideTheme]
    public var location: SourceLocation?

    public init(id: String, kind: CriterionKind, question: LocalizedText, short: LocalizedText? = nil, help: LocalizedText? = nil,
                weight: Double = 1, allowsNotApplicable: Bool = false, scaleID: String? = nil,
                descriptors: [Int: LocalizedText] = [:], unit: String? = nil, bounds: NumberBounds? = nil,
                bands: [NumberBand] = [], appliesTo: AppliesTo? = nil, isFact: Bool = false, yesIs: YesPolarity = .good,
                guideThemes: [GuideTheme] = [], location: SourceLocation? = nil) {
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
        self.appliesTo = appliesTo
        self.isFact = isFact
        self.yesIs = yesIs
        self.guideThemes = guideThemes
        self.location = location
    }

    /// The label for tables and charts: `short` when the grid gives one, else the question.
    public var shortLabel: LocalizedText { short ?? question }

    /// Whether answers to this criterion count in scores: not `text`, not a `number` without
    /// bands (an indicator).
    public var isScored: Bool {
        switch kind {
        case .text: return false
        case .number: return !bands.isEmpty
        case .level, .yesNo: return true
        }
    }

    /// A `number` criterion without bands: recorded and shown, never scored.
    public var isIndicator: Bool { kind == .number && bands.isEmpty }

    enum CodingKeys: String, CodingKey {
        case id, kind, question, short, help, weight, descriptors, unit, bounds, bands
        case allowsNotApplicable = "not_applicable"
        case scaleID = "scale"
        case appliesTo = "applies_to"
        case isFact = "fact"
        case yesIs = "yes_is"
        case guideThemes = "guide_themes"
    }

    /// The canonical form (see ``ContentHash``): the fields added to the format after its first
    /// grids (`applies_to`, `fact`, `yes_is`, `guide_themes`) are written only when they differ
    /// from their default, so that a grid that does not use them keeps its hash.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(question, forKey: .question)
        try container.encodeIfPresent(short, forKey: .short)
        try container.encodeIfPresent(help, forKey: .help)
        try container.encode(weight, forKey: .weight)
        try container.encode(allowsNotApplicable, forKey: .allowsNotApplicable)
        try container.encodeIfPresent(scaleID, forKey: .scaleID)
        try container.encode(descriptors, forKey: .descriptors)
        try container.encodeIfPresent(unit, forKey: .unit)
        try container.encodeIfPresent(bounds, forKey: .bounds)
        try container.encode(bands, forKey: .bands)
        try container.encodeIfPresent(appliesTo, forKey: .appliesTo)
        if isFact { try container.encode(isFact, forKey: .isFact) }
        if yesIs != .good { try container.encode(yesIs, forKey: .yesIs) }
        if !guideThemes.isEmpty { try container.encode(guideThemes, forKey: .guideThemes) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id),
                  kind: try container.decode(CriterionKind.self, forKey: .kind),
                  question: try container.decode(LocalizedText.self, forKey: .question),
                  short: try container.decodeIfPresent(LocalizedText.self, forKey: .short),
                  help: try container.decodeIfPresent(LocalizedText.self, forKey: .help),
                  weight: try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1,
                  allowsNotApplicable: try container.decodeIfPresent(Bool.self, forKey: .allowsNotApplicable) ?? false,
                  scaleID: try container.decodeIfPresent(String.self, forKey: .scaleID),
                  descriptors: try container.decodeIfPresent([Int: LocalizedText].self, forKey: .descriptors) ?? [:],
                  unit: try container.decodeIfPresent(String.self, forKey: .unit),
                  bounds: try container.decodeIfPresent(NumberBounds.self, forKey: .bounds),
                  bands: try container.decodeIfPresent([NumberBand].self, forKey: .bands) ?? [],
                  appliesTo: try container.decodeIfPresent(AppliesTo.self, forKey: .appliesTo),
                  isFact: try container.decodeIfPresent(Bool.self, forKey: .isFact) ?? false,
                  yesIs: try container.decodeIfPresent(YesPolarity.self, forKey: .yesIs) ?? .good,
                  guideThemes: try container.decodeIfPresent([GuideTheme].self, forKey: .guideThemes) ?? [])
    }
}
