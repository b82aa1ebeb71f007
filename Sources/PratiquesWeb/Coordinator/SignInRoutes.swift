import Hummingbird
import NIOPosix
import PratiquesApp
import PratiquesCore

/// `/login` and `/logout`. The sign-in form carries a token also set as a cookie (double
/// submit: no session exists yet); failures are throttled per login (429 with Retry-After).
struct SignInRoutes: Sendable {
    let workspace: Workspace
    let configuration: WebConfiguration
    let throttle: LoginThrottle

    func add(to router: Router<BasicRequestContext>) {
        router.get("/login") { request, _ in
            let language = WebLanguage.of(request)
            let token = Workspace.newToken()
            var response = Page.response(form(language, token: token, error: nil))
            response.headers[.setCookie] = Cookies.set(Cookies.signInCSRF, token, secure: configuration.secureCookies, maxAge: 3600)
            return response
        }
        router.post("/login") { request, _ in try await signIn(request) }
        router.post("/logout") { request, _ in
            let gate = CoordinatorGate(workspace: workspace, bodyLimit: configuration.bodyLimit)
            let cookie = Cookies.value(Cookies.session, in: request)
            var response = try await gate.post(request) { _, language, _ in
                if let cookie { try workspace.signOut(sessionToken: cookie) }
                return Response(status: .seeOther, headers: [.location: "/login?lang=\(language.rawValue)"])
            }
            if response.status == .seeOther { response.headers[.setCookie] = Cookies.set(Cookies.session, "", secure: configuration.secureCookies, maxAge: 0) }
            return response
        }
    }

    private func signIn(_ request: Request) async throws -> Response {
        let fields = try await FormBody.read(request, limit: configuration.bodyLimit)
        let language = WebLanguage.of(request, form: fields)
        guard let sent = fields["csrf"], !sent.isEmpty, sent == Cookies.value(Cookies.signInCSRF, in: request) else {
            return Page.message(WebText.forbidden, WebText.csrfRefused.text(in: language), language: language, status: .forbidden)
        }
        let login = String((fields["login"] ?? "").prefix(64)), password = fields["password"] ?? ""
        if let wait = await throttle.wait(for: login) {
            var response = Page.response(form(language, token: sent, error: WebText.throttled.text(in: language)), status: .tooManyRequests)
            response.headers[.retryAfter] = String(wait)
            return response
        }
        do {
            let opened = try await NIOThreadPool.singleton.runIfActive { try workspace.signIn(login: login, password: password) }
            await throttle.succeeded(login)
            var response = Response(status: .seeOther, headers: [.location: "/?lang=\(language.rawValue)"])
            response.headers[.setCookie] = Cookies.set(Cookies.session, opened.cookieToken, secure: configuration.secureCookies)
            return response
        } catch let refusal as CoordinatorError {
            await throttle.failed(login)
            return Page.response(form(language, token: sent, error: refusal.message(in: language)), status: .unauthorized)
        }
    }

    private func form(_ language: Language, token: String, error: String?) -> HTML {
        let t = { (text: Bilingual) in text.text(in: language) }
        let problem: HTML = error.map { "<p class=\"error\" id=\"login-err\" role=\"alert\">\($0)</p>" } ?? ""
        let described: HTML = error == nil ? "" : " aria-describedby=\"login-err\" aria-invalid=\"true\""
        return Page.render(title: t(WebText.signIn), language: language, switchPath: "/login", body: """
            <h1>\(t(WebText.signIn))</h1>
            \(problem)
            <form method="post" action="/login">
            <input type="hidden" name="csrf" value="\(token)">
            <input type="hidden" name="lang" value="\(language.rawValue)">
            <p><label for="login">\(t(WebText.login))</label><br><input type="text" id="login" name="login" autocomplete="username" required\(described)></p>
            <p><label for="password">\(t(WebText.password))</label><br><input type="password" id="password" name="password" autocomplete="current-password" required\(described)></p>
            <p><button type="submit">\(t(WebText.signIn))</button></p>
            </form>
            """)
    }
}
