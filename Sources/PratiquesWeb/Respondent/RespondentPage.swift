import PratiquesApp
import PratiquesCore

/// The respondent's page: one dimension of the grid as one form, each criterion a fieldset.
struct RespondentPage {
    let session: FillSession
    let token: String
    let language: Language
    /// What was typed and refused, by criterion id (shown again with the error).
    var typed: [String: String] = [:]
    var problems: [String: Bilingual] = [:]
    var savedNotice = false

    /// The dimensions with at least one criterion asked of this respondent, each with the criteria asked.
    static func askedDimensions(_ session: FillSession) -> [(dimension: Dimension, criteria: [Criterion])] {
        let asked = Set(session.criteria.map(\.id))
        return session.referentiel.dimensions.compactMap { dimension in
            let criteria = dimension.criteria.filter { asked.contains($0.id) }
            return criteria.isEmpty ? nil : (dimension, criteria)
        }
    }

    /// The dimension to show first: the one holding where the respondent resumes, else the first.
    static func startDimension(_ session: FillSession) throws -> Int? {
        guard let index = try session.startIndex() else { return nil }
        let id = session.criteria[index].id
        return askedDimensions(session).firstIndex { $0.criteria.contains { $0.id == id } } ?? 0
    }

    private func t(_ text: Bilingual) -> String { text.text(in: language) }
    private func t(_ text: LocalizedText) -> String { text.text(in: language) }
    var base: String { "/r/" + token }
    var langQuery: String { "lang=" + language.rawValue }

    func render(dimension index: Int?) -> HTML {
        let dimensions = Self.askedDimensions(session)
        var body: [HTML] = []
        body.append("<h1>\(t(session.referentiel.title))</h1>")
        var who = session.role.label(in: language)
        if let name = session.name { who += " · " + name }
        body.append("<p>\(t(WebText.respondentAs)) <strong>\(who)</strong>. \(t(WebText.autosaveNote))</p>")
        body.append(navigation(dimensions, current: index))
        if let index, dimensions.indices.contains(index) {
            body.append(form(dimensions[index], index: index, count: dimensions.count))
        } else {
            body.append("<h2>\(t(WebText.allDone))</h2><p>\(t(WebText.allDoneMore))</p>")
        }
        let title = index.flatMap { dimensions.indices.contains($0) ? t(dimensions[$0].dimension.title) : nil } ?? t(session.referentiel.title)
        return Page.render(title: title, language: language, switchPath: base + (index.map { "?d=\($0)" } ?? ""), body: HTML(markup: body.map(\.markup).joined(separator: "\n")))
    }

    private func navigation(_ dimensions: [(dimension: Dimension, criteria: [Criterion])], current: Int?) -> HTML {
        let items: [HTML] = dimensions.enumerated().map { offset, entry in
            let done = entry.criteria.filter(session.isDone).count
            let mark: HTML = offset == current ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(base)?d=\(offset)&amp;\(langQuery)\"\(mark)>\(t(entry.dimension.title))</a> — \(done) / \(entry.criteria.count)</li>"
        }
        let done = session.doneCount, total = session.criteria.count
        return """
        <nav aria-label="\(t(WebText.dimensions))"><h2 class="visually-small">\(t(WebText.dimensions))</h2><ol>\(items)</ol></nav>
        <p><label for="overall">\(language == .fr ? "\(done) critère(s) répondu(s) sur \(total)" : "\(done) of \(total) criteria answered")</label>
        <progress id="overall" max="\(total)" value="\(done)">\(done) / \(total)</progress></p>
        """
    }

    private func form(_ entry: (dimension: Dimension, criteria: [Criterion]), index: Int, count: Int) -> HTML {
        var parts: [HTML] = []
        let done = entry.criteria.filter(session.isDone).count
        parts.append("<h2>\(index + 1) / \(count) · \(t(entry.dimension.title))</h2>")
        if let description = entry.dimension.description { parts.append("<p class=\"help\">\(t(description))</p>") }
        parts.append("<p>\(done) / \(entry.criteria.count) \(t(WebText.criteria))</p>")
        if savedNotice && problems.isEmpty { parts.append("<p class=\"saved\" role=\"status\">\(t(WebText.saved))</p>") }
        if !problems.isEmpty { parts.append(errorSummary(entry.criteria)) }
        if entry.criteria.contains(where: { session.answers[$0.id]?.awaitsConfirmation == true }) {
            parts.append("<p class=\"proposal\">\(t(WebText.confirmHint))</p>")
        }
        let fieldsets = entry.criteria.map { fieldset($0) }
        return """
        \(parts)
        <form method="post" action="\(base)" data-autosave novalidate>
        <input type="hidden" name="d" value="\(index)">
        <input type="hidden" name="lang" value="\(language.rawValue)">
        \(fieldsets)
        <p id="autosave-status" role="status" aria-live="polite"></p>
        <p><button type="submit" name="go" value="next">\(t(WebText.saveAndContinue))</button>
        <button type="submit" name="go" value="stay" class="secondary">\(t(WebText.save))</button></p>
        </form>
        """
    }

