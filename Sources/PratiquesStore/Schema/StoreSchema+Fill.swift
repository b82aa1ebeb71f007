extension StoreSchema {
    /// `v2-fill`: where each respondent stopped filling a draft answer by answer, so that a skipped criterion
    /// does not block resuming past it. One row per respondent, removed with the respondent.
    static let v2Fill = """
    CREATE TABLE fill_position (
        respondent_id INTEGER PRIMARY KEY REFERENCES respondent(id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    """
}
