import PratiquesApp
import PratiquesCore

/// `assess new --json`: the draft, what was carried, and the criteria to answer fresh.
struct DraftDocument: Encodable {
    var id: Int64
    var assessment: Assessment
    var carry: CarryReport?
    var unanswered: [String]

    init(_ created: CreatedDraft) {
        id = created.id
        assessment = created.assessment
        carry = created.carried?.report
        unanswered = created.unanswered
    }
}
