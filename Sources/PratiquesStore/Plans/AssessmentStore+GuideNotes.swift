import GRDB
import PratiquesCore

/// The general assembly's notes on the guide of good practices (`guide_note`), one per
/// organisation and year.
extension AssessmentStore {
    /// Records (or replaces) the note of one organisation and year.
    public func saveGuideNote(_ note: GuideNote) throws {
        try writeTransaction { db in
            let organisationID = try Self.organisationID(slug: note.organisationSlug, db)
            try db.execute(sql: """
                INSERT INTO guide_note (organisation_id, year, meeting_date, decisions, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (organisation_id, year) DO UPDATE SET meeting_date = excluded.meeting_date, decisions = excluded.decisions,
                    updated_at = excluded.updated_at
                """, arguments: [organisationID, note.year, note.meetingDate, note.decisions, Self.now()])
            try Self.audit(.organisation, organisationID: organisationID, subject: "guide \(note.year)", db)
        }
    }

    /// The note of one organisation and year, if recorded.
    public func guideNote(organisationSlug: String, year: Int) throws -> GuideNote? {
        try pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT g.year, g.meeting_date, g.decisions FROM guide_note g JOIN organisation o ON o.id = g.organisation_id
                WHERE o.slug = ? AND g.year = ?
                """, arguments: [organisationSlug, year]).map {
                GuideNote(organisationSlug: organisationSlug, year: $0["year"], meetingDate: $0["meeting_date"], decisions: $0["decisions"])
            }
        }
    }
}
