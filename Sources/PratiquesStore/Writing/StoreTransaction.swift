import GRDB
import PratiquesCore

/// The store's writes inside one transaction (``AssessmentStore/transaction(_:)``): bulk
/// imports and drafts write many rows, all of them or none.
///
/// Assessments go through one reused prepared statement per table. A refusal is a
/// ``StoreError`` thrown by the write concerned; the caller may go on with the next item, and
/// decides at the end whether the whole transaction is kept (by returning) or not (by throwing).
public final class StoreTransaction {
    let db: Database
    private lazy var inserter: Result<AssessmentInserter, any Error> = Result { try AssessmentInserter(db) }

    init(_ db: Database) {
        self.db = db
    }

    /// The id of the organisation with this slug, if stored.
    public func organisationID(slug: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE slug = ?", arguments: [slug])
    }

    /// The organisation with this slug, if stored.
    public func organisation(slug: String) throws -> Organisation? {
        try AssessmentStore.organisation(slug: slug, db)
    }

    /// Adds an organisation, or updates the one with the same slug; returns its id.
    @discardableResult
    public func save(_ organisation: Organisation) throws -> Int64 {
        try AssessmentStore.upsert(organisation, db).id!
    }

    /// The stored snapshot of `loaded`, written first when needed, with the `older` versions of
    /// the same grid before it (so that the store alone can carry answers along the chain).
    /// Throws ``StoreError/snapshotInUse(referentielID:version:assessments:)`` when one of them is
    /// stored with another content that assessments use.
    public func snapshotID(for loaded: LoadedReferentiel, older: [LoadedReferentiel] = []) throws -> Int64 {
        for version in older where version.referentiel.version < loaded.referentiel.version {
            _ = try AssessmentStore.snapshotID(for: version, db)
        }
        return try AssessmentStore.snapshotID(for: loaded, db)
    }

    /// Writes an assessment with its respondents, answers, consensus and facts; returns its id.
    /// Throws ``StoreError/duplicateAssessment(existingID:status:)`` when the organisation
    /// already has an assessment of that label on that grid version (nothing is written then).
    public func insert(_ assessment: Assessment, organisationID: Int64, snapshotID: Int64) throws -> Int64 {
        do {
            let id = try inserter.get().insert(assessment, organisationID: organisationID, snapshotID: snapshotID)
            try AssessmentStore.audit(assessment.status == .draft ? .draft : .importAssessment, organisationID: organisationID,
                                      assessmentID: id, db)
            return id
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            // UNIQUE (organisation, version, label): the assessment is already in the database.
            guard let row = try Row.fetchOne(db, sql: "SELECT id, status FROM assessment WHERE organisation_id = ? AND snapshot_id = ? AND label = ?",
                                             arguments: [organisationID, snapshotID, assessment.label]) else { throw error }
            throw StoreError.duplicateAssessment(existingID: row["id"], status: AssessmentStatus(rawValue: row["status"]) ?? .complete)
        }
    }

    /// One stored assessment's summary.
    public func assessmentSummary(id: Int64) throws -> AssessmentSummary? {
        try Row.fetchOne(db, sql: AssessmentSummary.selection + " WHERE a.id = ?", arguments: [id]).map(AssessmentSummary.init(row:))
    }

    /// Adds a respondent and their answers after the assessment's other respondents. Their
    /// values on criteria whose fact the assessment already records also go to that fact
    /// (``AssessmentFact/entering(_:comment:by:)``): a different value is kept as their
    /// proposal, never averaged. Their answers stay as given.
    public func append(_ respondent: Respondent, toAssessment assessmentID: Int64) throws {
        let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM respondent WHERE assessment_id = ?",
                                        arguments: [assessmentID]) ?? 0
        try inserter.get().insert(respondent, assessmentID: assessmentID, position: position)
        try AssessmentStore.audit(.respondent, organisationID: try AssessmentStore.organisationID(ofAssessment: assessmentID, db),
                                  assessmentID: assessmentID, subject: respondent.role.rawValue, db)
        for fact in try AssessmentStore.facts(assessmentID: assessmentID, db) {
            guard let answer = respondent.answers[fact.criterionID], let value = answer.value else { continue }
            let key = RespondentKey(role: respondent.role, name: respondent.name)
            try AssessmentStore.write(fact.entering(value, comment: answer.comment, by: key), assessmentID: assessmentID, db)
        }
    }

    /// Sets (or replaces) an organisation's target on one criterion.
    public func setTarget(_ target: Target, organisationID: Int64) throws {
        try AssessmentStore.upsert(target, organisationID: organisationID, db)
    }

    /// Adds an action to an organisation's plan; returns it with its id.
    @discardableResult
    public func add(_ action: PlannedAction, organisationID: Int64) throws -> PlannedAction {
        try AssessmentStore.insert(action, organisationID: organisationID, db)
    }
}

extension AssessmentStore {
    /// Runs `work` in one transaction (see ``StoreTransaction``): everything it wrote is kept
    /// when it returns, nothing when it throws.
    public func transaction<T: Sendable>(_ work: @Sendable (StoreTransaction) throws -> T) throws -> T {
        try writeTransaction { db in try work(StoreTransaction(db)) }
    }
}
