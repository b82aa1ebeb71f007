import Foundation

extension Workspace {
    /// The database path: `explicit` (a front end's option), else `$PRATIQUES_DB`, else
    /// `./pratiques.sqlite`.
    public static func databasePath(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["PRATIQUES_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        return "pratiques.sqlite"
    }

    /// The grids' directory: `explicit`, else `$PRATIQUES_REFERENTIELS`, else `./referentiels`.
    public static func referentielsDirectory(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        explicit ?? environment["PRATIQUES_REFERENTIELS"] ?? "referentiels"
    }
}
