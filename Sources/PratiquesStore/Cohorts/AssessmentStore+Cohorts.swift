import GRDB
import PratiquesCore

extension AssessmentStore {
    // MARK: Writing (each in one transaction: all of it, or nothing)

    /// Creates a cohort; its name must be new.
    @discardableResult
    public func createCohort(name: String, parcours: String) throws -> Cohort {
        try writeTransaction { db in
            if try Self.cohortID(name: name, db) != nil {
                throw StoreError(fr: "cohorte « \(name) » : elle existe déjà (voir « pratiques cohort list »)",
                                 en: "cohort '\(name)': it already exists (see 'pratiques cohort list')")
            }
            try db.execute(sql: "INSERT INTO cohort (name, parcours, created_at) VALUES (?, ?, ?)", arguments: [name, parcours, Self.now()])
            return try Self.cohort(name: name, db)!
        }
    }

    /// Adds a session after the existing ones. The window defaults to 182 days each side of
    /// `date`; sessions must come in date order and their windows must not overlap.
    @discardableResult
    public func addCohortSession(cohort name: String, label: String, date: String, windowStart: String? = nil,
                                 windowEnd: String? = nil) throws -> CohortSession {
        try writeTransaction { db in
            let cohort = try Self.requireCohort(name: name, db)
            let where_ = "cohorte « \(name) », session « \(label) »"
            let whereEn = "cohort '\(name)', session '\(label)'"
            for (field, value) in [("--date", date), ("--from", windowStart), ("--to", windowEnd)] {
                if let value, !Day.isValid(value) {
                    throw StoreError(fr: "\(where_), \(field) : « \(value) » n'est pas une date AAAA-MM-JJ",
                                     en: "\(whereEn), \(field): '\(value)' is not a YYYY-MM-DD date")
                }
            }
            let session = CohortSession(position: cohort.sessions.count, label: label, date: date, windowStart: windowStart, windowEnd: windowEnd)
            guard session.windowStart <= session.date, session.date <= session.windowEnd else {
                throw StoreError(fr: "\(where_) : la fenêtre \(session.windowStart) → \(session.windowEnd) doit contenir la date \(date)",
                                 en: "\(whereEn): the window \(session.windowStart) → \(session.windowEnd) must contain the date \(date)")
            }
            if cohort.session(label: label) != nil {
                throw StoreError(fr: "\(where_) : cette session existe déjà", en: "\(whereEn): this session already exists")
            }
            if let last = cohort.sessions.last, last.date >= date {
                throw StoreError(fr: "\(where_) : la date \(date) doit suivre celle de la session \(last.label) (\(last.date))",
                                 en: "\(whereEn): the date \(date) must come after session \(last.label) (\(last.date))")
            }
            if let other = cohort.sessions.first(where: { $0.overlaps(session) }) {
                throw StoreError(fr: "\(where_) : la fenêtre \(session.windowStart) → \(session.windowEnd) chevauche celle de \(other.label) (\(other.windowStart) → \(other.windowEnd)) ; précisez --from et --to",
                                 en: "\(whereEn): the window \(session.windowStart) → \(session.windowEnd) overlaps \(other.label)'s (\(other.windowStart) → \(other.windowEnd)); give --from and --to")
            }
            try db.execute(sql: """
                INSERT INTO cohort_session (cohort_id, position, label, date, window_start, window_end) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [cohort.id, session.position, label, date, session.windowStart, session.windowEnd])
            return session
        }
    }

    /// Adds organisations to a cohort (already members are left as they are). An unknown
    /// organisation refuses the whole list.
    public func addCohortMembers(cohort name: String, organisations slugs: [String]) throws {
        try writeTransaction { db in
            let cohort = try Self.requireCohort(name: name, db)
            for slug in slugs {
                guard let organisation = try Self.organisation(slug: slug, db), let id = organisation.id else {
                    throw StoreError(fr: "cohorte « \(name) » : organisation « \(slug) » inconnue (voir « pratiques org list »)",
                                     en: "cohort '\(name)': unknown organisation '\(slug)' (see 'pratiques org list')")
                }
                try db.execute(sql: "INSERT OR IGNORE INTO cohort_member (cohort_id, organisation_id) VALUES (?, ?)", arguments: [cohort.id, id])
            }
        }
    }

    /// Links assessments to a session explicitly: each then represents its organisation (a
    /// member) at that session for its grid, whatever its date.
    public func linkCohortAssessments(cohort name: String, session label: String, assessmentIDs: [Int64]) throws {
        try writeTransaction { db in
            let cohort = try Self.requireCohort(name: name, db)
            guard let sessionID = try Int64.fetchOne(db, sql: "SELECT id FROM cohort_session WHERE cohort_id = ? AND label = ?",
                                                     arguments: [cohort.id, label]) else {
                throw StoreError(fr: "cohorte « \(name) » : session « \(label) » inconnue (sessions : \(cohort.sessions.map(\.label).joined(separator: ", ")))",
                                 en: "cohort '\(name)': unknown session '\(label)' (sessions: \(cohort.sessions.map(\.label).joined(separator: ", ")))")
            }
            for id in assessmentIDs {
                guard let slug = try String.fetchOne(db, sql: """
                    SELECT o.slug FROM assessment a JOIN organisation o ON o.id = a.organisation_id WHERE a.id = ?
                    """, arguments: [id]) else {
                    throw StoreError(fr: "cohorte « \(name) », session « \(label) » : évaluation \(id) inconnue (voir « pratiques assess list »)",
                                     en: "cohort '\(name)', session '\(label)': unknown assessment \(id) (see 'pratiques assess list')")
                }
                guard cohort.members.contains(slug) else {
                    throw StoreError(fr: "cohorte « \(name) », session « \(label) » : l'évaluation \(id) est celle de « \(slug) », qui n'est pas membre (cohort add)",
                                     en: "cohort '\(name)', session '\(label)': assessment \(id) belongs to '\(slug)', not a member (cohort add)")
                }
                try db.execute(sql: "INSERT OR IGNORE INTO cohort_session_assessment (session_id, assessment_id) VALUES (?, ?)",
                               arguments: [sessionID, id])
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

    /// The cohort with this name, or a bilingual error.
    public func requireCohort(name: String) throws -> Cohort {
        try pool.read { db in try Self.requireCohort(name: name, db) }
    }

    /// Assessment ids linked explicitly, by session label.
    public func cohortLinks(cohort name: String) throws -> [String: [Int64]] {
        try pool.read { db in
            var links: [String: [Int64]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.label, l.assessment_id FROM cohort_session_assessment l JOIN cohort_session s ON s.id = l.session_id
                JOIN cohort c ON c.id = s.cohort_id WHERE c.name = ? ORDER BY s.position, l.assessment_id
                """, arguments: [name]) {
                links[row[0], default: []].append(row[1])
            }
            return links
        }
    }

