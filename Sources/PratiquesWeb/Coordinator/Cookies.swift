import Hummingbird

/// Reading the `Cookie` header and writing `Set-Cookie` with the front end's attributes.
enum Cookies {
    static let session = "pratiques_session"
    /// The anti-forgery token of the sign-in form (before any session exists): double submit.
    static let signInCSRF = "pratiques_signin"

    static func value(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for part in header.split(separator: ";") {
                let pair = part.split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == name { return String(pair[1]).trimmingCharacters(in: .whitespaces) }
            }
        }
        return nil
    }

    /// `HttpOnly; SameSite=Strict; Path=/`, and `Secure` when the server sits behind TLS.
    static func set(_ name: String, _ value: String, secure: Bool, maxAge: Int? = nil) -> String {
        var cookie = "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict"
        if let maxAge { cookie += "; Max-Age=\(maxAge)" }
        if secure { cookie += "; Secure" }
        return cookie
    }
}
