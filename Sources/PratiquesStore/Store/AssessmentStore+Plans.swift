import GRDB
import PratiquesCore

extension AssessmentStore {
    /// Sets (or replaces) an organisation's target on one criterion.
    public func setTarget(_ target: Target) throws {
        try writeTransaction { db in
            guard let organisation = try Self.organisation(slug: target.organisationSlug, db), let organisationID = organisation.id else {
                throw StoreError(fr: "organisation « \(target.organisationSlug) » inconnue", en: "unknown organisation '\(target.organisationSlug)'")
            }
            try Self.upsert(target, organisationID: organisationID, db)
        }
    }

    static func upsert(_ target: Target, organisationID: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO target (organisation_id, referentiel_id, criterion_id, level, horizon, set_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(organisation_id, referentiel_id, criterion_id) DO UPDATE SET level = excluded.level, horizon = excluded.horizon, set_at = excluded.set_at
            """, arguments: [organisationID, target.referentielID, target.criterionID, target.level, target.horizon, now()])
    }

    /// An organisation's targets, on one grid when `referentielID` is set.
    public func targets(organisationSlug: String, referentielID: String? = nil) throws -> [Target] {
        try pool.read { db in
            var sql = """
                SELECT t.id, o.slug, t.referentiel_id, t.criterion_id, t.level, t.horizon FROM target t
                JOIN organisation o ON o.id = t.organisation_id WHERE o.slug = ?
                """
            var arguments: StatementArguments = [organisationSlug]
            if let referentielID { sql += " AND t.referentiel_id = ?"; arguments += [referentielID] }
            return try Row.fetchAll(db, sql: sql + " ORDER BY t.referentiel_id, t.criterion_id", arguments: arguments).map {
                Target(id: $0[0], organisationSlug: $0[1], referentielID: $0[2], criterionID: $0[3], level: $0[4], horizon: $0[5])
            }
        }
    }

    /// Adds an action to an organisation's plan and returns it with its id.
    @discardableResult
    public func addAction(_ action: PlannedAction) throws -> PlannedAction {
        try writeTransaction { db in
            guard let organisation = try Self.organisation(slug: action.organisationSlug, db), let organisationID = organisation.id else {
                throw StoreError(fr: "organisation « \(action.organisationSlug) » inconnue", en: "unknown organisation '\(action.organisationSlug)'")
            }
            return try Self.insert(action, organisationID: organisationID, db)
        }
    }

    static func insert(_ action: PlannedAction, organisationID: Int64, _ db: Database) throws -> PlannedAction {
        try db.execute(sql: """
            INSERT INTO planned_action (organisation_id, referentiel_id, criterion_id, title, owner, due_date, status, notes, created_at, done_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [organisationID, action.referentielID, action.criterionID, action.title, action.owner, action.dueDate,
                             action.status.rawValue, action.notes, now(), action.status == .done ? now() : nil])
        var saved = action
        saved.id = db.lastInsertedRowID
        return saved
    }

    /// An organisation's actions: open ones first (they carry over), then by due date.
    public func actions(organisationSlug: String, includeClosed: Bool = true) throws -> [PlannedAction] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.id, o.slug, p.referentiel_id, p.criterion_id, p.title, p.owner, p.due_date, p.status, p.notes
                FROM planned_action p JOIN organisation o ON o.id = p.organisation_id WHERE o.slug = ?
                ORDER BY p.status IN ('done', 'dropped'), p.due_date IS NULL, p.due_date, p.id
                """, arguments: [organisationSlug])
            return rows.map {
                PlannedAction(id: $0[0], organisationSlug: $0[1], referentielID: $0[2], criterionID: $0[3], title: $0[4], owner: $0[5],
                              dueDate: $0[6], status: ActionStatus(rawValue: $0[7]) ?? .todo, notes: $0[8])
            }.filter { includeClosed || $0.status.isOpen }
        }
    }

    /// Changes an action's status (`done` records the day it was done).
    public func setActionStatus(id: Int64, _ status: ActionStatus) throws {
        try writeTransaction { db in
            try db.execute(sql: "UPDATE planned_action SET status = ?, done_at = CASE WHEN ? = 'done' THEN ? ELSE NULL END WHERE id = ?",
                           arguments: [status.rawValue, status.rawValue, Self.now(), id])
            if db.changesCount == 0 {
                throw StoreError(fr: "action \(id) inconnue", en: "unknown action \(id)")
            }
        }
    }
}
