/// How the criteria of the previous version map onto this (major) version.
public struct Migration: Sendable, Codable {
    /// The version this migration starts from.
    public var from: SemanticVersion
    /// One step per changed (or kept) criterion.
    public var steps: [MigrationStep]
    public var location: SourceLocation?

    public init(from: SemanticVersion, steps: [MigrationStep], location: SourceLocation? = nil) {
        self.from = from
        self.steps = steps
        self.location = location
    }

    enum CodingKeys: String, CodingKey {
        case from
        case steps = "criteria"
    }
}

/// One mapping step between an old and a new version.
public struct MigrationStep: Sendable, Codable {
    /// The kind of step.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Same criterion, answers carried as they are.
        case equal
        /// One old criterion becomes several new ones; each gets the old answer.
        case split
        /// Several old criteria become one; answers combined by `rule`.
        case merge
        /// The old criterion has no successor.
        case dropped
    }

    /// How merged answers combine.
    public enum MergeRule: String, Sendable, Codable, CaseIterable {
        case min, mean, max
    }

    public var kind: Kind
    public var from: [String]
    public var to: [String]
    public var rule: MergeRule?
    public var location: SourceLocation?

    public init(kind: Kind, from: [String], to: [String], rule: MergeRule? = nil, location: SourceLocation? = nil) {
        self.kind = kind
        self.from = from
        self.to = to
        self.rule = rule
        self.location = location
    }

    enum CodingKeys: String, CodingKey { case kind, from, to, rule }
}
