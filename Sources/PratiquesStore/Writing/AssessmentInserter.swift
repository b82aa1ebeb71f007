import Foundation
import GRDB
import PratiquesCore

/// Inserts assessments with one reused prepared statement per table (raw SQLite binds: the
/// import of 1.3 million answers runs close to a C program doing the same).
final class AssessmentInserter {
    private let assessment: RawStatement
    private let respondent: RawStatement
    private let answer: RawStatement
    private let consensus: RawStatement
    private let createdAt: String

    init(_ db: Database) throws {
        assessment = try RawStatement(db, sql: "INSERT INTO assessment (organisation_id, snapshot_id, date, label, status, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        respondent = try RawStatement(db, sql: "INSERT INTO respondent (assessment_id, position, role, name) VALUES (?, ?, ?, ?)")
        answer = try RawStatement(db, sql: """
            INSERT INTO answer (respondent_id, criterion_id, \(AnswerColumns.names), comment, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        consensus = try RawStatement(db, sql: """
            INSERT INTO consensus_answer (assessment_id, criterion_id, \(AnswerColumns.names), comment, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        createdAt = AssessmentStore.now()
    }

    func insert(_ item: Assessment, organisationID: Int64, snapshotID: Int64) throws -> Int64 {
        assessment.bind(1, organisationID)
        assessment.bind(2, snapshotID)
        assessment.bind(3, item.date)
        assessment.bind(4, item.label)
        assessment.bind(5, item.status.rawValue)
        assessment.bind(6, createdAt)
        try assessment.execute()
        let assessmentID = assessment.lastInsertedRowID()
        for (position, person) in item.respondents.enumerated() {
            try insert(person, assessmentID: assessmentID, position: position)
        }
        for value in item.consensus.values {
            try insert(value, owner: assessmentID, into: consensus)
        }
        return assessmentID
    }

    /// One respondent and their answers, at `position` among the assessment's respondents.
    func insert(_ person: Respondent, assessmentID: Int64, position: Int) throws {
        respondent.bind(1, assessmentID)
        respondent.bind(2, position)
        respondent.bind(3, person.role.rawValue)
        respondent.bind(4, person.name)
        try respondent.execute()
        let respondentID = respondent.lastInsertedRowID()
        for value in person.answers.values.sorted(by: { $0.criterionID < $1.criterionID }) {
            try insert(value, owner: respondentID, into: answer)
        }
    }

    /// One answer row (see ``AnswerColumns``).
    private func insert(_ value: Answer, owner: Int64, into statement: RawStatement) throws {
        let columns = AnswerColumns(value.value)
        statement.bind(1, owner)
        statement.bind(2, value.criterionID)
        statement.bind(3, columns.level)
        statement.bind(4, columns.yesNo)
        statement.bind(5, columns.number)
        statement.bind(6, columns.text)
        statement.bind(7, columns.notApplicable)
        statement.bind(8, value.comment)
        statement.bind(9, value.origin)
        try statement.execute()
    }
}
