import GRDB
import PratiquesCore

extension AssessmentStore {
    /// Adds an organisation, or updates the one with the same slug.
    @discardableResult
    public func save(_ organisation: Organisation) throws -> Organisation {
        try writeTransaction { db in try Self.upsert(organisation, db) }
    }

    static func upsert(_ organisation: Organisation, _ db: Database) throws -> Organisation {
        try db.execute(sql: """
            INSERT INTO organisation (slug, name, legal_form, siret, departement, epci, sector, size_band, consent_named, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(slug) DO UPDATE SET name = excluded.name, legal_form = excluded.legal_form, siret = excluded.siret,
                departement = excluded.departement, epci = excluded.epci, sector = excluded.sector,
                size_band = excluded.size_band, consent_named = excluded.consent_named
            """, arguments: [organisation.slug, organisation.name, organisation.legalForm.rawValue, organisation.siret,
                             organisation.departement, organisation.epci, organisation.sector, organisation.sizeBand?.rawValue,
                             organisation.consentsToBeNamed, now()])
        var saved = organisation
        saved.id = try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE slug = ?", arguments: [organisation.slug])
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

    static func organisationID(slug: String, _ db: Database) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE slug = ?", arguments: [slug]) else {
            throw StoreError.unknownOrganisation(slug)
        }
        return id
    }
}
