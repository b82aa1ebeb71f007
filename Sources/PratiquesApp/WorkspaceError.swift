import PratiquesCore
import PratiquesStore

/// Why a use case refused: a case a front end can match (to add its own hint, a command to run
/// or a page to open), worded in French and English by ``message(in:)`` without any front
/// end's vocabulary.
public enum WorkspaceError: LocalizedFailure, Sendable, Hashable {
    /// The database file cannot be opened or brought up to date.
    case cannotOpen(path: String, reason: String)
    /// No database at the path: only the use cases that create data create one.
    case missingDatabase(path: String)
    /// The path names a folder.
    case databaseIsAFolder(path: String)
    /// The file is empty: not a Pratiques database.
    case emptyDatabaseFile(path: String)
    /// The file is not an SQLite database.
    case notSQLite(path: String)
    /// An SQLite database without Pratiques' schema (another application's).
    case foreignDatabase(path: String)
    /// A newer version of Pratiques made the database (it holds migrations this one does not know).
    case newerDatabase(path: String, migrations: [String])
    /// The use case writes (or an older database must first be brought up to date: the
    /// migrations `pendingMigrations`) but the file may not be written.
    case readOnlyDatabase(path: String, pendingMigrations: [String])
    case unknownOrganisation(String)
    case unknownAssessment(Int64)
    case unknownAction(Int64)
    /// No stored respondent has this id.
    case noSuchRespondent(Int64)
    case unknownCohort(String)
    /// A grid version the store keeps is missing (a damaged database).
    case missingSnapshot(Int64)
    /// A grid file changed without a version bump while stored assessments use that version.
    case changedWithoutBump(ChangedGrid)

    /// No version of this grid is known (to create a draft, fill or write a questionnaire).
    case referentielNotFound(String)
    /// No file of this grid to set a target on.
    case unknownReferentiel(String)
    /// No file of this grid (at this version) under the grids' directory.
    case referentielNotInDirectory(id: String, version: String?, directory: String, known: [String])
    /// No file of this version of a grid under the grids' directory.
    case versionNotInDirectory(id: String, version: String, directory: String, known: [String])
    /// `criterion` is not a criterion of `referentiel` (an id, or `id@version`).
    case unknownCriterion(String, referentiel: String)
    /// A target that is not a level of its criterion's scale (Core's `AnswerChecker` rule, the imports' too).
    case targetOutsideScale(Bilingual)
    /// A text typed or sent to a use case breaks the text rule (`TextRules`): the field, why, the text quoted.
    case textRefused(Bilingual)

    /// The assessment a draft would start from is another organisation's, or on another grid.
    case sourceOfAnother(assessment: AssessmentSummary, organisation: String, referentiel: String)
    /// The organisation already has an assessment with this label on this grid version.
    case labelTaken(label: String, organisation: String, referentiel: ReferentielReference)
    /// The draft to fill is another organisation's, or on another grid.
    case draftOfAnother(assessment: AssessmentSummary, organisation: String, referentiel: String)
    /// The assessment to fill (or to write questionnaires for) is complete.
    case draftComplete(Int64)
    /// The draft has no respondent yet (to write their questionnaires).
    case draftWithoutRespondents(Int64)
    /// The path given to write several files into is not an existing folder.
    case notAFolder(String)
    /// Several respondents of the draft match the role (and name) given.
    case severalRespondents(assessment: Int64, respondents: [Respondent])
    /// The respondent's role is needed: none of the draft's respondents was designated.
    case roleNeeded(assessment: Int64, respondents: [Respondent])
    /// The draft has no respondent with this id.
    case unknownRespondent(assessment: Int64, respondent: Int64)

    case cohortExists(String)
    /// Adding members: one of them is not a known organisation.
    case unknownMember(cohort: String, organisation: String)
    case unknownSession(cohort: String, label: String, sessions: [String])
    /// Linking assessments to a session: this one is not stored.
    case unknownLinkedAssessment(cohort: String, session: String, assessment: Int64)
    /// Linking assessments to a session: this one is the assessment of an organisation outside the cohort.
    case notAMember(cohort: String, session: String, assessment: Int64, organisation: String)
    /// A session cannot follow the cohort's others.
    case session(cohort: String, label: String, date: Day, problem: Cohort.SessionProblem)

    /// An assessment with the same organisation, grid version and label is stored already.
    case assessmentExists(Int64)

    /// No file at this path (a store to restore).
    case missingFile(String)
    /// The file is not a Pratiques store: another database, or no database (`reason`).
    case notAStore(path: String, reason: String?)
    /// The file is a store written by a newer version of Pratiques.
    case newerStore(path: String, unknownMigrations: [String])
    /// A file could not be written (a backup, a restored store).
    case cannotWrite(path: String, reason: String)
    /// The backup just written fails SQLite's integrity check; the earlier file is kept.
    case backupDamaged(String)

    /// The funder workbook's smallest group `given` is below `smallest` (``DisclosureRule``).
    case minimumGroupTooSmall(given: Int, smallest: Int)

    /// The store's refusal, as a use case's (use cases that know more say more).
    init(_ error: StoreError) {
        switch error {
        case .cannotOpen(let path, let reason): self = .cannotOpen(path: path, reason: reason)
        case .missingDatabase(let path): self = .missingDatabase(path: path)
        case .notADatabase(let path, .folder): self = .databaseIsAFolder(path: path)
        case .notADatabase(let path, .empty): self = .emptyDatabaseFile(path: path)
        case .notADatabase(let path, .notSQLite): self = .notSQLite(path: path)
        case .notADatabase(let path, .foreign): self = .foreignDatabase(path: path)
        case .newerDatabase(let path, let migrations): self = .newerDatabase(path: path, migrations: migrations)
        case .readOnlyDatabase(let path, let pending): self = .readOnlyDatabase(path: path, pendingMigrations: pending)
        case .unknownOrganisation(let slug): self = .unknownOrganisation(slug)
        case .unknownAssessment(let id): self = .unknownAssessment(id)
        case .unknownAction(let id): self = .unknownAction(id)
        case .unknownRespondent(let id): self = .noSuchRespondent(id)
        case .unknownCohort(let name): self = .unknownCohort(name)
        case .unknownSession(let cohort, let label): self = .unknownSession(cohort: cohort, label: label, sessions: [])
        case .cohortExists(let name): self = .cohortExists(name)
        case .duplicateAssessment(let id, _): self = .assessmentExists(id)
        case .snapshotInUse(let id, let version, let assessments):
            self = .changedWithoutBump(ChangedGrid(referentielID: id, version: version, assessments: assessments, path: "\(id)@\(version)"))
        case .missingSnapshot(let id): self = .missingSnapshot(id)
        case .missingFile(let path): self = .missingFile(path)
        case .notAStore(let path, let reason): self = .notAStore(path: path, reason: reason)
        case .newerStore(let path, let unknown): self = .newerStore(path: path, unknownMigrations: unknown)
        case .cannotWrite(let path, let reason): self = .cannotWrite(path: path, reason: reason)
        case .backupDamaged(let detail): self = .backupDamaged(detail)
        }
    }

    public func message(in language: Language) -> String { text.text(in: language) }

    /// The message in both languages.
    public var text: Bilingual { WorkspaceErrorText.text(of: self) }

    /// « (répondants de l'évaluation 12 : direction « Léa », salarie) » for ``roleNeeded(assessment:respondents:)``:
    /// the draft's respondents, empty when it has none.
    public static func respondentsOf(_ assessment: Int64, _ respondents: [Respondent]) -> Bilingual {
        WorkspaceErrorText.respondentsOf(assessment, respondents)
    }
}
