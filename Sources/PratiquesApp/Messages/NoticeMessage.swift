import PratiquesCore

/// The words of ``WorkspaceNotice``.
enum NoticeMessage: String, MessageCatalogue {
    case databaseCreated = "notice.database-created"
    case databaseUpgraded = "notice.database-upgraded"

    static let templates: [NoticeMessage: (fr: String, en: String)] = [
        .databaseCreated: ("base créée : {path}", "database created: {path}"),
        .databaseUpgraded: ("base mise à jour : {path} ({migrations})", "database brought up to date: {path} ({migrations})"),
    ]
}
