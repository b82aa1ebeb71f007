import PratiquesCore

/// How carried values are explained.
enum CarryMessage: String, MessageCatalogue {
    case legend = "carry.legend"
    case equal = "carry.equal"
    case notComparable = "carry.not-comparable"

    static let templates: [CarryMessage: (fr: String, en: String)] = [
        .legend: ("{mark} valeur reprise d'une version antérieure ({path})", "{mark} value carried from an earlier version ({path})"),
        .equal: ("{n} autre(s) critère(s) repris à l'identique", "{n} other criteria carried as they are"),
        .notComparable: ("non comparables : ", "not comparable: "),
    ]
}