    static func cohortID(name: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM cohort WHERE name = ?", arguments: [name])
    }

    static func requireCohort(name: String, _ db: Database) throws -> Cohort {
        if let cohort = try cohort(name: name, db) { return cohort }
        throw StoreError(fr: "cohorte « \(name) » inconnue (voir « pratiques cohort list »)",
                         en: "unknown cohort '\(name)' (see 'pratiques cohort list')")
    }

    static func cohort(name: String, _ db: Database) throws -> Cohort? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, name, parcours FROM cohort WHERE name = ?", arguments: [name]) else { return nil }
        let id: Int64 = row[0]
        let sessions = try Row.fetchAll(db, sql: """
            SELECT position, label, date, window_start, window_end FROM cohort_session WHERE cohort_id = ? ORDER BY position
            """, arguments: [id]).map {
            CohortSession(position: $0[0], label: $0[1], date: $0[2], windowStart: $0[3], windowEnd: $0[4])
        }
        let members = try String.fetchAll(db, sql: """
            SELECT o.slug FROM cohort_member m JOIN organisation o ON o.id = m.organisation_id WHERE m.cohort_id = ? ORDER BY o.slug
            """, arguments: [id])
        return Cohort(id: id, name: row[1], parcours: row[2], sessions: sessions, members: members)
    }
}
