import PratiquesCore

/// The audit trail as a table: when, what, organisation, assessment, detail, who.
struct AuditPrinter {
    let language: Language

    func render(_ entries: [AuditEntry]) -> String {
        let l = language
        guard !entries.isEmpty else { return AuditText.empty[l] }
        let rows = entries.map { entry in
            [String(entry.at.prefix(19)).replacingOccurrences(of: "T", with: " "),
             AuditText.operation(entry.operation)[l],
             entry.organisationSlug ?? "",
             entry.assessmentID.map(String.init) ?? "",
             entry.subject.map { AuditText.subject($0, l) } ?? "",
             who(entry)]
        }
        return TextTable.render(header: [AuditText.when[l], AuditText.what[l], AuditText.organisationHeader[l], AuditText.assessment[l],
                                         AuditText.detail[l], AuditText.who[l]], rows: rows, rightAligned: [3])
    }

    private func who(_ entry: AuditEntry) -> String {
        var parts: [String] = []
        if let respondent = entry.respondent {
            if let role = respondent.role {
                parts.append(ScoreFormat.respondent(role: role, name: respondent.name, language) + " n° \(respondent.id)")
            } else {
                parts.append(AuditText.erasedRespondent.text(in: language, ["id": respondent.id]))
            }
        }
        if let actor = entry.actor { parts.append(actor) }
        return parts.joined(separator: ", ")
    }
}
