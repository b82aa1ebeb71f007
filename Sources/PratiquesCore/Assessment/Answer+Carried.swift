/// Answers carried from another assessment or another version of a grid.
///
/// `assess new ORG REF --from ID` pre-fills a draft through the migration mapping: every carried
/// answer has an ``Answer/origin`` naming where it comes from. Such an answer is a proposal until
/// a person confirms it (in `pratiques fill`); confirming keeps the value and the origin, behind
/// ``Answer/confirmedOriginPrefix``, so the trace of where it came from is never lost.
extension Answer {
    /// Put before the origin of a carried answer once a person has confirmed it.
    public static let confirmedOriginPrefix = "confirmé · "

    /// Whether this answer was carried and still awaits a person's confirmation.
    public var awaitsConfirmation: Bool {
        guard let origin else { return false }
        return !origin.hasPrefix(Self.confirmedOriginPrefix)
    }

    /// The same answer confirmed by a person: value and comment unchanged, origin kept behind
    /// ``confirmedOriginPrefix``. An answer that was not carried is returned as it is.
    public func confirmed() -> Answer {
        guard awaitsConfirmation, let origin else { return self }
        var answer = self
        answer.origin = Self.confirmedOriginPrefix + origin
        return answer
    }
}
