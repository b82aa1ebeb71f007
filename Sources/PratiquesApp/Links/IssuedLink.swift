import PratiquesCore

/// A personal link just issued to one respondent of a draft. The token is shown once (to be
/// sent to the respondent); the store keeps only its hash.
public struct IssuedLink: Sendable {
    public var assessmentID: Int64
    public var respondent: Respondent
    /// 256 random bits, base64url without padding (43 characters).
    public var token: String
}
