extension CohortComparison {
    /// A member's assessment given on an older version of a grid and carried onto the version
    /// the cohort is compared on, through the chain of migrations.
    ///
    /// Its scores count in the comparison; this entry says how they were obtained and which
    /// criteria could not be carried, so that nothing is dropped silently.
    public struct Carried: Sendable, Hashable {
        public var organisation: String
        /// Session label.
        public var session: String
        public var assessmentID: Int64?
        /// What carrying did: versions passed through, how each criterion was carried, and the
        /// criteria that cannot be compared.
        public var report: CarryReport

        public init(organisation: String, session: String, assessmentID: Int64?, report: CarryReport) {
            self.organisation = organisation
            self.session = session
            self.assessmentID = assessmentID
            self.report = report
        }

        /// `gouvernance-democratique 1.0.0 → 1.1.0 → 2.0.0`.
        public var pathText: String { "\(report.from.id) \(report.pathText)" }

        /// The criteria that cannot be compared, described in `language` and joined by « ; ».
        public func notComparableText(in language: Language) -> String {
            report.notComparable.map { $0.describe(in: language) }.joined(separator: " ; ")
        }
    }
}
