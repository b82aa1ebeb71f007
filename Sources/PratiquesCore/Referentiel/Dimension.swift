/// A group of criteria scored together (for example « Règles de fonctionnement »).
public struct Dimension: Sendable, Codable {
    public var id: String
    public var title: LocalizedText
    public var description: LocalizedText?
    /// Weight in the overall score, strictly positive (default 1).
    public var weight: Double
    public var criteria: [Criterion]
    public var location: SourceLocation?

    public init(id: String, title: LocalizedText, description: LocalizedText? = nil, weight: Double = 1,
                criteria: [Criterion], location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.weight = weight
        self.criteria = criteria
        self.location = location
    }

    enum CodingKeys: String, CodingKey { case id, title, description, weight, criteria }
}
