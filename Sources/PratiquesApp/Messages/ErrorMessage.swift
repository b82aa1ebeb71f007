import PratiquesCore

/// The messages of ``WorkspaceError``: French and English side by side.
enum ErrorMessage: String, MessageCatalogue {
    case cannotOpen = "error.cannot-open"
    case missingDatabase = "error.database.missing"
    case databaseIsAFolder = "error.database.folder"
    case emptyDatabaseFile = "error.database.empty"
    case notSQLite = "error.database.not-sqlite"
    case foreignDatabase = "error.database.foreign"
    case newerDatabase = "error.database.newer"
    case readOnlyDatabase = "error.database.read-only"
    case readOnlyOutdated = "error.database.read-only-outdated"
    case unknownOrganisation = "error.unknown-organisation"
    case unknownAssessment = "error.unknown-assessment"
    case unknownAction = "error.unknown-action"
    case noSuchRespondent = "error.no-such-respondent"
    case unknownCohort = "error.unknown-cohort"
    case missingSnapshot = "error.missing-snapshot"
    case changedWithoutBump = "error.changed-without-bump"
    case referentielNotFound = "error.referentiel-not-found"
    case unknownReferentiel = "error.unknown-referentiel"
    case referentielNotInDirectory = "error.referentiel-not-in-directory"
    case versionNotInDirectory = "error.version-not-in-directory"
    case unknownCriterion = "error.unknown-criterion"
    case sourceOfAnother = "error.source-of-another"
    case labelTaken = "error.label-taken"
    case draftOfAnother = "error.draft-of-another"
    case draftComplete = "error.draft-complete"
    case draftWithoutRespondents = "error.draft-without-respondents"
    case notAFolder = "error.not-a-folder"
    case severalRespondents = "error.several-respondents"
    case roleNeeded = "error.role-needed"
    case respondentsOf = "error.respondents-of"
    case unknownRespondent = "error.unknown-respondent"
    case cohortExists = "error.cohort-exists"
    case unknownMember = "error.unknown-member"
    case unknownSession = "error.unknown-session"
    case unknownLinkedAssessment = "error.unknown-linked-assessment"
    case notAMember = "error.not-a-member"
    case windowMissesDate = "error.session.window-misses-date"
    case sessionExists = "error.session.exists"
    case sessionNotAfter = "error.session.not-after"
    case sessionOverlaps = "error.session.overlaps"
    case assessmentExists = "error.assessment-exists"
    case minimumGroupTooSmall = "error.minimum-group-too-small"
    case none = "error.none"
    case missingFile = "error.missing-file"
    case notAStore = "error.not-a-store"
    case notAStoreBecause = "error.not-a-store-because"
    case newerStore = "error.newer-store"
    case cannotWrite = "error.cannot-write"
    case backupDamaged = "error.backup-damaged"

