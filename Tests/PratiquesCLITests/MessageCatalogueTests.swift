import Foundation
import PratiquesCore
import Testing
@testable import pratiques

/// The command line's message catalogues: every id in French and English, with the same
/// placeholders in both, ids unique, every catalogue of the sources checked.
@Suite struct MessageCatalogueTests {
    @Test func everyMessageHasBothLanguages() throws {
        #expect(try MessageCatalogueCheck.problems(Messages.catalogues, sources: CLIRunner.root.appendingPathComponent("Sources/pratiques")) == [])
    }
}
