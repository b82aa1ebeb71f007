import PratiquesCore

/// Every message catalogue of the application layer (one per area), for the test that checks
/// each id has its French and English text.
enum Messages {
    static let catalogues: [any MessageCatalogue.Type] = [ErrorMessage.self, ImportMessage.self, CohortMessage.self, MaintenanceMessage.self, NoticeMessage.self]
}
