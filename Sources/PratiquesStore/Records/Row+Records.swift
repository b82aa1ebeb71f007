import GRDB
import PratiquesCore

/// Domain values read from rows, each column by its name.
extension AssessmentSummary {
    /// The query behind every summary; filter and order are appended.
    static let selection = """
        SELECT a.id, o.slug AS organisation, s.referentiel_id, s.version, s.sha256, a.snapshot_id, a.date, a.label, a.status,
               (SELECT COUNT(*) FROM respondent r WHERE r.assessment_id = a.id) AS respondents
        FROM assessment a JOIN organisation o ON o.id = a.organisation_id JOIN referentiel_snapshot s ON s.id = a.snapshot_id
        """

    init(row: Row) {
        self.init(id: row["id"], organisationSlug: row["organisation"],
                  referentiel: ReferentielReference(id: row["referentiel_id"], version: SemanticVersion(row["version"] as String) ?? SemanticVersion(0, 0, 0),
                                                    sha256: row["sha256"]),
                  snapshotID: row["snapshot_id"], date: row["date"], label: row["label"],
                  status: AssessmentStatus(rawValue: row["status"]) ?? .complete, respondentCount: row["respondents"])
    }
}

extension Organisation {
    init(row: Row) {
        self.init(id: row["id"], slug: row["slug"], name: row["name"],
                  legalForm: LegalForm(rawValue: row["legal_form"]) ?? .association, siret: row["siret"],
                  departement: row["departement"], epci: row["epci"], sector: row["sector"],
                  sizeBand: (row["size_band"] as String?).flatMap(SizeBand.init(rawValue:)),
                  consentsToBeNamed: row["consent_named"])
    }
}

extension Answer {
    /// A row of `answer` or `consensus_answer` (`criterion_id`, the value columns, `comment`, `origin`).
    init(row: Row) {
        let columns = AnswerColumns(level: row["level"], yesNo: row["yes_no"], number: row["number"], text: row["text"],
                                    notApplicable: row["not_applicable"])
        self.init(criterionID: row["criterion_id"], value: columns.value, comment: row["comment"], origin: row["origin"])
    }
}

extension Target {
    init(row: Row) {
        self.init(id: row["id"], organisationSlug: row["organisation"], referentielID: row["referentiel_id"], criterionID: row["criterion_id"],
                  level: row["level"], horizon: row["horizon"])
    }
}

extension PlannedAction {
    init(row: Row) {
        self.init(id: row["id"], organisationSlug: row["organisation"], referentielID: row["referentiel_id"], criterionID: row["criterion_id"],
                  title: row["title"], owner: row["owner"], dueDate: row["due_date"], status: ActionStatus(rawValue: row["status"]) ?? .todo,
                  notes: row["notes"])
    }
}

extension CohortSession {
    init(row: Row) {
        self.init(position: row["position"], label: row["label"], date: row["date"], windowStart: row["window_start"], windowEnd: row["window_end"])
    }
}
