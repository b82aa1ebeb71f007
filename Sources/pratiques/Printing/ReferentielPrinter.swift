import PratiquesApp
import PratiquesCore

/// Prints the grids' list and what `referentiel validate` found.
struct ReferentielPrinter {
    var language: Language

    func table(_ rows: [ReferentielRow]) -> String {
        let l = language
        return TextTable.render(header: ["id", "version", HeaderText.title[l], "dimensions", HeaderText.criteria[l]],
                                rows: rows.map { [$0.id, $0.version, $0.title, String($0.dimensions), String($0.criteria)] }, rightAligned: [3, 4])
    }

    /// `✓ file` for every valid file, every issue on standard error, then the grids whose
    /// versions follow the rules.
    func print(_ validation: ReferentielValidation) {
        for result in validation.results {
            switch result.outcome {
            case .valid: Output.line("✓ \(result.path)")
            case .invalid(let issues): issues.forEach { Output.error($0, language) }
            case .noFile: Output.error(ReferentielText.noYAMLFile.text(in: language, ["path": result.path]))
            }
        }
        validation.versionIssues.forEach { Output.error($0, language) }
        for (id, versions) in validation.chains {
            Output.line("✓ \(id) : " + versions.map(\.description).joined(separator: " → ") + ReferentielText.versionRulesHold[language])
        }
    }
}
