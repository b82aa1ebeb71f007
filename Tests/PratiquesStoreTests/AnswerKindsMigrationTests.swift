import Foundation
import GRDB
import Testing
@testable import PratiquesCore
@testable import PratiquesStore

/// Migration `v4-answer-kinds` on a database written by the previous schema, where yes/no
/// answers were kept in `level` and told apart only by the grid.
@Suite struct AnswerKindsMigrationTests {
    @Test func yesNoAnswersMoveToTheirColumnAndNothingElseChanges() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-v3-\(UUID().uuidString).sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(queue, upTo: "v3-cohorts")
            let mini = StoreFixture.mini
            try queue.write { db in
                try db.execute(sql: "INSERT INTO organisation (id, slug, name, legal_form, created_at) VALUES (1, 'ruche', 'La Ruche', 'association', 'x')")
                try db.execute(sql: """
                    INSERT INTO referentiel_snapshot (id, referentiel_id, version, sha256, content, canonical_json, stored_at) VALUES (1, 'mini', '1.0.0', ?, ?, '{}', 'x')
                    """, arguments: [mini.sha256, mini.text])
                try db.execute(sql: "INSERT INTO assessment (id, organisation_id, snapshot_id, date, label, status, created_at) VALUES (7, 1, 1, '2024-03-01', '2024', 'complete', 'x')")
                try db.execute(sql: "INSERT INTO respondent (id, assessment_id, position, role, name) VALUES (1, 7, 0, 'direction', 'Claire'), (2, 7, 1, 'benevole', NULL)")
                try db.execute(sql: """
                    INSERT INTO answer (respondent_id, criterion_id, level, number, text, not_applicable, comment, origin) VALUES
                      (1, 'mn.regles-ecrites', 1, NULL, NULL, 0, 'c', NULL), (1, 'mn.charte', 1, NULL, NULL, 0, NULL, NULL),
                      (1, 'mn.participation', NULL, 32.5, NULL, 0, NULL, NULL), (1, 'mn.entretiens', NULL, NULL, NULL, 1, NULL, NULL),
                      (2, 'mn.charte', 0, NULL, NULL, 0, 'non', NULL), (2, 'mn.remarques', NULL, NULL, 'rien', 0, NULL, NULL)
                    """)
                try db.execute(sql: """
                    INSERT INTO consensus_answer (assessment_id, criterion_id, level, number, text, not_applicable, comment, origin) VALUES
                      (7, 'mn.charte', 1, NULL, NULL, 0, NULL, NULL), (7, 'mn.regles-ecrites', 2, NULL, NULL, 0, NULL, NULL)
                    """)
            }
        }
        let store = try AssessmentStore(path: path)
        let assessment = try #require(try store.assessment(id: 7))
        let claire = assessment.respondents[0].answers, other = assessment.respondents[1].answers
        #expect(claire["mn.regles-ecrites"] == Answer(criterionID: "mn.regles-ecrites", value: .level(1), comment: "c"))
        #expect(claire["mn.charte"]?.value == .yesNo(true))
        #expect(claire["mn.participation"]?.value == .number(32.5))
        #expect(claire["mn.entretiens"]?.value == .notApplicable)
        #expect(other["mn.charte"] == Answer(criterionID: "mn.charte", value: .yesNo(false), comment: "non"))
        #expect(other["mn.remarques"]?.value == .text("rien"))
        #expect(assessment.consensus["mn.charte"]?.value == .yesNo(true))
        #expect(assessment.consensus["mn.regles-ecrites"]?.value == .level(2))
        let (yesNo, levels, columns) = try store.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM answer WHERE yes_no IS NOT NULL"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM answer WHERE level IS NOT NULL"),
             try db.columns(in: "referentiel_snapshot").map(\.name))
        }
        #expect(yesNo == 2 && levels == 1)
        #expect(!columns.contains("canonical_json"))
    }
}
