extension StoreSchema {
    /// `audit-trail`: one row per write (import, answer, consensus, target, action, organisation,
    /// consent, cohort, erase, restore). No foreign keys, so the trail outlives what it mentions;
    /// no names: a respondent is kept by id and looked up when the trail is read.
    static let auditTrail = """
    CREATE TABLE audit_event (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operation TEXT NOT NULL,
        organisation_id INTEGER,
        assessment_id INTEGER,
        respondent_id INTEGER,
        subject TEXT,
        actor TEXT
    );
    CREATE INDEX audit_event_by_organisation ON audit_event(organisation_id, at);
    CREATE INDEX audit_event_by_time ON audit_event(at);
    """
}
