import PratiquesCore

/// What `check` found in a store: each finding with where it is and what is wrong, in French
/// and English. An empty list means the store is sound.
public struct StoreCheck: Sendable {
    /// One defect.
    public struct Finding: Sendable, Hashable {
        /// The kind of defect (a stable code, printed beside the message).
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case integrity, foreignKey = "foreign-key", snapshotHash = "snapshot-hash", snapshotUnreadable = "snapshot-unreadable"
            case unknownCriterion = "unknown-criterion", invalidValue = "invalid-value"
            case damagedAnswer = "damaged-answer", draftWithoutRespondents = "draft-without-respondents"
        }
        public var kind: Kind
        /// Where: the table and row, the kept grid, the assessment, respondent and criterion.
        public var place: Bilingual
        public var detail: Bilingual

        /// `place : detail [kind]` in `language`.
        public func text(in language: Language) -> String {
            "\(place.text(in: language)) : \(detail.text(in: language)) [\(kind.rawValue)]"
        }
    }

    public var findings: [Finding]
    /// The figures of the store checked (`nil` when the file is damaged).
    public var counts: StoreCounts?

    public var isSound: Bool { findings.isEmpty }
}
