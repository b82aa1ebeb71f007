/// An assessment expressed on a newer version of its grid, with what carrying did.
public struct CarriedAssessment: Sendable {
    /// The assessment on the newer version: same id, organisation, date, label and
    /// respondents; every carried answer has its ``Answer/origin`` set (unless it was already
    /// on that version).
    public var assessment: Assessment
    /// The assessment as it was given.
    public var original: Assessment
    /// Which criteria were carried and how, and which cannot be compared.
    public var report: CarryReport

    public init(assessment: Assessment, original: Assessment, report: CarryReport) {
        self.assessment = assessment
        self.original = original
        self.report = report
    }

    /// Whether the answers changed version.
    public var isCarried: Bool { report.isCarried }
}
