extension StoreSchema {
    /// `web-links`: respondents' personal links for the web front end. Only the sha256 of a
    /// token is stored (a token has 256 random bits, so a plain hash suffices); a link opens one
    /// respondent of one draft, is revoked by setting `revoked_at`, and goes with its respondent.
    static let webLinks = """
    CREATE TABLE respondent_link (
        token_hash TEXT PRIMARY KEY,
        respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
    );
    CREATE INDEX respondent_link_by_respondent ON respondent_link(respondent_id);
    """
}
