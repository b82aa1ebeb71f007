extension Cohort {
    /// Why a session cannot follow a cohort's others.
    public enum SessionProblem: Error, Sendable, Hashable {
        /// The window (given, or the default one) does not contain the session's date.
        case windowMissesDate(CohortSession)
        /// The cohort already has a session with this label.
        case labelTaken
        /// The date does not come after the last session's.
        case notAfter(CohortSession)
        /// The session's window shares days with the other session's.
        case overlaps(CohortSession, other: CohortSession)
    }

    /// The session `label` on `date`, placed after the others: its window is
    /// `windowStart`…`windowEnd`, by default ``CohortSession/defaultHalfWindowDays`` each side of
    /// `date`. Sessions come in date order, and their windows never share a day.
    public func nextSession(label: String, date: Day, windowStart: Day? = nil, windowEnd: Day? = nil) -> Result<CohortSession, SessionProblem> {
        let session = CohortSession(position: sessions.count, label: label, date: date.description,
                                    windowStart: windowStart?.description, windowEnd: windowEnd?.description)
        guard session.windowStart <= session.date, session.date <= session.windowEnd else { return .failure(.windowMissesDate(session)) }
        if self.session(label: label) != nil { return .failure(.labelTaken) }
        if let last = sessions.last, last.date >= session.date { return .failure(.notAfter(last)) }
        if let other = sessions.first(where: { $0.overlaps(session) }) { return .failure(.overlaps(session, other: other)) }
        return .success(session)
    }
}
