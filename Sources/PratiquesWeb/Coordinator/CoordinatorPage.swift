import PratiquesCore
import PratiquesApp

/// The frame of a coordinator's page: who is signed in and the sign-out form.
enum CoordinatorPage {
    static func render(title: String, session: CoordinatorSession, language: Language, path: String, body: HTML) -> HTML {
        let t = { (text: Bilingual) in text.text(in: language) }
        return Page.render(title: title, language: language, switchPath: path, body: """
            <form method="post" action="/logout" class="signed-in"><p>\(t(WebText.signedInAs)) <strong>\(session.login)</strong>
            \(hidden(session, language))<button type="submit" class="secondary">\(t(WebText.signOut))</button></p></form>
            \(body)
            """)
    }

    /// The anti-forgery token and the language, in every form.
    static func hidden(_ session: CoordinatorSession, _ language: Language) -> HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(session.csrfToken)\"><input type=\"hidden\" name=\"lang\" value=\"\(language.rawValue)\">"
    }

    static func who(_ respondent: Respondent, _ language: Language) -> String {
        respondent.role.label(in: language) + (respondent.name.map { " · " + $0 } ?? "")
    }
}
