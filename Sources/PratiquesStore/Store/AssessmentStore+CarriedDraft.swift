import GRDB
import PratiquesCore

/// A draft assessment just written to the store.
public struct CreatedDraft: Sendable {
    /// Its id in the store.
    public var id: Int64
    /// The draft as stored: on the newest version of the grid, status `draft`.
    public var assessment: Assessment
    /// The version it is on.
    public var referentiel: LoadedReferentiel
    /// What was carried from the earlier assessment, when the draft starts from one.
    public var carried: CarriedAssessment?

    /// Criteria of the draft's version that no respondent (nor the consensus) has an answer
    /// for: they must be answered fresh.
    public var unanswered: [String] {
        referentiel.referentiel.criteria.map(\.id).filter { id in
            assessment.consensus[id] == nil && !assessment.respondents.contains { $0.answers[id] != nil }
        }
    }
}

extension AssessmentStore {
    /// Writes a new draft assessment of `organisationSlug` on the newest version of
    /// `referentielID` known to the store or to `catalog`.
    ///
    /// With `sourceAssessmentID`, the draft starts from that earlier assessment of the same
    /// organisation and grid: the same respondents (role and name), each answer carried through
    /// the chain of migrations with its ``Answer/origin`` set, so that it awaits a person's
    /// confirmation (``Answer/awaitsConfirmation``). The earlier assessment is not changed.
    public func createDraft(organisationSlug: String, referentielID: String, from sourceAssessmentID: Int64? = nil,
                            catalog: ReferentielCatalog?, date: String, label: String) throws -> CreatedDraft {
        let organisation = try requireOrganisation(organisationSlug)
        guard let newest = try knownVersions(of: referentielID, catalog: catalog).last else {
            throw StoreError(fr: "référentiel « \(referentielID) » introuvable", en: "référentiel '\(referentielID)' not found")
        }
        var draft = Assessment(organisationSlug: organisationSlug,
                               referentiel: ReferentielReference(id: referentielID, version: newest.referentiel.version, sha256: newest.sha256),
                               date: date, label: label, status: .draft)
        var carried: CarriedAssessment?
        if let sourceAssessmentID {
            guard let summary = try assessmentSummary(id: sourceAssessmentID) else {
                throw StoreError(fr: "évaluation \(sourceAssessmentID) inconnue (voir « pratiques assess list »)",
                                 en: "unknown assessment \(sourceAssessmentID) (see 'pratiques assess list')")
            }
            guard summary.organisationSlug == organisationSlug, summary.referentiel.id == referentielID else {
                throw StoreError(fr: "l'évaluation \(sourceAssessmentID) est celle de \(summary.organisationSlug) sur \(summary.referentiel), pas de \(organisationSlug) sur \(referentielID)",
                                 en: "assessment \(sourceAssessmentID) is \(summary.organisationSlug)'s on \(summary.referentiel), not \(organisationSlug)'s on \(referentielID)")
            }
            let stored = try carriedAssessment(summary, catalog: catalog)
            var respondents = stored.carried.assessment.respondents
            for index in respondents.indices {
                respondents[index].id = nil
                // Answers already on this version are proposals too: they come from another assessment.
                for id in respondents[index].answers.keys where !stored.carried.isCarried {
                    respondents[index].answers[id]?.origin = "\(summary.referentiel) \(id) (\(summary.label))"
                }
            }
            var consensus = stored.carried.assessment.consensus
            for id in consensus.keys where !stored.carried.isCarried {
                consensus[id]?.origin = "\(summary.referentiel) \(id) (\(summary.label))"
            }
            draft.respondents = respondents
            draft.consensus = consensus
            carried = stored.carried
        }
        let toWrite = draft
        let chainCatalog = try catalog ?? ReferentielCatalog(entries: knownVersions(of: referentielID, catalog: nil))
        let id: Int64 = try writeTransaction { db in
            let snapshotID = try Self.snapshotIDWithChain(for: newest, catalog: chainCatalog, db)
            do {
                return try AssessmentInserter(db).insert(toWrite, organisationID: organisation.id!, snapshotID: snapshotID)
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw StoreError(fr: "une évaluation « \(toWrite.label) » de \(organisationSlug) sur \(toWrite.referentiel) existe déjà : choisissez un autre --label",
                                 en: "assessment '\(toWrite.label)' of \(organisationSlug) on \(toWrite.referentiel) already exists: choose another --label")
            }
        }
        draft.id = id
        return CreatedDraft(id: id, assessment: try assessment(id: id) ?? draft, referentiel: newest, carried: carried)
    }
}