    private func errorSummary(_ criteria: [Criterion]) -> HTML {
        let items: [HTML] = criteria.compactMap { criterion in
            guard let problem = problems[criterion.id] else { return nil }
            return "<li><a href=\"#\(anchor(criterion))\">\(t(criterion.shortLabel))</a> : \(t(problem))</li>"
        }
        return "<div class=\"error-summary\" role=\"alert\"><h2>\(t(WebText.errorsTitle))</h2><p>\(t(WebText.othersSaved))</p><ul>\(items)</ul></div>"
    }

    private func anchor(_ criterion: Criterion) -> String {
        "q" + String(session.criteria.firstIndex { $0.id == criterion.id } ?? 0)
    }

    private func fieldset(_ criterion: Criterion) -> HTML {
        let id = anchor(criterion)
        let answer = session.answers[criterion.id]
        let shown = typed[criterion.id] ?? AnswerForm.fieldValue(answer?.value)
        let problem = problems[criterion.id]
        var described: [String] = []
        var parts: [HTML] = []
        if let help = criterion.help {
            parts.append("<p class=\"help\" id=\"\(id)-help\">\(t(help))</p>")
            described.append(id + "-help")
        }
        if let answer, answer.awaitsConfirmation, let origin = answer.origin {
            parts.append("<p class=\"proposal\" id=\"\(id)-origin\">\(t(WebText.proposal)) \(origin)</p>")
            described.append(id + "-origin")
        }
        if let problem {
            parts.append("<p class=\"error\" id=\"\(id)-err\">\(t(problem))</p>")
            described.append(id + "-err")
        }
        let describedBy: HTML = described.isEmpty ? "" : " aria-describedby=\"\(described.joined(separator: " "))\""
        let invalid: HTML = problem == nil ? "" : " aria-invalid=\"true\""
        let name = AnswerForm.valueName(criterion)
        switch criterion.kind {
        case .level, .yesNo:
            var choices: [(value: String, label: HTML)] = []
            if criterion.kind == .level, let scale = criterion.scaleID.flatMap(session.referentiel.scale(id:)) {
                choices = scale.levels.map { level in
                    let descriptor = criterion.descriptors[level.value].map { t($0) } ?? ""
                    return (String(level.value), "<strong>\(level.value) · \(t(level.label))</strong>\(descriptor.isEmpty ? "" : HTML(markup: "<br>") )\(descriptor)")
                }
            } else if criterion.kind == .yesNo {
                choices = [("oui", "\(t(WebText.yes))"), ("non", "\(t(WebText.no))")]
            }
            if criterion.allowsNotApplicable { choices.append(("na", "\(t(WebText.notApplicable))")) }
            let radios: [HTML] = choices.enumerated().map { offset, choice in
                let checked: HTML = choice.value == shown ? " checked" : ""
                return "<div class=\"choice\"><input type=\"radio\" id=\"\(id)-\(offset)\" name=\"\(name)\" value=\"\(choice.value)\"\(checked)\(invalid)><label for=\"\(id)-\(offset)\">\(choice.label)</label></div>"
            }
            parts.append(HTML(markup: radios.map(\.markup).joined(separator: "\n")))
        case .number, .text:
            var hint = criterion.kind == .number ? t(WebText.numberHint) : ""
            if let unit = criterion.unit { hint += " · \(t(WebText.unit)) : \(unit)" }
            if let bounds = criterion.bounds, let low = bounds.min, let high = bounds.max {
                hint += " · \(t(WebText.between)) \(NumberFormatting.plain(low)) \(t(WebText.and)) \(NumberFormatting.plain(high))"
            }
            let notApplicable = shown == "na"
            let hintID = id + "-hint"
            let describedField: HTML = " aria-describedby=\"\((described + (hint.isEmpty ? [] : [hintID])).joined(separator: " "))\""
            parts.append("<p><label for=\"\(id)-v\">\(t(WebText.yourAnswer))</label>\(hint.isEmpty ? "" : HTML(markup: "<br><span class=\"help\" id=\"\(hintID)\">\(HTML.escape(hint))</span>"))<br>")
            if criterion.kind == .number {
                parts.append("<input type=\"text\" inputmode=\"decimal\" id=\"\(id)-v\" name=\"\(name)\" value=\"\(notApplicable ? "" : shown)\" size=\"12\"\(describedField)\(invalid)></p>")
            } else {
                parts.append("<textarea id=\"\(id)-v\" name=\"\(name)\"\(describedField)\(invalid)>\(notApplicable ? "" : shown)</textarea></p>")
            }
            if criterion.allowsNotApplicable {
                let checked: HTML = notApplicable ? " checked" : ""
                parts.append("<div class=\"choice\"><input type=\"hidden\" name=\"\(AnswerForm.notApplicableName(criterion))\" value=\"0\"><input type=\"checkbox\" id=\"\(id)-na\" name=\"\(AnswerForm.notApplicableName(criterion))\" value=\"1\"\(checked)><label for=\"\(id)-na\">\(t(WebText.notApplicable))</label></div>")
            }
        }
        parts.append("<p><label for=\"\(id)-c\">\(t(WebText.comment))</label><br><textarea id=\"\(id)-c\" name=\"\(AnswerForm.commentName(criterion))\" rows=\"2\">\(answer?.comment ?? "")</textarea></p>")
        let number = (session.criteria.firstIndex { $0.id == criterion.id } ?? 0) + 1
        return """
        <fieldset id="\(id)" tabindex="-1"\(describedBy)>
        <legend>\(number). \(t(criterion.question))</legend>
        \(parts)
        </fieldset>
        """
    }
}
