/// One stored assessment without its answers: who, which grid version, when, and how many
/// respondents.
public struct AssessmentSummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var organisationSlug: String
    /// The grid version the assessment was given on.
    public var referentiel: ReferentielReference
    /// The store's id of that grid version's snapshot.
    public var snapshotID: Int64
    /// `YYYY-MM-DD`.
    public var date: String
    public var label: String
    public var status: AssessmentStatus
    public var respondentCount: Int

    public init(id: Int64, organisationSlug: String, referentiel: ReferentielReference, snapshotID: Int64, date: String, label: String,
                status: AssessmentStatus, respondentCount: Int) {
        self.id = id
        self.organisationSlug = organisationSlug
        self.referentiel = referentiel
        self.snapshotID = snapshotID
        self.date = date
        self.label = label
        self.status = status
        self.respondentCount = respondentCount
    }
}