    static let templates: [ErrorMessage: (fr: String, en: String)] = [
        .cannotOpen: ("base de données {path} : {reason}", "database {path}: {reason}"),
        .missingDatabase: ("base de données introuvable : {path}", "database not found: {path}"),
        .databaseIsAFolder: ("{path} : c'est un dossier, pas une base de données Pratiques", "{path}: it is a folder, not a Pratiques database"),
        .emptyDatabaseFile: ("{path} : fichier vide, ce n'est pas une base de données Pratiques", "{path}: empty file, not a Pratiques database"),
        .notSQLite: ("{path} : ce fichier n'est pas une base de données SQLite", "{path}: this file is not an SQLite database"),
        .foreignDatabase: ("{path} : base SQLite d'une autre application (sans le schéma de Pratiques)",
                           "{path}: another application's SQLite database (without Pratiques' schema)"),
        .newerDatabase: ("{path} : base créée par une version plus récente de Pratiques (migrations inconnues : {migrations}) ; elle n'est pas modifiée, mettez Pratiques à jour",
                         "{path}: database made by a newer version of Pratiques (unknown migrations: {migrations}); it is left as it is, update Pratiques"),
        .readOnlyDatabase: ("{path} : fichier en lecture seule, or cette commande écrit dans la base",
                            "{path}: read-only file, and this command writes to the database"),
        .readOnlyOutdated: ("{path} : base d'une version antérieure de Pratiques, à mettre à jour ({migrations}), mais le fichier est en lecture seule",
                            "{path}: database of an earlier version of Pratiques, to bring up to date ({migrations}), but the file is read-only"),
        .unknownOrganisation: ("organisation « {slug} » inconnue", "unknown organisation '{slug}'"),
        .unknownAssessment: ("évaluation {id} inconnue", "unknown assessment {id}"),
        .unknownAction: ("action {id} inconnue", "unknown action {id}"),
        .noSuchRespondent: ("aucun répondant n° {id}", "no respondent #{id}"),
        .unknownCohort: ("cohorte « {cohort} » inconnue", "unknown cohort '{cohort}'"),
        .missingSnapshot: ("instantané de référentiel {id} absent", "référentiel snapshot {id} missing"),
        .changedWithoutBump: (
            "{path}: le référentiel {referentiel} version {version} a changé sans changement de version, alors que {n} évaluation(s) l'utilisent ; augmentez la version (correctif pour le libellé, mineure pour un ajout, majeure avec migration sinon) [règle changed-without-bump]",
            "{path}: référentiel {referentiel} version {version} changed without a version bump while {n} assessment(s) use it; bump the version (patch for wording, minor for additions, major with a migration otherwise) [rule changed-without-bump]"),
        .referentielNotFound: ("référentiel « {id} » introuvable", "référentiel '{id}' not found"),
        .unknownReferentiel: ("référentiel « {id} » inconnu", "unknown référentiel '{id}'"),
        .referentielNotInDirectory: ("référentiel « {id} »{version} introuvable dans {directory} (connus : {known})",
                                     "référentiel '{id}'{version} not found in {directory} (known: {known})"),
        .versionNotInDirectory: ("{id} version {version} introuvable dans {directory} (versions connues : {known})",
                                 "{id} version {version} not found in {directory} (known versions: {known})"),
        .none: ("aucune", "none"),
        .unknownCriterion: ("critère « {criterion} » inconnu dans {referentiel}", "unknown criterion '{criterion}' in {referentiel}"),
        .sourceOfAnother: ("l'évaluation {id} est celle de {organisation} sur {referentiel}, pas de {wantedOrganisation} sur {wanted}",
                           "assessment {id} is {organisation}'s on {referentiel}, not {wantedOrganisation}'s on {wanted}"),
        .labelTaken: ("une évaluation « {label} » de {organisation} sur {referentiel} existe déjà",
                      "assessment '{label}' of {organisation} on {referentiel} already exists"),
        .draftOfAnother: ("l'évaluation {id} porte sur {organisation} et {referentiel}, pas sur {wantedOrganisation} et {wanted}",
                          "assessment {id} is about {organisation} and {referentiel}, not {wantedOrganisation} and {wanted}"),
        .draftComplete: ("l'évaluation {id} est terminée ; elle ne se remplit plus", "assessment {id} is complete; it can no longer be filled"),
        .draftWithoutRespondents: ("le brouillon {id} n'a encore aucun répondant", "draft {id} has no respondent yet"),
        .notAFolder: ("{path} : donnez un dossier existant", "{path}: give an existing folder"),
        .severalRespondents: ("plusieurs répondants correspondent dans l'évaluation {id} ({respondents})",
                              "several respondents match in assessment {id} ({respondents})"),
        .roleNeeded: ("le rôle du répondant est à préciser{respondents}", "the respondent's role is needed{respondents}"),
        .respondentsOf: (" (répondants de l'évaluation {id} : {respondents})", " (respondents of assessment {id}: {respondents})"),
        .unknownRespondent: ("l'évaluation {id} n'a pas de répondant n° {respondent}", "assessment {id} has no respondent #{respondent}"),
        .cohortExists: ("cohorte « {cohort} » : elle existe déjà", "cohort '{cohort}': it already exists"),
        .unknownMember: ("cohorte « {cohort} » : organisation « {slug} » inconnue", "cohort '{cohort}': unknown organisation '{slug}'"),
        .unknownSession: ("cohorte « {cohort} » : session « {label} » inconnue (sessions : {sessions})",
                          "cohort '{cohort}': unknown session '{label}' (sessions: {sessions})"),
        .unknownLinkedAssessment: ("cohorte « {cohort} », session « {session} » : évaluation {id} inconnue",
                                   "cohort '{cohort}', session '{session}': unknown assessment {id}"),
        .notAMember: ("cohorte « {cohort} », session « {session} » : l'évaluation {id} est celle de « {slug} », qui n'est pas membre",
                      "cohort '{cohort}', session '{session}': assessment {id} belongs to '{slug}', not a member"),
        .windowMissesDate: ("cohorte « {cohort} », session « {label} » : la fenêtre {start} → {end} doit contenir la date {date}",
                            "cohort '{cohort}', session '{label}': the window {start} → {end} must contain the date {date}"),
        .sessionExists: ("cohorte « {cohort} », session « {label} » : cette session existe déjà",
                         "cohort '{cohort}', session '{label}': this session already exists"),
        .sessionNotAfter: ("cohorte « {cohort} », session « {label} » : la date {date} doit suivre celle de la session {last} ({lastDate})",
                           "cohort '{cohort}', session '{label}': the date {date} must come after session {last} ({lastDate})"),
        .sessionOverlaps: ("cohorte « {cohort} », session « {label} » : la fenêtre {start} → {end} chevauche celle de {other} ({otherStart} → {otherEnd})",
                           "cohort '{cohort}', session '{label}': the window {start} → {end} overlaps {other}'s ({otherStart} → {otherEnd})"),
        .assessmentExists: ("l'évaluation {id} existe déjà", "assessment {id} already exists"),
        .missingFile: ("{path} : fichier introuvable", "{path}: no such file"),
        .notAStore: ("{path} : ce n'est pas une base Pratiques (une autre base SQLite)", "{path}: not a Pratiques database (another SQLite database)"),
        .notAStoreBecause: ("{path} : ce n'est pas une base Pratiques lisible ({reason})", "{path}: not a readable Pratiques database ({reason})"),
        .newerStore: ("{path} : base créée par une version plus récente de Pratiques (migrations inconnues : {migrations}) ; mettez Pratiques à jour",
                      "{path}: database created by a newer version of Pratiques (unknown migrations: {migrations}); update Pratiques"),
        .cannotWrite: ("{path} : écriture impossible ({reason})", "{path}: cannot be written ({reason})"),
        .backupDamaged: ("la copie écrite ne passe pas le contrôle d'intégrité ({detail}) ; rien n'a été remplacé",
                         "the copy written fails the integrity check ({detail}); nothing was replaced"),
        .minimumGroupTooSmall: (
            "--min-group {k} : au moins {smallest} organisations par groupe publié (à 1 ou 2, un chiffre publié est le score d'une organisation, ou chacune des deux déduit celui de l'autre)",
            "--min-group {k}: at least {smallest} organisations per published group (at 1 or 2, a published figure is one organisation's score, or each of the two works out the other's)"),
    ]
}

