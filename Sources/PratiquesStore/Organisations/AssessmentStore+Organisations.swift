import GRDB
import PratiquesCore

extension AssessmentStore {
    /// Adds an organisation, or updates the one with the same slug.
    @discardableResult
    public func save(_ organisation: Organisation) throws -> Organisation {
        try writeTransaction { db in try Self.upsert(organisation, db) }
    }

    static func upsert(_ organisation: Organisation, _ db: Database) throws -> Organisation {
        let before = try Row.fetchOne(db, sql: "SELECT id, consent_named FROM organisation WHERE slug = ?", arguments: [organisation.slug])
        try db.execute(sql: """
            INSERT INTO organisation (slug, name, legal_form, siret, departement, epci, sector, size_band, consent_named, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(slug) DO UPDATE SET name = excluded.name, legal_form = excluded.legal_form, siret = excluded.siret,
                departement = excluded.departement, epci = excluded.epci, sector = excluded.sector,
                size_band = excluded.size_band, consent_named = excluded.consent_named
            WHERE name IS NOT excluded.name OR legal_form IS NOT excluded.legal_form OR siret IS NOT excluded.siret
                OR departement IS NOT excluded.departement OR epci IS NOT excluded.epci OR sector IS NOT excluded.sector
                OR size_band IS NOT excluded.size_band OR consent_named IS NOT excluded.consent_named
            """, arguments: [organisation.slug, organisation.name, organisation.legalForm.rawValue, organisation.siret,
                             organisation.departement, organisation.epci, organisation.sector, organisation.sizeBand?.rawValue,
                             organisation.consentsToBeNamed, now()])
        let changed = db.changesCount > 0
        var saved = organisation
        saved.id = try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE slug = ?", arguments: [organisation.slug])
        if changed {
            try audit(.organisation, organisationID: saved.id, subject: before == nil ? "created" : "changed", db)
            if let before, (before["consent_named"] as Bool) != organisation.consentsToBeNamed {
                try audit(.consent, organisationID: saved.id, subject: organisation.consentsToBeNamed ? "named" : "not-named", db)
            }
        }
        return saved
    }

    /// Every organisation, sorted by name.
    public func organisations() throws -> [Organisation] {
        try pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM organisation ORDER BY name COLLATE NOCASE").map(Organisation.init(row:)) }
    }

    /// The organisation with this slug.
    public func organisation(slug: String) throws -> Organisation? {
        try pool.read { db in try Self.organisation(slug: slug, db) }
    }

    static func organisation(slug: String, _ db: Database) throws -> Organisation? {
        try Row.fetchOne(db, sql: "SELECT * FROM organisation WHERE slug = ?", arguments: [slug]).map(Organisation.init(row:))
    }

    /// The id of the organisation an assessment belongs to, if the assessment is stored.
    static func organisationID(ofAssessment assessmentID: Int64, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT organisation_id FROM assessment WHERE id = ?", arguments: [assessmentID])
    }

    static func organisationID(slug: String, _ db: Database) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE slug = ?", arguments: [slug]) else {
            throw StoreError.unknownOrganisation(slug)
        }
        return id
    }
}
