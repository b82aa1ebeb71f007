import Testing
@testable import PratiquesCore

/// The cohort's selection rule and its session windows, as pure functions.
@Suite struct CohortSelectionTests {
    static func summary(_ id: Int64, _ organisation: String, _ date: String, grid: String = "mini", version: SemanticVersion = SemanticVersion(1, 0, 0),
                        status: AssessmentStatus = .complete) -> AssessmentSummary {
        AssessmentSummary(id: id, organisationSlug: organisation, referentiel: ReferentielReference(id: grid, version: version), snapshotID: 1,
                          date: date, label: "\(organisation)-\(id)", status: status, respondentCount: 1)
    }

    static let cohort = Cohort(name: "c1", parcours: "Parcours",
                               sessions: [CohortSession(position: 0, label: "T0", date: "2024-03-14", windowStart: "2024-01-01", windowEnd: "2024-12-31"),
                                          CohortSession(position: 1, label: "T1", date: "2025-03-18", windowStart: "2025-01-01", windowEnd: "2025-12-31")],
                               members: ["a", "b", "c"])

    static let summaries = [
        summary(1, "a", "2024-02-01"), summary(2, "a", "2024-06-01"), summary(3, "a", "2025-03-01"),
        summary(4, "b", "2024-03-01"), summary(5, "b", "2023-06-01"), summary(6, "b", "2025-03-01", version: SemanticVersion(1, 1, 0)),
        summary(7, "c", "2025-09-01", status: .draft), summary(8, "z", "2024-05-01"),
        summary(9, "a", "2024-04-01", grid: "autre"),
    ]

    func picks(_ selection: CohortSelection) -> [String] {
        selection.grids.flatMap { grid in grid.chosen.map { "\(grid.referentielID):\($0.organisation)\($0.session)=\($0.summary.id)" } }
    }

    @Test func latestCompleteInTheWindowPerGrid() {
        // a T0: 1 and 2 in the window, 2 is later; b T0: 4 (5 is outside every window); c has only a draft;
        // z is not a member; a's other grid is chosen on its own. Grids by id, then organisation, then session.
        #expect(picks(CohortSelection(cohort: Self.cohort, links: [:], summaries: Self.summaries))
                == ["autre:a0=9", "mini:a0=2", "mini:a1=3", "mini:b0=4", "mini:b1=6"])
    }

    @Test func anExplicitLinkWinsWhateverItsDateOrStatus() {
        let links: [String: [Int64]] = ["T0": [5, 8], "T1": [7, 4]]
        // b T0 → 5 (linked, outside the window); z's 8 is not a member's; c T1 → 7 (a linked draft);
        // b T1: 4 linked wins over 6 in the window.
        #expect(picks(CohortSelection(cohort: Self.cohort, links: links, summaries: Self.summaries))
                == ["autre:a0=9", "mini:a0=2", "mini:a1=3", "mini:b0=5", "mini:b1=4", "mini:c1=7"])
        // Two links for one session: the later one.
        #expect(picks(CohortSelection(cohort: Self.cohort, links: ["T0": [2, 1]], summaries: Self.summaries)).contains("mini:a0=2"))
    }

    @Test func aSessionFollowsTheOthersWithoutSharingADay() {
        let cohort = Self.cohort
        func problem(_ label: String, _ date: String, _ from: String? = nil, _ to: String? = nil) -> Cohort.SessionProblem? {
            if case .failure(let problem) = cohort.nextSession(label: label, date: Day(date)!, windowStart: from.flatMap(Day.init),
                                                               windowEnd: to.flatMap(Day.init)) { return problem }
            return nil
        }
        // 182 days each side of 2026-07-02: 2026-01-01 → 2026-12-31, the day after T1's window.
        let added = try? cohort.nextSession(label: "T2", date: Day("2026-07-02")!).get()
        #expect(added?.position == 2 && added?.windowStart == "2026-01-01" && added?.windowEnd == "2026-12-31")
        // A day earlier, the window starts on 2025-12-31, T1's last day.
        let overlapping = CohortSession(position: 2, label: "T2", date: "2026-07-01")
        #expect(overlapping.windowStart == "2025-12-31")
        #expect(problem("T2", "2026-07-01") == .overlaps(overlapping, other: cohort.sessions[1]))
        #expect(problem("T2", "2026-06-01", "2026-01-01", "2026-12-31") == nil)
        #expect(problem("T1", "2026-06-01", "2026-01-01", "2026-12-31") == .labelTaken)
        #expect(problem("T2", "2025-01-01", "2025-01-01", "2025-01-01") == .notAfter(cohort.sessions[1]))
        if case .windowMissesDate(let session) = problem("T2", "2027-06-01", "2027-07-01", "2027-12-31") {
            #expect(session.windowStart == "2027-07-01" && session.date == "2027-06-01")
        } else {
            Issue.record("the window must contain the date")
        }
    }
}
