import Foundation
import PratiquesCore
import PratiquesStore

/// What `restore` did: the figures of the restored store, and where the replaced store was put aside.
public struct RestoreResult: Sendable, Hashable {
    public var counts: StoreCounts
    /// The store it replaced, kept aside (`nil` when there was none).
    public var setAside: String?
}

extension Workspace {
    /// Copies the store to `path` while others go on reading and writing, checks the copy and
    /// returns its figures (see `AssessmentStore.backup(to:)`).
    public func backup(to path: String) throws -> StoreCounts {
        try withStore(.read) { store in try store.backup(to: path) }
    }

    /// Replaces the workspace's database with a copy of the store at `source` (refused, nothing
    /// changed, when `source` is not an undamaged Pratiques store of this version or an older
    /// one), brings it up to date, and says what it holds and where the replaced one went.
    ///
    /// Call it on a workspace that has not opened its database yet.
    public func restore(from source: String) throws -> RestoreResult {
        let outcome: RestoreOutcome
        do {
            outcome = try StoreFile.restore(from: source, to: databasePath)
        } catch let error as StoreError {
            throw WorkspaceError(error)
        }
        // Opening brings an older store up to date; the trail then says it was restored.
        try withStore { store in try store.audit(.restore, subject: (source as NSString).lastPathComponent) }
        return RestoreResult(counts: outcome.counts, setAside: outcome.setAside)
    }

    /// Checks the store: SQLite's integrity and foreign keys, every kept grid version against
    /// its sha256, every answer against its grid (the criterion exists, the value fits it), and
    /// drafts without respondents.
    public func checkStore() throws -> StoreCheck {
        try withStore(.read) { store in
            var findings: [StoreCheck.Finding] = []
            let damage = try store.integrityProblems()
            if !damage.isEmpty {
                // A damaged file: what SQLite says is all that can be trusted.
                let findings = damage.map {
                    StoreCheck.Finding(kind: .integrity, place: MaintenanceMessage.placeStore(), detail: MaintenanceMessage.integrity(["detail": $0]))
                }
                return StoreCheck(findings: findings, counts: nil)
            }
            for violation in try store.foreignKeyViolations() {
                findings.append(.init(kind: .foreignKey, place: MaintenanceMessage.placeRow(["table": violation.table, "row": violation.rowID.map(String.init) ?? "?"]),
                                      detail: MaintenanceMessage.foreignKey(["parent": violation.parent])))
            }
            var grids: [Int64: Referentiel] = [:]
            for snapshot in try store.snapshotTexts() {
                let place = MaintenanceMessage.placeSnapshot(["referentiel": snapshot.referentielID, "version": snapshot.version, "id": snapshot.id])
                do {
                    let loaded = try ReferentielLoader.load(data: Data(snapshot.content.utf8), path: "snapshot:\(snapshot.referentielID)@\(snapshot.version)")
                    grids[snapshot.id] = loaded.referentiel
                    if loaded.sha256 != snapshot.sha256 {
                        findings.append(.init(kind: .snapshotHash, place: place,
                                              detail: MaintenanceMessage.snapshotHash(["stored": String(snapshot.sha256.prefix(12)), "actual": String(loaded.sha256.prefix(12))])))
                    }
                } catch {
                    let detail = (error as? any LocalizedFailure).map { Bilingual(fr: $0.message(in: .fr), en: $0.message(in: .en)) }
                        ?? Bilingual(fr: "\(error)", en: "\(error)")
                    findings.append(.init(kind: .snapshotUnreadable, place: place, detail: MaintenanceMessage.snapshotUnreadable(["detail": detail])))
                }
            }
            try store.forEachStoredAnswer { row in
                if let finding = Self.finding(row, grid: grids[row.snapshotID]) { findings.append(finding) }
            }
            for draft in try store.draftsWithoutRespondents() {
                findings.append(.init(kind: .draftWithoutRespondents, place: MaintenanceMessage.placeAssessment(["assessment": draft.id]),
                                      detail: MaintenanceMessage.draftWithoutRespondents(["organisation": draft.organisationSlug, "referentiel": draft.referentiel.description,
                                                                                          "label": draft.label])))
            }
            return StoreCheck(findings: findings, counts: try store.counts())
        }
    }

    /// What is wrong with one stored answer, if anything.
    static func finding(_ row: StoredAnswerRow, grid: Referentiel?) -> StoreCheck.Finding? {
        let place = row.respondentID.map {
            MaintenanceMessage.placeAnswer(["assessment": row.assessmentID, "respondent": $0, "criterion": row.criterionID])
        } ?? MaintenanceMessage.placeConsensus(["assessment": row.assessmentID, "criterion": row.criterionID])
        // An unreadable kept grid is reported once, with the grid, not once per answer.
        guard let grid else { return nil }
        if row.filledColumns > 1 {
            return .init(kind: .damagedAnswer, place: place, detail: MaintenanceMessage.damagedAnswer(["n": row.filledColumns]))
        }
        guard let criterion = grid.criterion(id: row.criterionID) else {
            return .init(kind: .unknownCriterion, place: place,
                         detail: MaintenanceMessage.unknownCriterion(["criterion": row.criterionID, "referentiel": grid.reference]))
        }
        if let value = row.value, let (_, detail) = AnswerChecker(referentiel: grid).problem(with: value, for: criterion) {
            return .init(kind: .invalidValue, place: place, detail: MaintenanceMessage.invalidValue(["detail": detail]))
        }
        return nil
    }
}
