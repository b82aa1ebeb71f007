import PratiquesCore

/// Words shared by many printouts.
enum CommonText: String, MessageCatalogue {
    case colon = "common.colon"
    case yes = "common.yes"
    case no = "common.no"
    case workbookWritten = "common.workbook-written"

    static let templates: [CommonText: (fr: String, en: String)] = [
        .colon: (" : ", ": "),
        .yes: ("oui", "yes"),
        .no: ("non", "no"),
        .workbookWritten: ("Classeur écrit : {path}", "Workbook written: {path}"),
    ]
}

/// Column headers of the printed tables.
enum HeaderText: String, MessageCatalogue {
    case label = "header.label"
    case grid = "header.grid"
    case status = "header.status"
    case respondents = "header.respondents"
    case criterion = "header.criterion"
    case level = "header.level"
    case horizon = "header.horizon"
    case action = "header.action"
    case owner = "header.owner"
    case due = "header.due"
    case cohort = "header.cohort"
    case members = "header.members"
    case window = "header.window"
    case mean = "header.mean"
    case median = "header.median"
    case title = "header.title"
    case criteria = "header.criteria"
    case name = "header.name"
    case form = "header.form"
    case department = "header.department"
    case size = "header.size"
    case named = "header.named"
    case assessment = "header.assessment"
    case overall = "header.overall"
    case coverage = "header.coverage"
    case change = "header.change"
    case detail = "header.detail"
    case carried = "header.carried"
    case answers = "header.answers"

    static let templates: [HeaderText: (fr: String, en: String)] = [
        .label: ("libellé", "label"),
        .grid: ("référentiel", "grid"),
        .status: ("statut", "status"),
        .respondents: ("répondants", "respondents"),
        .criterion: ("critère", "criterion"),
        .level: ("niveau", "level"),
        .horizon: ("échéance", "horizon"),
        .action: ("action", "action"),
        .owner: ("porteur", "owner"),
        .due: ("échéance", "due"),
        .cohort: ("cohorte", "cohort"),
        .members: ("membres", "members"),
        .window: ("fenêtre", "window"),
        .mean: ("moyenne", "mean"),
        .median: ("médiane", "median"),
        .title: ("titre", "title"),
        .criteria: ("critères", "criteria"),
        .name: ("nom", "name"),
        .form: ("forme", "form"),
        .department: ("dépt", "dept"),
        .size: ("effectif", "size"),
        .named: ("nommée", "named"),
        .assessment: ("évaluation", "assessment"),
        .overall: ("global", "overall"),
        .coverage: ("couverture", "coverage"),
        .change: ("changement", "change"),
        .detail: ("détail", "detail"),
        .carried: ("reprise", "carried"),
        .answers: ("réponses", "answers"),
    ]
}

extension MessageCatalogue {
    /// Shorthand for the texts without placeholders: `HeaderText.grid[l]`.
    subscript(_ language: Language) -> String { text(in: language) }
}
