/// A group of criteria scored together (for example « Règles de fonctionnement »).
public struct Dimension: Sendable, Codable {
    public var id: String
    public var title: LocalizedText
    public var description: LocalizedText?
    /// Weight in the overall score, strictly positive (default 1).
    public var weight: Double
    public var criteria: [Criterion]
    /// The organisations its criteria concern (`applies_to`), on top of each criterion's own.
    public var appliesTo: AppliesTo?
    /// Whether the dimension (a balise of a grid whose official text is not public) was
    /// reconstructed by Pratiques (`reconstructed: true`): every output must say so.
    public var isReconstructed: Bool
    public var location: SourceLocation?

    public init(id: String, title: LocalizedText, description: LocalizedText? = nil, weight: Double = 1,
                criteria: [Criterion], appliesTo: AppliesTo? = nil, isReconstructed: Bool = false, location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.weight = weight
        self.criteria = criteria
        self.appliesTo = appliesTo
        self.isReconstructed = isReconstructed
        self.location = location
    }

    /// What outputs print beside the title of a reconstructed dimension.
    public static func reconstructionNote(in language: Language) -> String {
        language == .fr ? "balise reconstruite par Pratiques, texte officiel non publié" : "marker reconstructed by Pratiques, official text not published"
    }

    enum CodingKeys: String, CodingKey {
        case id, title, description, weight, criteria
        case appliesTo = "applies_to"
        case isReconstructed = "reconstructed"
    }

    /// The canonical form: `applies_to` and `reconstructed` only when used (see ``Criterion``).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encode(weight, forKey: .weight)
        try container.encode(criteria, forKey: .criteria)
        try container.encodeIfPresent(appliesTo, forKey: .appliesTo)
        if isReconstructed { try container.encode(isReconstructed, forKey: .isReconstructed) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id), title: try container.decode(LocalizedText.self, forKey: .title),
                  description: try container.decodeIfPresent(LocalizedText.self, forKey: .description),
                  weight: try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1,
                  criteria: try container.decode([Criterion].self, forKey: .criteria),
                  appliesTo: try container.decodeIfPresent(AppliesTo.self, forKey: .appliesTo),
                  isReconstructed: try container.decodeIfPresent(Bool.self, forKey: .isReconstructed) ?? false)
    }
}
