import GRDB
import PratiquesCore

extension AssessmentStore {
    /// Adds an action to an organisation's plan and returns it with its id.
    @discardableResult
    public func addAction(_ action: PlannedAction) throws -> PlannedAction {
        try writeTransaction { db in
            try Self.insert(action, organisationID: try Self.organisationID(slug: action.organisationSlug, db), db)
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
        try audit(.action, organisationID: organisationID, subject: "\(saved.id!) \(action.status.rawValue)", db)
        return saved
    }

    /// An organisation's actions: open ones first (they carry over), then by due date.
    public func actions(organisationSlug: String, includeClosed: Bool = true) throws -> [PlannedAction] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.id, o.slug AS organisation, p.referentiel_id, p.criterion_id, p.title, p.owner, p.due_date, p.status, p.notes
                FROM planned_action p JOIN organisation o ON o.id = p.organisation_id WHERE o.slug = ?
                ORDER BY p.status IN ('done', 'dropped'), p.due_date IS NULL, p.due_date, p.id
                """, arguments: [organisationSlug]).map(PlannedAction.init(row:)).filter { includeClosed || $0.status.isOpen }
        }
    }

    /// Changes an action's status (`done` records the day it was done).
    public func setActionStatus(id: Int64, _ status: ActionStatus) throws {
        try writeTransaction { db in
            try db.execute(sql: "UPDATE planned_action SET status = ?, done_at = CASE WHEN ? = 'done' THEN ? ELSE NULL END WHERE id = ?",
                           arguments: [status.rawValue, status.rawValue, Self.now(), id])
            if db.changesCount == 0 { throw StoreError.unknownAction(id) }
            try Self.audit(.action, organisationID: try Int64.fetchOne(db, sql: "SELECT organisation_id FROM planned_action WHERE id = ?", arguments: [id]),
                           subject: "\(id) \(status.rawValue)", db)
        }
    }
}
