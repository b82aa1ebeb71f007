import PratiquesCore

/// A grid file whose content changed without a version bump while assessments use that version.
public struct ChangedGrid: Sendable, Hashable {
    public var referentielID: String
    public var version: SemanticVersion
    /// Stored assessments given on that version.
    public var assessments: Int
    /// The changed file.
    public var path: String
}
