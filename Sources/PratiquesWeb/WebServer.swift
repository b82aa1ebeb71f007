import Hummingbird
import Logging
import PratiquesApp

/// The web front end's settings: where it listens and its limits.
public struct WebConfiguration: Sendable {
    /// Address to bind (127.0.0.1 unless told otherwise: put a TLS reverse proxy in front).
    public var host: String
    public var port: Int
    /// Largest request body accepted, in bytes (413 beyond).
    public var bodyLimit: Int
    /// Whether cookies carry `Secure` (behind a TLS reverse proxy).
    public var secureCookies: Bool

    public init(host: String = "127.0.0.1", port: Int = 8080, bodyLimit: Int = 64 * 1024, secureCookies: Bool = false) {
        self.host = host
        self.port = port
        self.bodyLimit = bodyLimit
        self.secureCookies = secureCookies
    }
}

/// Builds the Hummingbird application serving the web front end on a workspace.
public enum WebServer {
    /// The router with every route and middleware (also what the route tests drive).
    public static func router(workspace: Workspace, configuration: WebConfiguration) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        AssetRoutes.add(to: router)
        RespondentRoutes(workspace: workspace, bodyLimit: configuration.bodyLimit).add(to: router)
        let gate = CoordinatorGate(workspace: workspace, bodyLimit: configuration.bodyLimit)
        SignInRoutes(workspace: workspace, configuration: configuration, throttle: LoginThrottle()).add(to: router)
        OrganisationRoutes(workspace: workspace, gate: gate, secure: configuration.secureCookies).add(to: router)
        return router
    }

    /// The application listening on `configuration`'s host and port.
    public static func application(workspace: Workspace, configuration: WebConfiguration) -> some ApplicationProtocol {
        var logger = Logger(label: "pratiques-web")
        logger.logLevel = .notice
        return Application(router: router(workspace: workspace, configuration: configuration),
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "pratiques"),
                           logger: logger)
    }
}
