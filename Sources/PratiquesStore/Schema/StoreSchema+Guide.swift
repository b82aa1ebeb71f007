extension StoreSchema {
    /// `v6-guide`: the yearly view of the legal guide of good practices.
    ///
    /// - `target` gains a second horizon: the level aimed at in about three years
    ///   (`long_level`, `long_horizon`), beside the one-year target (`level`, `horizon`) that
    ///   scores are compared with. The guide asks for targets at one and three years.
    /// - `guide_note`: what the general assembly said when the board presented the guide, one
    ///   row per organisation and year: the meeting's day and the decisions (progress targets
    ///   debated).
    static let v6Guide = """
    ALTER TABLE target ADD COLUMN long_level INTEGER;
    ALTER TABLE target ADD COLUMN long_horizon TEXT;
    CREATE TABLE guide_note (
        organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        meeting_date TEXT,
        decisions TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (organisation_id, year)
    ) WITHOUT ROWID;
    """
}
