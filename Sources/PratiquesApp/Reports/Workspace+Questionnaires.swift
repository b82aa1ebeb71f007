import Foundation
import PratiquesCore
import PratiquesReports
import PratiquesStore

extension Workspace {
    /// Writes the questionnaire of a grid version (the newest when `version` is `nil`) to `path`,
    /// its cover pre-filled with the organisation, the respondent's role and name when given.
    public func writeQuestionnaire(_ referentiel: String, version: SemanticVersion? = nil, organisation slug: String? = nil,
                                   role: RespondentRole? = nil, name: String? = nil, to path: String) throws {
        guard let loaded = catalog.find(referentiel, version: version) else { throw WorkspaceError.referentielNotFound(referentiel) }
        var prefill = QuestionnairePrefill(role: role, name: name)
        if let slug {
            let organisation = try withStore(.read) { store in try requireOrganisation(slug, store) }
            prefill.organisationSlug = organisation.slug
            prefill.organisationName = organisation.name
            prefill.profile = organisation.profile
        }
        try QuestionnaireWorkbook(loaded: loaded, language: language, prefill: prefill).write(to: path)
    }

    /// Writes one questionnaire per respondent of a draft into the existing `folder`, cover and
    /// answers so far filled in (`questionnaire-<id>-<k>-<role>[-<name>].xlsx`); returns the paths.
    public func writeDraftQuestionnaires(assessment id: Int64, folder: String) throws -> [String] {
        let catalog = self.catalog
        let (draft, organisation, loaded) = try withStore(.read) { store in
            let summary = try requireAssessment(id, store)
            guard summary.status == .draft else { throw WorkspaceError.draftComplete(id) }
            try GridResolver(store: store, catalog: catalog).requireUnchanged([summary.referentiel.id])
            guard let loaded = catalog.find(summary.referentiel.id, version: summary.referentiel.version) else {
                throw WorkspaceError.referentielNotFound("\(summary.referentiel)")
            }
            return (try store.assessment(summary), try requireOrganisation(summary.organisationSlug, store), loaded)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WorkspaceError.notAFolder(folder)
        }
        guard !draft.respondents.isEmpty else { throw WorkspaceError.draftWithoutRespondents(id) }
        var paths: [String] = []
        for (index, respondent) in draft.respondents.enumerated() {
            let suffix = [respondent.role.rawValue, respondent.name.map(Self.fileWord)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "-")
            let path = (folder as NSString).appendingPathComponent("questionnaire-\(id)-\(index + 1)-\(suffix).xlsx")
            let prefill = QuestionnairePrefill(organisationSlug: organisation.slug, organisationName: organisation.name, role: respondent.role,
                                               name: respondent.name, date: draft.date, answers: respondent.answers, profile: organisation.profile)
            try QuestionnaireWorkbook(loaded: loaded, language: language, prefill: prefill).write(to: path)
            paths.append(path)
        }
        return paths
    }

    /// `Léa Martin` → `lea-martin`, for a file name.
    static func fileWord(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.prefix(4).joined(separator: "-")
    }
}
