import Testing
@testable import PratiquesCore

/// The message catalogue: placeholders filled in each language, and the check every target runs
/// on its own catalogues (every id in both languages, the same placeholders).
@Suite struct MessageCatalogueTests {
    enum Sample: String, MessageCatalogue {
        case unknown = "sample.unknown"
        case counted = "sample.counted"

        static let templates: [Sample: (fr: String, en: String)] = [
            .unknown: ("cohorte « {cohort} » inconnue", "unknown cohort '{cohort}'"),
            .counted: ("{n} évaluation(s) de {grid} ({title})", "{n} assessment(s) of {grid} ({title})"),
        ]
    }

    enum Broken: String, MessageCatalogue {
        case missing, untranslated, mismatched

        static let templates: [Broken: (fr: String, en: String)] = [
            .untranslated: ("seulement en français", " "),
            .mismatched: ("{a} et {b}", "{a} and {c}"),
        ]
    }

    @Test func placeholdersAreFilledInEachLanguage() {
        let message = Sample.unknown(["cohort": "c1"])
        #expect(message.fr == "cohorte « c1 » inconnue")
        #expect(message.en == "unknown cohort 'c1'")
        let counted = Sample.counted(["n": 3, "grid": ReferentielReference(id: "mini", version: SemanticVersion(1, 0, 0)),
                                      "title": LocalizedText(fr: "Mini", en: "Small")])
        #expect(counted.text(in: .fr) == "3 évaluation(s) de mini@1.0.0 (Mini)")
        #expect(counted.text(in: .en) == "3 assessment(s) of mini@1.0.0 (Small)")
        #expect(Sample.counted.text(in: .en, ["n": 1]) == "1 assessment(s) of {grid} ({title})")
    }

    @Test func theCheckFindsMissingTextsAndPlaceholders() throws {
        #expect(Sample.problems().isEmpty)
        #expect(Broken.problems() == ["missing: no template", "untranslated: no English text",
                                      "mismatched: placeholders differ (fr [\"a\", \"b\"], en [\"a\", \"c\"])"])
        #expect(Broken.missing.text(in: .fr) == "missing")
        // Listed catalogues against the sources: none declared in this empty directory.
        let empty = Fixtures.temporaryDirectory()
        #expect(try MessageCatalogueCheck.problems([Sample.self, Sample.self], sources: empty).sorted()
                == ["0 catalogues declared under \(empty.path), 2 listed", "sample.counted: used twice", "sample.unknown: used twice"].sorted())
    }
}
