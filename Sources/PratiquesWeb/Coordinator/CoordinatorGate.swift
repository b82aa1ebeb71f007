import Hummingbird
import NIOPosix
import PratiquesApp
import PratiquesCore

/// Who is signed in, and the checks every coordinator route makes: a session, and on POST the
/// session's anti-forgery token. Use cases run with the coordinator as the audit trail's actor.
struct CoordinatorGate: Sendable {
    let workspace: Workspace
    let bodyLimit: Int

    /// The signed-in coordinator, or `nil`.
    func coordinator(_ request: Request) async throws -> CoordinatorSession? {
        guard let token = Cookies.value(Cookies.session, in: request) else { return nil }
        return try await NIOThreadPool.singleton.runIfActive { try workspace.coordinator(sessionToken: token) }
    }

    /// Runs a GET page for a signed-in coordinator; others are sent to the sign-in page.
    func page(_ request: Request, _ work: @escaping @Sendable (CoordinatorSession, Language) throws -> Response) async throws -> Response {
        let language = WebLanguage.of(request)
        guard let session = try await coordinator(request) else { return signInRedirect(language) }
        return try await run(session, language, work)
    }

    /// Runs a POST for a signed-in coordinator whose form carries the session's token (403 otherwise).
    func post(_ request: Request, _ work: @escaping @Sendable (CoordinatorSession, Language, [String: String]) throws -> Response) async throws -> Response {
        let fields = try await FormBody.read(request, limit: bodyLimit)
        let language = WebLanguage.of(request, form: fields)
        guard let session = try await coordinator(request) else { return signInRedirect(language) }
        guard let sent = fields["csrf"], sent == session.csrfToken else {
            return Page.message(WebText.forbidden, WebText.csrfRefused.text(in: language), language: language, status: .forbidden)
        }
        return try await run(session, language) { try work($0, $1, fields) }
    }

    private func run(_ session: CoordinatorSession, _ language: Language, _ work: @escaping @Sendable (CoordinatorSession, Language) throws -> Response) async throws -> Response {
        try await NIOThreadPool.singleton.runIfActive {
            do {
                return try AuditContext.$current.withValue(AuditContext(actor: "coordinateur:\(session.login)")) {
                    try work(session, language)
                }
            } catch let failure as LocalizedFailure {
                return Page.message(WebText.refused, failure.message(in: language), language: language, status: .unprocessableContent)
            }
        }
    }

    func signInRedirect(_ language: Language) -> Response {
        Response(status: .seeOther, headers: [.location: "/login?lang=\(language.rawValue)"])
    }
}
