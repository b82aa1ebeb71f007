import PratiquesCore

/// How the workbooks mark the dimensions a grid reconstructed (``Dimension/isReconstructed``):
/// the official text of those balises is not published, Pratiques wrote them.
enum ReconstructedText {
    /// `Coopérer (balise reconstruite par Pratiques, texte officiel non publié)`, or the title alone.
    static func title(_ dimension: Dimension, _ language: Language) -> String {
        let title = dimension.title.text(in: language)
        return dimension.isReconstructed ? title + " (" + Dimension.reconstructionNote(in: language) + ")" : title
    }

    /// One sentence naming the grid's reconstructed dimensions, nil when there are none.
    static func summary(_ referentiel: Referentiel, _ language: Language) -> String? {
        let names = referentiel.dimensions.filter(\.isReconstructed).map { $0.title.text(in: language) }
        guard !names.isEmpty else { return nil }
        let fr = language == .fr
        return (fr ? "Balises reconstruites par Pratiques (texte officiel non publié) : " : "Markers reconstructed by Pratiques (official text not published): ")
            + names.joined(separator: " · ") + "."
    }
}

extension String {
    /// The text with its first letter in capitals: `Balise reconstruite…`.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
