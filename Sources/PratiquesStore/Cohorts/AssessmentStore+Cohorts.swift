import GRDB
import PratiquesCore

extension AssessmentStore {
    // MARK: Writing (each in one transaction: all of it, or nothing)

    /// Creates a cohort; its name must be new (``StoreError/cohortExists(_:)``).
    @discardableResult
    public func createCohort(name: String, parcours: String) throws -> Cohort {
        try writeTransaction { db in
            if try Self.cohortID(name: name, db) != nil { throw StoreError.cohortExists(name) }
            try db.execute(sql: "INSERT INTO cohort (name, parcours, created_at) VALUES (?, ?, ?)", arguments: [name, parcours, Self.now()])
            try Self.audit(.cohort, subject: name, db)
            return try Self.cohort(name: name, db)!
        }
    }

    /// Stores a session of a cohort (its position, label, date and window as given).
    public func addCohortSession(cohort name: String, _ session: CohortSession) throws {
        try writeTransaction { db in
            guard let id = try Self.cohortID(name: name, db) else { throw StoreError.unknownCohort(name) }
            try db.execute(sql: """
                INSERT INTO cohort_session (cohort_id, position, label, date, window_start, window_end) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, session.position, session.label, session.date, session.windowStart, session.windowEnd])
            try Self.audit(.cohort, subject: "\(name) / \(session.label)", db)
        }
    }

    /// Adds organisations to a cohort (already members are left as they are). An unknown
    /// organisation refuses the whole list.
    public func addCohortMembers(cohort name: String, organisations slugs: [String]) throws {
        try writeTransaction { db in
            guard let cohortID = try Self.cohortID(name: name, db) else { throw StoreError.unknownCohort(name) }
            for slug in slugs {
                let organisationID = try Self.organisationID(slug: slug, db)
                try db.execute(sql: "INSERT OR IGNORE INTO cohort_member (cohort_id, organisation_id) VALUES (?, ?)",
                               arguments: [cohortID, organisationID])
                if db.changesCount > 0 { try Self.audit(.cohort, organisationID: organisationID, subject: name, db) }
            }
        }
    }

    /// Links assessments to a session explicitly (already linked ones are left as they are).
    public func linkCohortAssessments(cohort name: String, session label: String, assessmentIDs: [Int64]) throws {
        try writeTransaction { db in
            guard let cohortID = try Self.cohortID(name: name, db) else { throw StoreError.unknownCohort(name) }
            guard let sessionID = try Int64.fetchOne(db, sql: "SELECT id FROM cohort_session WHERE cohort_id = ? AND label = ?",
                                                     arguments: [cohortID, label]) else {
                throw StoreError.unknownSession(cohort: name, label: label)
            }
            for id in assessmentIDs {
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM assessment WHERE id = ?)", arguments: [id]) == true else {
                    throw StoreError.unknownAssessment(id)
                }
                try db.execute(sql: "INSERT OR IGNORE INTO cohort_session_assessment (session_id, assessment_id) VALUES (?, ?)",
                               arguments: [sessionID, id])
                if db.changesCount > 0 {
                    try Self.audit(.cohort, organisationID: try Self.organisationID(ofAssessment: id, db), assessmentID: id,
                                   subject: "\(name) / \(label)", db)
                }
            }
        }
    }

    // MARK: Reading

    /// Every cohort, by name.
    public func cohorts() throws -> [Cohort] {
        try pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM cohort ORDER BY name").compactMap { try Self.cohort(name: $0, db) }
        }
    }

    /// The cohort with this name, with its sessions and members.
    public func cohort(name: String) throws -> Cohort? {
        try pool.read { db in try Self.cohort(name: name, db) }
    }

    /// Assessment ids linked explicitly, by session label.
    public func cohortLinks(cohort name: String) throws -> [String: [Int64]] {
        try pool.read { db in
            var links: [String: [Int64]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.label, l.assessment_id FROM cohort_session_assessment l JOIN cohort_session s ON s.id = l.session_id
                JOIN cohort c ON c.id = s.cohort_id WHERE c.name = ? ORDER BY s.position, l.assessment_id
                """, arguments: [name]) {
                links[row["label"], default: []].append(row["assessment_id"])
            }
            return links
        }
    }

    static func cohortID(name: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM cohort WHERE name = ?", arguments: [name])
    }

    static func cohort(name: String, _ db: Database) throws -> Cohort? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, name, parcours FROM cohort WHERE name = ?", arguments: [name]) else { return nil }
        let id: Int64 = row["id"]
        let sessions = try Row.fetchAll(db, sql: """
            SELECT position, label, date, window_start, window_end FROM cohort_session WHERE cohort_id = ? ORDER BY position
            """, arguments: [id]).map(CohortSession.init(row:))
        let members = try String.fetchAll(db, sql: """
            SELECT o.slug FROM cohort_member m JOIN organisation o ON o.id = m.organisation_id WHERE m.cohort_id = ? ORDER BY o.slug
            """, arguments: [id])
        return Cohort(id: id, name: row["name"], parcours: row["parcours"], sessions: sessions, members: members)
    }
}
