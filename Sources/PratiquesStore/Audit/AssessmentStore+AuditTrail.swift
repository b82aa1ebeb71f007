import GRDB
import PratiquesCore

extension AssessmentStore {
    /// Appends one entry to the audit trail, in the caller's transaction, with the current
    /// ``AuditContext``'s actor (and its source when `subject` is not given).
    static func audit(_ operation: AuditOperation, organisationID: Int64? = nil, assessmentID: Int64? = nil,
                      respondentID: Int64? = nil, subject: String? = nil, _ db: Database) throws {
        let context = AuditContext.current
        let statement = try db.cachedStatement(sql: """
            INSERT INTO audit_event (at, operation, organisation_id, assessment_id, respondent_id, subject, actor)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [now(), operation.rawValue, organisationID, assessmentID, respondentID,
                                          subject ?? context.source, context.actor])
    }

    /// Appends one entry to the audit trail in a transaction of its own (e.g. after a restore).
    public func audit(_ operation: AuditOperation, subject: String?) throws {
        try writeTransaction { db in try Self.audit(operation, subject: subject, db) }
    }

    /// The audit trail, oldest first: every entry, or those of one organisation, from a day on.
    ///
    /// - Parameters:
    ///   - organisationSlug: only this organisation's entries (throws
    ///     ``StoreError/unknownOrganisation(_:)`` when it is not stored).
    ///   - since: only entries written on this day (`YYYY-MM-DD`, UTC) or later.
    ///   - limit: at most this many entries, the newest ones.
    public func auditTrail(organisationSlug: String? = nil, since: String? = nil, limit: Int? = nil) throws -> [AuditEntry] {
        try pool.read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let organisationSlug {
                conditions.append("e.organisation_id = ?")
                arguments += [try Self.organisationID(slug: organisationSlug, db)]
            }
            if let since {
                conditions.append("e.at >= ?")
                arguments += [since]
            }
            var sql = """
                SELECT e.id, e.at, e.operation, o.slug, e.assessment_id, e.respondent_id, r.role, r.name, e.subject, e.actor
                FROM audit_event e
                LEFT JOIN organisation o ON o.id = e.organisation_id
                LEFT JOIN respondent r ON r.id = e.respondent_id
                """
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY e.id DESC"
            if let limit { sql += " LIMIT \(max(0, limit))" }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).reversed().compactMap { row in
                guard let operation = AuditOperation(rawValue: row[2]) else { return nil }
                let respondent = (row[5] as Int64?).map { id in
                    AuditRespondent(id: id, role: (row[6] as String?).flatMap(RespondentRole.init(rawValue:)), name: row[7])
                }
                return AuditEntry(id: row[0], at: row[1], operation: operation, organisationSlug: row[3], assessmentID: row[4],
                                  subject: row[8], respondent: respondent, actor: row[9])
            }
        }
    }
}
