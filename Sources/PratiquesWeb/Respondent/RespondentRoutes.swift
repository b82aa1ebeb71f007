import Hummingbird
import NIOPosix
import PratiquesApp
import PratiquesCore

/// `/r/<token>`: a respondent fills their part of a draft from a personal link, dimension by
/// dimension. GET shows a dimension; POST saves what the form sends, each answer in its own
/// transaction through `FillSession.save`, then shows the next dimension (303) or the same one
/// with errors next to their fields (422). A POST with `autosave=1` (the progressive script,
/// one field at a time) answers 204, or 422 with the message.
///
/// No CSRF token here: the link's token is itself the secret a forged request would need.
struct RespondentRoutes: Sendable {
    let workspace: Workspace
    let bodyLimit: Int

    /// A link's session, or the page refusing it.
    enum Opened {
        case session(FillSession)
        case refused(Response)
    }

    func add(to router: Router<BasicRequestContext>) {
        router.get("/r/:token") { request, context in try await show(request, context) }
        router.post("/r/:token") { request, context in try await save(request, context) }
    }

    /// The session a token opens, or the refusal page (404 for an unknown or revoked token, 410
    /// for a completed draft: the same page whatever the reason a token is unknown).
    private func open(_ token: String, _ language: Language) async throws -> Opened {
        do {
            return .session(try await NIOThreadPool.singleton.runIfActive { try workspace.fillSession(link: token) })
        } catch let refusal as RespondentLinkError {
            let status: HTTPResponse.Status = refusal == .draftComplete ? .gone : .notFound
            let title = refusal == .draftComplete ? WebText.completed : WebText.linkRefused
            return .refused(Page.message(title, refusal.message(in: language), language: language, status: status))
        }
    }

    private func show(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let language = WebLanguage.of(request)
        let token = context.parameters.get("token") ?? ""
        let session: FillSession
        switch try await open(token, language) {
        case .refused(let refusal): return refusal
        case .session(let opened): session = opened
        }
        var page = RespondentPage(session: session, token: token, language: language)
        page.savedNotice = request.uri.queryParameters.get("saved") == "1"
        let count = RespondentPage.askedDimensions(session).count
        let dimension: Int?
        if let asked = request.uri.queryParameters.get("d"), let index = Int(asked), (0..<count).contains(index) {
            dimension = index
        } else {
            dimension = try RespondentPage.startDimension(session)
        }
        return Page.response(page.render(dimension: dimension))
    }

    private func save(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let fields = try await FormBody.read(request, limit: bodyLimit)
        let language = WebLanguage.of(request, form: fields)
        let token = context.parameters.get("token") ?? ""
        var session: FillSession
        switch try await open(token, language) {
        case .refused(let refusal): return refusal
        case .session(let opened): session = opened
        }
        let dimensions = RespondentPage.askedDimensions(session)
        let index = fields["d"].flatMap(Int.init).flatMap { dimensions.indices.contains($0) ? $0 : nil } ?? 0
        let checker = AnswerChecker(referentiel: session.referentiel)
        var problems: [String: Bilingual] = [:]
        var typed: [String: String] = [:]
        // Only the criteria of this respondent's grid that the form names: another draft's or
        // respondent's criterion cannot be reached from here.
        for criterion in session.criteria {
            let current = session.answers[criterion.id]
            switch AnswerForm.read(fields, criterion: criterion, current: current, checker: checker) {
            case .unchanged: break
            case .problem(let problem):
                problems[criterion.id] = problem
                typed[criterion.id] = fields[AnswerForm.valueName(criterion)]
            case .save(let answer):
                let position = session.next(after: session.criteria.firstIndex { $0.id == criterion.id } ?? 0).position
                session = try await NIOThreadPool.singleton.runIfActive { [session] in
                    var saving = session
                    try saving.save(answer, position: position)
                    return saving
                }
            }
        }
        if fields["autosave"] == "1" {
            if problems.isEmpty { return Response(status: .noContent) }
            let message = problems.values.map { $0.text(in: language) }.joined(separator: "\n")
            return Response(status: .unprocessableContent, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: message)))
        }
        if problems.isEmpty {
            let next = fields["go"] == "next" ? (index + 1 < dimensions.count ? "?d=\(index + 1)&" : "?") : "?d=\(index)&saved=1&"
            return Response(status: .seeOther, headers: [.location: "/r/\(token)\(next)lang=\(language.rawValue)"])
        }
        var page = RespondentPage(session: session, token: token, language: language)
        page.problems = problems
        page.typed = typed
        return Page.response(page.render(dimension: index), status: .unprocessableContent)
    }
}
