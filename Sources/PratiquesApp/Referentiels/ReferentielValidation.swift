import PratiquesCore

/// What ``Workspace/validateReferentiels(_:)`` found.
public struct ReferentielValidation: Sendable {
    /// One path given, or one file found under a directory.
    public struct Result: Sendable {
        public enum Outcome: Sendable {
            case valid
            case invalid([ValidationIssue])
            /// A path under which no YAML file was found.
            case noFile
        }

        public var path: String
        public var outcome: Outcome
    }

    /// In the order the paths were given, files sorted within a directory.
    public var results: [Result] = []
    /// Rules broken between successive versions.
    public var versionIssues: [ValidationIssue] = []
    /// Grids with several versions whose rules hold, with their versions, oldest first.
    public var chains: [(id: String, versions: [SemanticVersion])] = []

    public var isValid: Bool {
        versionIssues.isEmpty && results.allSatisfy { if case .valid = $0.outcome { return true } else { return false } }
    }
}
