extension StoreSchema {
    /// `web-links`: the web front end's respondent links and coordinator accounts and sessions.
    /// Only the sha256 of a token is stored (a token has 256 random bits, so a plain hash
    /// suffices); a link opens one respondent of one draft, is revoked by setting `revoked_at`,
    /// and goes with its respondent. A password is stored as PBKDF2-SHA256 with its salt.
    static let webLinks = """
    CREATE TABLE respondent_link (
        token_hash TEXT PRIMARY KEY,
        respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
    );
    CREATE INDEX respondent_link_by_respondent ON respondent_link(respondent_id);
    CREATE TABLE coordinator_account (
        id INTEGER PRIMARY KEY,
        login TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE coordinator_session (
        token_hash TEXT PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES coordinator_account(id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
    """
}
