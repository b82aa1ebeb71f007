import Foundation
import GRDB
import PratiquesCore

extension StoreSchema {
    /// `v4-answer-kinds`: every stored answer says what kind of value it holds, so that reading
    /// answers needs no grid.
    ///
    /// Until v3, yes (1) and no (0) were kept in `level`, and telling them from levels needed the
    /// grid's criterion kinds. They move to their own `yes_no` column: for each stored grid
    /// version, the answers to its yes/no criteria are moved. The snapshots' `canonical_json`,
    /// written but never read (the content hash is computed from the grid itself), is dropped.
    static func v4AnswerKinds(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE answer ADD COLUMN yes_no INTEGER CHECK (yes_no IN (0, 1));
            ALTER TABLE consensus_answer ADD COLUMN yes_no INTEGER CHECK (yes_no IN (0, 1));
            """)
        for row in try Row.fetchAll(db, sql: "SELECT id, referentiel_id, version, content FROM referentiel_snapshot") {
            let snapshotID: Int64 = row["id"]
            let name = "snapshot:\(row["referentiel_id"] as String)@\(row["version"] as String)"
            let loaded = try ReferentielLoader.load(data: Data((row["content"] as String).utf8), path: name)
            let yesNo = loaded.referentiel.criteria.filter { $0.kind == .yesNo }.map(\.id)
            guard !yesNo.isEmpty else { continue }
            let marks = databaseQuestionMarks(count: yesNo.count)
            try db.execute(sql: """
                UPDATE answer SET yes_no = level, level = NULL WHERE level IS NOT NULL AND criterion_id IN (\(marks))
                AND respondent_id IN (SELECT r.id FROM respondent r JOIN assessment a ON a.id = r.assessment_id WHERE a.snapshot_id = ?)
                """, arguments: StatementArguments(yesNo) + [snapshotID])
            try db.execute(sql: """
                UPDATE consensus_answer SET yes_no = level, level = NULL WHERE level IS NOT NULL AND criterion_id IN (\(marks))
                AND assessment_id IN (SELECT id FROM assessment WHERE snapshot_id = ?)
                """, arguments: StatementArguments(yesNo) + [snapshotID])
        }
        try db.execute(sql: "ALTER TABLE referentiel_snapshot DROP COLUMN canonical_json")
    }
}
