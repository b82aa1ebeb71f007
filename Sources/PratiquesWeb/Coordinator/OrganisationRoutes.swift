import Hummingbird
import PratiquesApp
import PratiquesCore

/// The coordinator's pages: organisations, one organisation's assessments and the form that
/// starts one with named respondents, a draft's respondents with how much each has answered,
/// and their personal links (shown once when issued).
struct OrganisationRoutes: Sendable {
    let workspace: Workspace
    let gate: CoordinatorGate
    /// Whether the server sits behind TLS (the links shown start with https).
    let secure: Bool
    /// Respondent rows offered by the start form.
    static let respondentRows = 6

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            try await gate.page(request) { session, language in
                let organisations = try workspace.organisations()
                let items: [HTML] = organisations.map { "<li><a href=\"/o/\(Self.path($0.slug))?lang=\(language.rawValue)\">\($0.name)</a></li>" }
                let t = { (text: Bilingual) in text.text(in: language) }
                let list: HTML = items.isEmpty ? "<p>\(t(WebText.noOrganisation))</p>" : "<ul>\(items)</ul>"
                return Page.response(CoordinatorPage.render(title: t(WebText.organisations), session: session, language: language, path: "/", body: """
                    <h1>\(t(WebText.organisations))</h1>
                    \(list)
                    """))
            }
        }
        router.get("/o/:slug") { request, context in
            let slug = context.parameters.get("slug") ?? ""
            return try await gate.page(request) { session, language in
                Page.response(try organisationPage(slug, session: session, language: language))
            }
        }
        router.post("/o/:slug/start") { request, context in
            let slug = context.parameters.get("slug") ?? ""
            let base = Self.base(of: request, secure: secure)
            return try await gate.post(request) { session, language, fields in
                try start(slug, fields: fields, session: session, language: language, base: base)
            }
        }
        router.get("/a/:id") { request, context in
            let id = context.parameters.get("id", as: Int64.self) ?? 0
            return try await gate.page(request) { session, language in
                Page.response(try progressPage(id, session: session, language: language, issued: [], request: nil))
            }
        }
        router.post("/a/:id/link") { request, context in
            let id = context.parameters.get("id", as: Int64.self) ?? 0
            let base = Self.base(of: request, secure: secure)
            return try await gate.post(request) { session, language, fields in
                guard let respondent = fields["respondent"].flatMap(Int64.init) else { throw HTTPError(.badRequest) }
                let link = try workspace.issueLink(assessment: id, respondent: respondent)
                return Page.response(try progressPage(id, session: session, language: language, issued: [link], request: base))
            }
        }
        router.post("/a/:id/revoke") { request, context in
            let id = context.parameters.get("id", as: Int64.self) ?? 0
            return try await gate.post(request) { _, language, fields in
                guard let respondent = fields["respondent"].flatMap(Int64.init) else { throw HTTPError(.badRequest) }
                try workspace.revokeLinks(assessment: id, respondent: respondent)
                return Response(status: .seeOther, headers: [.location: "/a/\(id)?lang=\(language.rawValue)&revoked=\(respondent)"])
            }
        }
    }

    static func path(_ slug: String) -> String {
        slug.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(.init(charactersIn: "/?#"))) ?? slug
    }

    /// `http(s)://host` as the browser reached the server (for the links shown to copy).
    static func base(of request: Request, secure: Bool) -> String {
        "\(secure ? "https" : "http")://\(request.head.authority ?? "127.0.0.1:8080")"
    }

    private func organisationPage(_ slug: String, session: CoordinatorSession, language: Language) throws -> HTML {
        let overview = try workspace.organisationOverview(slug)
        let t = { (text: Bilingual) in text.text(in: language) }
        let rows: [HTML] = overview.assessments.reversed().map { summary in
            let status = summary.status == .draft ? t(WebText.draft) : t(WebText.complete)
            let link: HTML = summary.status == .draft ? "<a href=\"/a/\(Int(summary.id))?lang=\(language.rawValue)\">\(summary.label)</a>" : "\(summary.label)"
            return "<tr><td>\(link)</td><td>\(summary.referentiel.id) \(summary.referentiel.version.description)</td><td>\(summary.date)</td><td>\(status)</td><td>\(summary.respondentCount)</td></tr>"
        }
        let grids: [HTML] = workspace.catalog.ids.compactMap { id in
            workspace.catalog.latest(id).map { "<option value=\"\(id)\">\($0.referentiel.title.text(in: language)) (\($0.referentiel.version.description))</option>" }
        }
        let roles: [HTML] = RespondentRole.allCases.map { "<option value=\"\($0.rawValue)\">\($0.label(in: language))</option>" }
        let respondentRows: [HTML] = (0..<Self.respondentRows).map { row in
            """
            <fieldset><legend>\(t(WebText.respondent)) \(row + 1)</legend>
            <p><label for="role\(row)">\(t(WebText.role))</label><br><select id="role\(row)" name="role\(row)"><option value="">—</option>\(roles)</select></p>
            <p><label for="name\(row)">\(t(WebText.name))</label><br><input type="text" id="name\(row)" name="name\(row)" maxlength="120"></p>
            </fieldset>
            """
        }
        let table: HTML = rows.isEmpty ? "<p>\(t(WebText.noAssessment))</p>" : """
            <table><caption>\(t(WebText.assessments))</caption>
            <thead><tr><th scope="col">\(t(WebText.label))</th><th scope="col">\(t(WebText.grid))</th><th scope="col">Date</th><th scope="col">\(t(WebText.status))</th><th scope="col">\(t(WebText.respondents))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
        return CoordinatorPage.render(title: overview.organisation.name, session: session, language: language, path: "/o/\(Self.path(slug))", body: """
            <p><a href="/?lang=\(language.rawValue)">\(t(WebText.organisations))</a></p>
            <h1>\(overview.organisation.name)</h1>
            \(table)
            <h2>\(t(WebText.startAssessment))</h2>
            <form method="post" action="/o/\(Self.path(slug))/start">
            \(CoordinatorPage.hidden(session, language))
            <p><label for="grid">\(t(WebText.grid))</label><br><select id="grid" name="grid" required>\(grids)</select></p>
            <p><label for="label">\(t(WebText.labelOptional))</label><br><input type="text" id="label" name="label" maxlength="120"></p>
            \(respondentRows)
            <p><button type="submit">\(t(WebText.startAndGetLinks))</button></p>
            </form>
            """)
    }

    private func start(_ slug: String, fields: [String: String], session: CoordinatorSession, language: Language, base: String) throws -> Response {
        let invited: [InvitedRespondent] = (0..<Self.respondentRows).compactMap { row in
            guard let role = fields["role\(row)"].flatMap(RespondentRole.init(rawValue:)) else { return nil }
            return InvitedRespondent(role: role, name: fields["name\(row)"])
        }
        guard let grid = fields["grid"], !invited.isEmpty else {
            return Page.message(WebText.refused, WebText.needRespondent.text(in: language), language: language, status: .unprocessableContent)
        }
        let label = fields["label"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let (draft, links) = try workspace.startAssessment(organisation: slug, referentiel: grid, respondents: invited, label: label)
        return Page.response(try progressPage(draft.id, session: session, language: language, issued: links, request: base))
    }

    /// The draft's respondents, how much each has answered, and the links just issued (once).
    private func progressPage(_ id: Int64, session: CoordinatorSession, language: Language, issued: [IssuedLink], request base: String?) throws -> HTML {
        let detail = try workspace.assessmentDetail(id)
        let progress = detail.summary.status == .draft ? try workspace.respondentProgress(assessment: id) : []
        let t = { (text: Bilingual) in text.text(in: language) }
        let origin = base ?? ""
        let issuedRows: [HTML] = issued.enumerated().map { offset, link in
            let url = origin + "/r/" + link.token
            return """
            <li><label for="link\(offset)">\(CoordinatorPage.who(link.respondent, language))</label><br>
            <input type="text" id="link\(offset)" class="link" readonly value="\(url)" size="60"></li>
            """
        }
        let issuedBlock: HTML = issued.isEmpty ? "" : """
            <section aria-labelledby="links-title" class="links"><h2 id="links-title">\(t(WebText.linksTitle))</h2>
            <p>\(t(WebText.linksOnce))</p><ul>\(issuedRows)</ul></section>
            """
        let rows: [HTML] = progress.map { entry in
            let respondentID = Int(entry.respondent.id ?? 0)
            return """
            <tr><th scope="row">\(CoordinatorPage.who(entry.respondent, language))</th><td>\(entry.done) / \(entry.asked)</td><td>\(entry.awaitingConfirmation)</td>
            <td><form method="post" action="/a/\(Int(id))/link">\(CoordinatorPage.hidden(session, language))<input type="hidden" name="respondent" value="\(respondentID)"><button type="submit" class="secondary">\(t(WebText.newLink))</button></form>
            <form method="post" action="/a/\(Int(id))/revoke">\(CoordinatorPage.hidden(session, language))<input type="hidden" name="respondent" value="\(respondentID)"><button type="submit" class="secondary">\(t(WebText.revoke))</button></form></td></tr>
            """
        }
        return CoordinatorPage.render(title: detail.summary.label, session: session, language: language, path: "/a/\(Int(id))", body: """
            <p><a href="/o/\(Self.path(detail.summary.organisationSlug))?lang=\(language.rawValue)">\(detail.summary.organisationSlug)</a></p>
            <h1>\(detail.summary.label) · \(detail.referentiel.referentiel.title.text(in: language))</h1>
            \(issuedBlock)
            <table><caption>\(t(WebText.whoAnswered))</caption>
            <thead><tr><th scope="col">\(t(WebText.respondent))</th><th scope="col">\(t(WebText.answered))</th><th scope="col">\(t(WebText.toConfirm))</th><th scope="col">\(t(WebText.links))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """)
    }
}
