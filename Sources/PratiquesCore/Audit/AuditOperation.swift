/// What kind of write an entry of the audit trail records.
///
/// The raw values are stored; the words a person reads come from the front end's catalogue.
public enum AuditOperation: String, Sendable, Hashable, Codable, CaseIterable {
    /// An assessment written by an import (file, questionnaire).
    case importAssessment = "import"
    /// A draft created to be filled answer by answer.
    case draft
    /// A respondent added to an assessment.
    case respondent
    /// One answer saved by a respondent (terminal or web).
    case answer
    /// A value agreed by the group, recorded at the consensus meeting.
    case consensus
    /// An assessment marked complete or draft.
    case status
    /// An organisation added or its description changed.
    case organisation
    /// An organisation's consent to be named changed.
    case consent
    /// A target set or replaced.
    case target
    /// An action added to a plan, or its status changed.
    case action
    /// A cohort created or changed (member, session).
    case cohort
    /// Personal data erased.
    case erase
    /// The store replaced by a backup.
    case restore
}
