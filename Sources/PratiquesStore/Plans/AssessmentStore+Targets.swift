import GRDB
import PratiquesCore

extension AssessmentStore {
    /// Sets (or replaces) an organisation's target on one criterion.
    public func setTarget(_ target: Target) throws {
        try writeTransaction { db in
            try Self.upsert(target, organisationID: try Self.organisationID(slug: target.organisationSlug, db), db)
        }
    }

    static func upsert(_ target: Target, organisationID: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO target (organisation_id, referentiel_id, criterion_id, level, horizon, set_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(organisation_id, referentiel_id, criterion_id) DO UPDATE SET level = excluded.level, horizon = excluded.horizon, set_at = excluded.set_at
            """, arguments: [organisationID, target.referentielID, target.criterionID, target.level, target.horizon, now()])
        try audit(.target, organisationID: organisationID, subject: "\(target.referentielID) \(target.criterionID)", db)
    }

    /// An organisation's targets, on one grid when `referentielID` is set.
    public func targets(organisationSlug: String, referentielID: String? = nil) throws -> [Target] {
        try pool.read { db in
            var sql = """
                SELECT t.id, o.slug AS organisation, t.referentiel_id, t.criterion_id, t.level, t.horizon FROM target t
                JOIN organisation o ON o.id = t.organisation_id WHERE o.slug = ?
                """
            var arguments: StatementArguments = [organisationSlug]
            if let referentielID { sql += " AND t.referentiel_id = ?"; arguments += [referentielID] }
            return try Row.fetchAll(db, sql: sql + " ORDER BY t.referentiel_id, t.criterion_id", arguments: arguments).map(Target.init(row:))
        }
    }
}
