/// A criterion whose answers cannot be compared across two versions of a grid.
///
/// Listed beside every comparison instead of being dropped silently.
public struct NotComparableCriterion: Sendable, Hashable, Codable {
    /// Why the criterion cannot be compared.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// New in `version`: no earlier answer exists.
        case added
        /// Gone in `version`: the earlier answers have nowhere to go.
        case dropped
        /// Mapped in `version`, but its kind or scale changed so that the answers cannot be carried.
        case changed
    }

    /// The criterion: of the newest version for `added` and `changed`, of the older one for `dropped`.
    public var criterionID: String
    /// The version where it was added, dropped or changed.
    public var version: SemanticVersion
    public var reason: Reason
    /// What changed, for `changed`.
    public var detail: LocalizedText?

    public init(criterionID: String, version: SemanticVersion, reason: Reason, detail: LocalizedText? = nil) {
        self.criterionID = criterionID
        self.version = version
        self.reason = reason
        self.detail = detail
    }

    /// `gd.concertation-strategie (ajouté en 1.1.0)`.
    public func describe(in language: Language) -> String {
        let why: String
        switch (reason, language) {
        case (.added, .fr): why = "ajouté en \(version), sans réponse antérieure"
        case (.added, .en): why = "added in \(version), no earlier answer"
        case (.dropped, .fr): why = "supprimé en \(version)"
        case (.dropped, .en): why = "dropped in \(version)"
        case (.changed, .fr): why = "changé en \(version)" + (detail.map { " : \($0.text(in: .fr))" } ?? "")
        case (.changed, .en): why = "changed in \(version)" + (detail.map { ": \($0.text(in: .en))" } ?? "")
        }
        return "\(criterionID) (\(why))"
    }
}
