import PratiquesCore
import PratiquesStore

extension Workspace {
    /// The label of a draft made without one: « brouillon 2027-03-16 ».
    public static func draftLabel(_ day: Day) -> String { "brouillon \(day)" }

    /// Writes a new draft assessment of an organisation on the newest known version of a grid,
    /// dated `date` (today by default), labelled `label` (``draftLabel(_:)`` by default).
    ///
    /// With `source`, the draft starts from that earlier assessment of the same organisation and
    /// grid: the same respondents (role and name), each answer carried along the chain of
    /// migrations with its `Answer/origin` set, so that it awaits a person's confirmation
    /// (`Answer/awaitsConfirmation`); its facts likewise, and answers to fact criteria become
    /// facts (`Assessment/recordingFacts(of:)`). The earlier assessment is not changed.
    public func createDraft(organisation slug: String, referentiel: String, from source: Int64? = nil, date: Day? = nil,
                            label: String? = nil) throws -> CreatedDraft {
        let day = date ?? Day.today()
        let label = try TextDoor.check(label, as: .assessmentLabel) ?? Self.draftLabel(day)
        let catalog = self.catalog
        return try withStore { store in
            let grids = GridResolver(store: store, catalog: catalog)
            try grids.requireUnchanged([referentiel])
            let organisation = try requireOrganisation(slug, store)
            let versions = try grids.grid(referentiel)
            guard let newest = versions.newest else { throw WorkspaceError.referentielNotFound(referentiel) }
            var draft = Assessment(organisationSlug: slug, referentiel: ReferentielReference(id: referentiel, version: newest.referentiel.version, sha256: newest.sha256),
                                   date: day.description, label: label, status: .draft)
            var carried: CarriedAssessment?
            if let source {
                let summary = try requireAssessment(source, store)
                guard DraftCheck.isOf(summary, organisation: slug, referentiel: referentiel) else {
                    throw WorkspaceError.sourceOfAnother(assessment: summary, organisation: slug, referentiel: referentiel)
                }
                let proposal = try Self.proposal(from: try versions.chainOfAll.get(), newest: newest, summary: summary, store.assessment(summary))
                draft.respondents = proposal.assessment.respondents
                draft.consensus = proposal.assessment.consensus
                draft.facts = proposal.assessment.facts
                // Fact criteria hold one value: answers given to them become the draft's facts.
                draft = draft.recordingFacts(of: newest.referentiel)
                carried = proposal.carried
            }
            let toWrite = draft
            let older = catalog.versions(of: referentiel)
            let id: Int64
            do {
                id = try store.transaction { transaction in
                    let snapshotID = try transaction.snapshotID(for: newest, older: older)
                    return try transaction.insert(toWrite, organisationID: organisation.id!, snapshotID: snapshotID)
                }
            } catch StoreError.duplicateAssessment {
                throw WorkspaceError.labelTaken(label: label, organisation: slug, referentiel: toWrite.referentiel)
            } catch StoreError.snapshotInUse(let id, let version, let assessments) {
                throw WorkspaceError.changedWithoutBump(grids.changedGrid(referentielID: id, version: version, assessments: assessments))
            }
            draft.id = id
            return CreatedDraft(id: id, assessment: try store.assessment(id: id) ?? draft, referentiel: newest, carried: carried)
        }
    }

    /// An earlier assessment as a draft's proposal on `newest`: its respondents without their
    /// ids, every answer marked with where it comes from.
    static func proposal(from chain: VersionChain, newest: LoadedReferentiel, summary: AssessmentSummary,
                         _ assessment: Assessment) throws -> (assessment: Assessment, carried: CarriedAssessment) {
        var carried = try AnswerCarrier.carry(assessment, chain: chain)
        carried.assessment.referentiel.sha256 = newest.sha256
        carried.report.to.sha256 = newest.sha256
        var proposal = carried.assessment
        // Answers already on this version are proposals too: they come from another assessment.
        let origin: (String) -> String = { "\(summary.referentiel) \($0) (\(summary.label))" }
        for index in proposal.respondents.indices {
            proposal.respondents[index].id = nil
            for id in proposal.respondents[index].answers.keys where !carried.isCarried {
                proposal.respondents[index].answers[id]?.origin = origin(id)
            }
        }
        for id in proposal.consensus.keys where !carried.isCarried {
            proposal.consensus[id]?.origin = origin(id)
        }
        for id in proposal.facts.keys {
            if !carried.isCarried { proposal.facts[id]?.origin = origin(id) }
            proposal.facts[id]?.enteredBy?.respondentID = nil
            for index in proposal.facts[id]?.proposals.indices ?? 0..<0 { proposal.facts[id]?.proposals[index].respondent.respondentID = nil }
        }
        return (proposal, carried)
    }
}
