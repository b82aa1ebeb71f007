extension StoreSchema {
    /// Cohorts followed through the sessions of a parcours (migration `v3-cohorts`).
    ///
    /// A session matches its members' assessments by a window of dates; an assessment linked
    /// explicitly (`cohort_session_assessment`) wins over the window.
    static let v3Cohorts = """
    CREATE TABLE cohort (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        parcours TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE cohort_session (
        id INTEGER PRIMARY KEY,
        cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT NOT NULL,
        date TEXT NOT NULL,
        window_start TEXT NOT NULL,
        window_end TEXT NOT NULL,
        UNIQUE (cohort_id, position),
        UNIQUE (cohort_id, label),
        CHECK (window_start <= window_end)
    );
    CREATE TABLE cohort_member (
        cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        PRIMARY KEY (cohort_id, organisation_id)
    ) WITHOUT ROWID;
    CREATE TABLE cohort_session_assessment (
        session_id INTEGER NOT NULL REFERENCES cohort_session(id) ON DELETE CASCADE,
        assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, assessment_id)
    ) WITHOUT ROWID;
    CREATE INDEX cohort_session_assessment_by_assessment ON cohort_session_assessment(assessment_id);
    """
}
