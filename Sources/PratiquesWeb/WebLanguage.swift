import Hummingbird
import PratiquesCore

/// The language of a page: `?lang=` (kept in links and forms) when given, else the first of
/// the browser's `Accept-Language` that is French or English, else French.
enum WebLanguage {
    static func of(_ request: Request, form: [String: String] = [:]) -> Language {
        if let explicit = form["lang"] ?? request.uri.queryParameters.get("lang"), let language = Language(code: explicit) { return language }
        let accepted = request.headers[.acceptLanguage] ?? ""
        for part in accepted.split(separator: ",") {
            let code = part.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            if code.hasPrefix("fr") { return .fr }
            if code.hasPrefix("en") { return .en }
        }
        return .fr
    }
}