/// Each ``WorkspaceError`` in words.
enum WorkspaceErrorText {
    static func text(of error: WorkspaceError) -> Bilingual {
        switch error {
        case .cannotOpen(let path, let reason): return ErrorMessage.cannotOpen(["path": path, "reason": reason])
        case .missingDatabase(let path): return ErrorMessage.missingDatabase(["path": path])
        case .databaseIsAFolder(let path): return ErrorMessage.databaseIsAFolder(["path": path])
        case .emptyDatabaseFile(let path): return ErrorMessage.emptyDatabaseFile(["path": path])
        case .notSQLite(let path): return ErrorMessage.notSQLite(["path": path])
        case .foreignDatabase(let path): return ErrorMessage.foreignDatabase(["path": path])
        case .newerDatabase(let path, let migrations): return ErrorMessage.newerDatabase(["path": path, "migrations": migrations.joined(separator: ", ")])
        case .readOnlyDatabase(let path, let pending) where pending.isEmpty: return ErrorMessage.readOnlyDatabase(["path": path])
        case .readOnlyDatabase(let path, let pending): return ErrorMessage.readOnlyOutdated(["path": path, "migrations": pending.joined(separator: ", ")])
        case .unknownOrganisation(let slug): return ErrorMessage.unknownOrganisation(["slug": MessageQuote.excerpt(slug)])
        case .unknownAssessment(let id): return ErrorMessage.unknownAssessment(["id": id])
        case .unknownAction(let id): return ErrorMessage.unknownAction(["id": id])
        case .noSuchRespondent(let id): return ErrorMessage.noSuchRespondent(["id": id])
        case .unknownCohort(let name): return ErrorMessage.unknownCohort(["cohort": MessageQuote.excerpt(name)])
        case .missingSnapshot(let id): return ErrorMessage.missingSnapshot(["id": id])
        case .changedWithoutBump(let grid):
            return ErrorMessage.changedWithoutBump(["path": grid.path, "referentiel": grid.referentielID, "version": grid.version, "n": grid.assessments])
        case .referentielNotFound(let id): return ErrorMessage.referentielNotFound(["id": id])
        case .unknownReferentiel(let id): return ErrorMessage.unknownReferentiel(["id": id])
        case .referentielNotInDirectory(let id, let version, let directory, let known):
            return ErrorMessage.referentielNotInDirectory(["id": id, "version": version.map { " version \($0)" } ?? "", "directory": directory,
                                                          "known": known.joined(separator: ", ")])
        case .versionNotInDirectory(let id, let version, let directory, let known):
            let list: any MessageArgument = known.isEmpty ? ErrorMessage.none() : known.joined(separator: ", ")
            return ErrorMessage.versionNotInDirectory(["id": id, "version": version, "directory": directory, "known": list])
        case .unknownCriterion(let criterion, let referentiel): return ErrorMessage.unknownCriterion(["criterion": criterion, "referentiel": referentiel])
        case .targetOutsideScale(let problem): return problem
        case .textRefused(let problem): return problem
        case .sourceOfAnother(let source, let organisation, let referentiel):
            return ErrorMessage.sourceOfAnother(["id": source.id, "organisation": source.organisationSlug, "referentiel": source.referentiel,
                                                 "wantedOrganisation": organisation, "wanted": referentiel])
        case .labelTaken(let label, let organisation, let referentiel):
            return ErrorMessage.labelTaken(["label": MessageQuote.excerpt(label), "organisation": MessageQuote.excerpt(organisation), "referentiel": referentiel])
        case .draftOfAnother(let draft, let organisation, let referentiel):
            return assessmentIsAbout(draft.id, draft.organisationSlug, draft.referentiel, organisation: organisation, referentiel: referentiel)
        case .draftComplete(let id): return ErrorMessage.draftComplete(["id": id])
        case .draftWithoutRespondents(let id): return ErrorMessage.draftWithoutRespondents(["id": id])
        case .notAFolder(let path): return ErrorMessage.notAFolder(["path": path])
        case .severalRespondents(let id, let respondents):
            return ErrorMessage.severalRespondents(["id": id, "respondents": listing(respondents)])
        case .roleNeeded(let id, let respondents):
            return ErrorMessage.roleNeeded(["respondents": respondentsOf(id, respondents)])
        case .unknownRespondent(let id, let respondent):
            return ErrorMessage.unknownRespondent(["id": id, "respondent": respondent])
        case .cohortExists(let name): return ErrorMessage.cohortExists(["cohort": MessageQuote.excerpt(name)])
        case .unknownMember(let cohort, let slug): return ErrorMessage.unknownMember(["cohort": MessageQuote.excerpt(cohort), "slug": MessageQuote.excerpt(slug)])
        case .unknownSession(let cohort, let label, let sessions):
            return ErrorMessage.unknownSession(["cohort": MessageQuote.excerpt(cohort), "label": MessageQuote.excerpt(label), "sessions": sessions.joined(separator: ", ")])
        case .unknownLinkedAssessment(let cohort, let session, let id):
            return ErrorMessage.unknownLinkedAssessment(["cohort": MessageQuote.excerpt(cohort), "session": MessageQuote.excerpt(session), "id": id])
        case .notAMember(let cohort, let session, let id, let slug):
            return ErrorMessage.notAMember(["cohort": MessageQuote.excerpt(cohort), "session": MessageQuote.excerpt(session), "id": id, "slug": MessageQuote.excerpt(slug)])
        case .session(let cohort, let label, let date, let problem):
            switch problem {
            case .windowMissesDate(let session):
                return ErrorMessage.windowMissesDate(["cohort": MessageQuote.excerpt(cohort), "label": MessageQuote.excerpt(label), "start": session.windowStart, "end": session.windowEnd, "date": date])
            case .labelTaken:
                return ErrorMessage.sessionExists(["cohort": MessageQuote.excerpt(cohort), "label": MessageQuote.excerpt(label)])
            case .notAfter(let last):
                return ErrorMessage.sessionNotAfter(["cohort": MessageQuote.excerpt(cohort), "label": MessageQuote.excerpt(label), "date": date, "last": last.label, "lastDate": last.date])
            case .overlaps(let session, let other):
                return ErrorMessage.sessionOverlaps(["cohort": MessageQuote.excerpt(cohort), "label": MessageQuote.excerpt(label), "start": session.windowStart, "end": session.windowEnd,
                                                    "other": MessageQuote.excerpt(other.label), "otherStart": other.windowStart, "otherEnd": other.windowEnd])
            }
        case .assessmentExists(let id): return ErrorMessage.assessmentExists(["id": id])
        case .missingFile(let path): return ErrorMessage.missingFile(["path": path])
        case .notAStore(let path, let reason):
            return reason.map { ErrorMessage.notAStoreBecause(["path": path, "reason": MessageQuote.both($0)]) } ?? ErrorMessage.notAStore(["path": path])
        case .newerStore(let path, let unknown): return ErrorMessage.newerStore(["path": path, "migrations": unknown.joined(separator: ", ")])
        case .cannotWrite(let path, let reason): return ErrorMessage.cannotWrite(["path": path, "reason": reason])
        case .backupDamaged(let detail): return ErrorMessage.backupDamaged(["detail": detail])
        case .minimumGroupTooSmall(let k, let smallest): return ErrorMessage.minimumGroupTooSmall(["k": k, "smallest": smallest])
        }
    }

    /// « l'évaluation 12 porte sur ruche et mini@1.0.0, pas sur autre et mini » (a draft to fill,
    /// or to add a questionnaire's respondents to).
    static func assessmentIsAbout(_ id: Int64, _ organisation: String, _ given: ReferentielReference, organisation wanted: String,
                                  referentiel: String) -> Bilingual {
        ErrorMessage.draftOfAnother(["id": id, "organisation": MessageQuote.excerpt(organisation), "referentiel": given, "wantedOrganisation": wanted, "wanted": referentiel])
    }

    /// `direction « Léa », salarie`: a draft's respondents by role code and name.
    static func listing(_ respondents: [Respondent]) -> String {
        respondents.map { $0.role.rawValue + ($0.name.map { " « \($0) »" } ?? "") }.joined(separator: ", ")
    }

    /// « (répondants de l'évaluation 12 : direction « Léa ») », or nothing without respondents.
    static func respondentsOf(_ id: Int64, _ respondents: [Respondent]) -> Bilingual {
        respondents.isEmpty ? Bilingual(fr: "", en: "") : ErrorMessage.respondentsOf(["id": id, "respondents": listing(respondents)])
    }
}
