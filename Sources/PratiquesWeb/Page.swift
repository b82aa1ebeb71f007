import Hummingbird
import PratiquesCore

/// The frame of every page: language, title, style sheet, the script (a file: the CSP forbids
/// inline script), a skip link, the language switch and the main region.
enum Page {
    static func render(title: String, language: Language, switchPath: String, body: HTML) -> HTML {
        let other: Language = language == .fr ? .en : .fr
        let separator = switchPath.contains("?") ? "&" : "?"
        return """
        <!doctype html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>\(title) · Pratiques</title>
        <link rel="stylesheet" href="/assets/site.css">
        <script src="/assets/autosave.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">\(WebText.skip.text(in: language))</a>
        <header><p><strong>Pratiques</strong> · <a href="\(switchPath + separator + "lang=" + other.rawValue)" lang="\(other.rawValue)" hreflang="\(other.rawValue)">\(other == .fr ? "Français" : "English")</a></p></header>
        <main id="main">
        \(body)
        </main>
        </body>
        </html>
        """
    }

    static func response(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html.markup)))
    }

    /// A page that only says something (a refusal, say).
    static func message(_ title: Bilingual, _ text: String, language: Language, status: HTTPResponse.Status) -> Response {
        response(render(title: title.text(in: language), language: language, switchPath: "/",
                        body: "<h1>\(title.text(in: language))</h1>\n<p>\(text)</p>"), status: status)
    }
}
