import GRDB

/// The store's schema, one migration per change; never edit a shipped migration.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-assessments") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2-fill") { db in try db.execute(sql: v2Fill) }
        migrator.registerMigration("v3-cohorts") { db in try db.execute(sql: v3Cohorts) }
        migrator.registerMigration("v4-answer-kinds") { db in try v4AnswerKinds(db) }
        migrator.registerMigration("audit-trail") { db in try db.execute(sql: auditTrail) }
        migrator.registerMigration("v5-profiles-facts") { db in try db.execute(sql: v5ProfilesFacts) }
        migrator.registerMigration("v6-guide") { db in try db.execute(sql: v6Guide) }
        migrator.registerMigration("web-links") { db in try db.execute(sql: webLinks) }
        return migrator
    }

    /// The first schema (later migrations change it: see ``v4AnswerKinds(_:)``). The benchmark's
    /// C baseline inserts into a database made by these migrations.
    static let v1 = """
    CREATE TABLE organisation (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        legal_form TEXT NOT NULL,
        siret TEXT,
        departement TEXT,
        epci TEXT,
        sector TEXT,
        size_band TEXT,
        consent_named INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    );
    CREATE TABLE referentiel_snapshot (
        id INTEGER PRIMARY KEY,
        referentiel_id TEXT NOT NULL,
        version TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        content TEXT NOT NULL,
        canonical_json TEXT NOT NULL,
        stored_at TEXT NOT NULL,
        UNIQUE (referentiel_id, version)
    );
    CREATE TABLE assessment (
        id INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        snapshot_id INTEGER NOT NULL REFERENCES referentiel_snapshot(id),
        date TEXT NOT NULL,
        label TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
        created_at TEXT NOT NULL,
        UNIQUE (organisation_id, snapshot_id, label)
    );
    CREATE INDEX assessment_by_organisation ON assessment(organisation_id, date);
    CREATE TABLE respondent (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('direction', 'salarie', 'administrateur', 'benevole', 'usager', 'partenaire')),
        name TEXT
    );
    CREATE INDEX respondent_by_assessment ON respondent(assessment_id);
    CREATE TABLE answer (
        respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        level INTEGER,
        number REAL,
        text TEXT,
        not_applicable INTEGER NOT NULL DEFAULT 0,
        comment TEXT,
        origin TEXT,
        PRIMARY KEY (respondent_id, criterion_id)
    ) WITHOUT ROWID;
    CREATE TABLE consensus_answer (
        assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        level INTEGER,
        number REAL,
        text TEXT,
        not_applicable INTEGER NOT NULL DEFAULT 0,
        comment TEXT,
        origin TEXT,
        PRIMARY KEY (assessment_id, criterion_id)
    ) WITHOUT ROWID;
    CREATE TABLE target (
        id INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        referentiel_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        level INTEGER NOT NULL,
        horizon TEXT,
        set_at TEXT NOT NULL,
        UNIQUE (organisation_id, referentiel_id, criterion_id)
    );
    CREATE TABLE planned_action (
        id INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        referentiel_id TEXT,
        criterion_id TEXT,
        title TEXT NOT NULL,
        owner TEXT,
        due_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'done', 'dropped')),
        notes TEXT,
        created_at TEXT NOT NULL,
        done_at TEXT
    );
    CREATE INDEX planned_action_by_organisation ON planned_action(organisation_id, status);
    """
}
