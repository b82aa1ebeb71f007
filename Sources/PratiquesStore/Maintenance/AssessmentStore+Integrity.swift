import Foundation
import GRDB
import PratiquesCore

/// A row that breaks a foreign key: the table, its rowid (when it has one) and the table it
/// should point to.
public struct ForeignKeyViolation: Sendable, Hashable {
    public var table: String
    public var rowID: Int64?
    public var parent: String
}

/// A stored grid version as kept: its text and the hash stored beside it.
public struct SnapshotText: Sendable, Hashable {
    public var id: Int64
    public var referentielID: String
    public var version: String
    public var sha256: String
    public var content: String
}

/// One stored answer (a respondent's or a consensus), located: what `check` compares with its grid.
public struct StoredAnswerRow: Sendable {
    public var assessmentID: Int64
    public var snapshotID: Int64
    /// `nil` for a consensus answer.
    public var respondentID: Int64?
    public var criterionID: String
    public var value: AnswerValue?
    /// How many value columns the row fills (`level`, `yes_no`, `number`, `text`,
    /// `not_applicable`): more than one is a damaged row.
    public var filledColumns: Int
}

extension AssessmentStore {
    /// SQLite's `PRAGMA integrity_check`: empty when the file is sound, else what it found.
    public func integrityProblems() throws -> [String] {
        try pool.read { db in
            let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            return rows == ["ok"] ? [] : rows
        }
    }

    /// SQLite's `PRAGMA foreign_key_check`: rows pointing to rows that do not exist.
    public func foreignKeyViolations() throws -> [ForeignKeyViolation] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map {
                ForeignKeyViolation(table: $0["table"], rowID: $0["rowid"], parent: $0["parent"])
            }
        }
    }

    /// Every stored grid version with its text and its stored hash.
    public func snapshotTexts() throws -> [SnapshotText] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, referentiel_id, version, sha256, content FROM referentiel_snapshot ORDER BY id").map {
                SnapshotText(id: $0["id"], referentielID: $0["referentiel_id"], version: $0["version"], sha256: $0["sha256"], content: $0["content"])
            }
        }
    }

    /// Drafts that have no respondent: nobody can fill them, and nothing counts in them.
    public func draftsWithoutRespondents() throws -> [AssessmentSummary] {
        let ids = try pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT a.id FROM assessment a WHERE a.status = 'draft'
                AND NOT EXISTS (SELECT 1 FROM respondent r WHERE r.assessment_id = a.id) ORDER BY a.id
                """)
        }
        return try ids.compactMap { try assessmentSummary(id: $0) }
    }

    /// Visits every stored answer, respondents' then consensus, in the order of the assessments.
    public func forEachStoredAnswer(_ body: (StoredAnswerRow) throws -> Void) throws {
        let columns = "x.criterion_id, x.level, x.yes_no, x.number, x.text, x.not_applicable"
        let queries = [
            "SELECT a.id AS assessment_id, a.snapshot_id, r.id AS respondent_id, \(columns) FROM answer x JOIN respondent r ON r.id = x.respondent_id JOIN assessment a ON a.id = r.assessment_id ORDER BY a.id, r.id",
            "SELECT a.id AS assessment_id, a.snapshot_id, NULL AS respondent_id, \(columns) FROM consensus_answer x JOIN assessment a ON a.id = x.assessment_id ORDER BY a.id",
        ]
        try pool.read { db in
            for sql in queries {
                let rows = try Row.fetchCursor(db, sql: sql)
                while let row = try rows.next() {
                    let answer = AnswerColumns(level: row["level"], yesNo: row["yes_no"], number: row["number"], text: row["text"],
                                               notApplicable: row["not_applicable"] ?? false)
                    let filled = [answer.level != nil, answer.yesNo != nil, answer.number != nil, answer.text != nil, answer.notApplicable]
                        .filter { $0 }.count
                    try body(StoredAnswerRow(assessmentID: row["assessment_id"], snapshotID: row["snapshot_id"], respondentID: row["respondent_id"],
                                             criterionID: row["criterion_id"], value: answer.value, filledColumns: filled))
                }
            }
        }
    }
}
