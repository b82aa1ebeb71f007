import Foundation
import Testing
@testable import PratiquesCore

@Suite struct ContentHashTests {
    func hash(_ text: String) throws -> String {
        try ReferentielLoader.load(data: Data(text.utf8), path: "memory.yaml").sha256
    }

    @Test func reorderingKeysKeepsTheHash() throws {
        let original = try hash(Fixtures.miniText)
        // Move `title` after `description` at the top level, and swap two keys of a criterion.
        let reordered = Fixtures.miniText
            .replacingOccurrences(of: "title: { fr: Mini grille, en: Mini grid }\ndescription: Une grille de test.\n",
                                  with: "description: Une grille de test.\ntitle: { en: Mini grid, fr: Mini grille }\n")
            .replacingOccurrences(of: "        kind: yes_no\n        question: L'organisation a-t-elle signé la charte ?\n",
                                  with: "        question: L'organisation a-t-elle signé la charte ?\n        kind: yes_no\n")
        #expect(reordered != Fixtures.miniText)
        #expect(try hash(reordered) == original)
    }

    @Test func commentsWhitespaceQuotingAndDefaultsKeepTheHash() throws {
        let original = try hash(Fixtures.miniText)
        let restyled = Fixtures.miniText
            .replacingOccurrences(of: "# A small valid grid used by the tests.", with: "# another comment\n\n# more")
            .replacingOccurrences(of: "question: Les règles sont-elles écrites ?", with: "question: \"Les règles sont-elles écrites ?\"   # quoted")
            .replacingOccurrences(of: "title: Salariés", with: "title: { fr: Salariés }")
            .replacingOccurrences(of: "    title: { fr: Salariés }\n    criteria:", with: "    title: { fr: Salariés }\n    weight: 1\n    criteria:")
        #expect(restyled != Fixtures.miniText)
        #expect(try hash(restyled) == original)
    }

    @Test func changingOneDescriptorChangesTheHash() throws {
        let original = try hash(Fixtures.miniText)
        let changed = Fixtures.mini(replacing: "2: Un règlement intérieur existe.", with: "2: Un règlement intérieur existe !")
        #expect(try hash(changed) != original)
    }

    @Test func changingWeightsLevelsOrBandsChangesTheHash() throws {
        let original = try hash(Fixtures.miniText)
        let changes = [
            Fixtures.mini(replacing: "        weight: 2\n", with: "        weight: 3\n"),
            Fixtures.mini(replacing: "{ min: 45, level: 3 }", with: "{ min: 50, level: 3 }"),
            Fixtures.mini(replacing: "label: { fr: Exemplaire, en: Exemplary }", with: "label: { fr: Exemplaire, en: Outstanding }"),
            Fixtures.mini(replacing: "        not_applicable: true\n", with: ""),
        ]
        var seen: Set<String> = [original]
        for text in changes {
            let digest = try hash(text)
            #expect(!seen.contains(digest))
            seen.insert(digest)
        }
    }

    @Test func knownVectorForSHA256() {
        // sha256("abc") from FIPS 180-2, appendix B.1.
        #expect(ContentHash.sha256(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
