/// An ordered answer scale (for example the 0–4 maturity scale).
public struct Scale: Sendable, Codable {
    public var id: String
    public var title: LocalizedText?
    /// Levels in increasing order of value.
    public var levels: [ScaleLevel]
    /// Where the scale is written.
    public var location: SourceLocation?

    public init(id: String, title: LocalizedText? = nil, levels: [ScaleLevel], location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.levels = levels
        self.location = location
    }

    /// The highest level value (a criterion at this value scores 100).
    public var maxValue: Int { levels.map(\.value).max() ?? 0 }

    /// The level with this value.
    public func level(value: Int) -> ScaleLevel? { levels.first { $0.value == value } }

    enum CodingKeys: String, CodingKey { case id, title, levels }
}

/// One level of a scale: a value (used for scores) and a label (shown to people).
public struct ScaleLevel: Sendable, Codable {
    public var value: Int
    public var label: LocalizedText
    public var location: SourceLocation?

    public init(value: Int, label: LocalizedText, location: SourceLocation? = nil) {
        self.value = value
        self.label = label
        self.location = location
    }

    enum CodingKeys: String, CodingKey { case value, label }
}
