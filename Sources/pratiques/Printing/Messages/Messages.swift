import PratiquesCore

/// Every message catalogue of the command line (one per area), for the test that checks each id
/// has its French and English text.
enum Messages {
    static let catalogues: [any MessageCatalogue.Type] = [
        CommonText.self, HeaderText.self, CarryMessage.self, ReferentielText.self, OrgText.self, PlanText.self, AssessText.self, PromptText.self,
        FillText.self, ConsensusText.self, ScoreText.self, CohortText.self, ReportText.self, HintText.self, MaintenanceText.self, PersonalDataText.self, AuditText.self,
    ]
}
