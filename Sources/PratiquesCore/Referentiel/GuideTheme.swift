/// The eight themes of the guide of good practices that every ESS organisation presents each
/// year at its general assembly (law of 31 July 2014 on the ESS, article 3, and the guide adopted
/// by the Conseil supérieur de l'ESS), in the guide's order.
///
/// A criterion names the themes it informs with `guide_themes: [...]`; the guide's yearly view
/// lists, theme by theme, the criteria tagged with it. The slugs are fixed: never renamed.
public enum GuideTheme: String, Sendable, Codable, CaseIterable, Hashable {
    case gouvernanceDemocratique = "gouvernance-democratique"
    case concertationStrategie = "concertation-strategie"
    case ancrageTerritorial = "ancrage-territorial"
    case politiqueSalariale = "politique-salariale"
    case lienUsagers = "lien-usagers"
    case diversiteEgalite = "diversite-egalite"
    case developpementDurable = "developpement-durable"
    case ethiqueDeontologie = "ethique-deontologie"

    /// 1 to 8, the theme's place in the guide.
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    /// The theme's title, in the guide's words as closely as a short title allows.
    public var title: LocalizedText {
        switch self {
        case .gouvernanceDemocratique:
            return LocalizedText(fr: "Modalités effectives de gouvernance démocratique", en: "Democratic governance in practice")
        case .concertationStrategie:
            return LocalizedText(fr: "Concertation dans l'élaboration de la stratégie", en: "Consultation in shaping the strategy")
        case .ancrageTerritorial:
            return LocalizedText(fr: "Territorialisation de l'activité économique et des emplois",
                                 en: "Territorial rooting of the economic activity and jobs")
        case .politiqueSalariale:
            return LocalizedText(fr: "Politique salariale et exemplarité sociale : formation, dialogue social, santé et sécurité au travail, qualité des emplois",
                                 en: "Pay policy and social exemplarity: training, social dialogue, health and safety at work, job quality")
        case .lienUsagers:
            return LocalizedText(fr: "Lien avec les usagers et réponse aux besoins non couverts",
                                 en: "Link with users and answers to unmet needs")
        case .diversiteEgalite:
            return LocalizedText(fr: "Diversité, lutte contre les discriminations et égalité entre les femmes et les hommes",
                                 en: "Diversity, fighting discrimination and equality between women and men")
        case .developpementDurable:
            return LocalizedText(fr: "Développement durable (dimension environnementale)", en: "Sustainable development (environmental side)")
        case .ethiqueDeontologie:
            return LocalizedText(fr: "Éthique et déontologie", en: "Ethics and professional conduct")
        }
    }
}
