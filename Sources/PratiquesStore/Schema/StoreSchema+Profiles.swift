extension StoreSchema {
    /// `v5-profiles-facts`: what the grids' `applies_to` conditions need to know about an
    /// organisation, and the facts of assessments (`fact: true` criteria), one value per
    /// assessment.
    ///
    /// - `organisation` gains three nullable booleans (`NULL`: not said; the legal form may settle
    ///   it, see `Organisation.profile`): `has_general_assembly`, `has_board`, `has_volunteers`.
    ///   The size band was there already.
    /// - `assessment_fact`: one row per assessment and fact criterion, its value in the same
    ///   columns as an answer, its comment, who entered it (the respondent when they are one of
    ///   the assessment's, and always their role and name, so that a fact imported for someone
    ///   who answered nothing keeps its author) and where a carried value came from.
    /// - `assessment_fact_proposal`: the other values given since, one row each, in the order
    ///   they were given, removed with their fact.
    static let v5ProfilesFacts = """
    ALTER TABLE organisation ADD COLUMN has_general_assembly INTEGER CHECK (has_general_assembly IN (0, 1));
    ALTER TABLE organisation ADD COLUMN has_board INTEGER CHECK (has_board IN (0, 1));
    ALTER TABLE organisation ADD COLUMN has_volunteers INTEGER CHECK (has_volunteers IN (0, 1));
    CREATE TABLE assessment_fact (
        assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        level INTEGER,
        yes_no INTEGER CHECK (yes_no IN (0, 1)),
        number REAL,
        text TEXT,
        not_applicable INTEGER NOT NULL DEFAULT 0,
        comment TEXT,
        entered_by_respondent_id INTEGER REFERENCES respondent(id) ON DELETE SET NULL,
        entered_by_role TEXT CHECK (entered_by_role IN ('direction', 'salarie', 'administrateur', 'benevole', 'usager', 'partenaire')),
        entered_by_name TEXT,
        origin TEXT,
        PRIMARY KEY (assessment_id, criterion_id)
    ) WITHOUT ROWID;
    CREATE TABLE assessment_fact_proposal (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL,
        criterion_id TEXT NOT NULL,
        respondent_id INTEGER REFERENCES respondent(id) ON DELETE SET NULL,
        role TEXT NOT NULL CHECK (role IN ('direction', 'salarie', 'administrateur', 'benevole', 'usager', 'partenaire')),
        name TEXT,
        level INTEGER,
        yes_no INTEGER CHECK (yes_no IN (0, 1)),
        number REAL,
        text TEXT,
        not_applicable INTEGER NOT NULL DEFAULT 0,
        comment TEXT,
        FOREIGN KEY (assessment_id, criterion_id) REFERENCES assessment_fact(assessment_id, criterion_id) ON DELETE CASCADE
    );
    CREATE INDEX assessment_fact_proposal_by_fact ON assessment_fact_proposal(assessment_id, criterion_id);
    """
}
