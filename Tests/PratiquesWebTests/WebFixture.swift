import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import PratiquesApp
import PratiquesCore
@testable import PratiquesStore
@testable import PratiquesWeb

/// A web front end on a fresh store in a temporary directory, with an organisation « ruche ».
struct WebFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let testGrids = ReferentielCatalog(directory: root.appendingPathComponent("Tests/Fixtures/referentiels").path)
    static let shippedGrids = ReferentielCatalog(directory: root.appendingPathComponent("referentiels").path)

    let store: AssessmentStore
    let workspace: Workspace
    let configuration: WebConfiguration

    init(catalog: ReferentielCatalog = WebFixture.testGrids, bodyLimit: Int = 64 * 1024) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try AssessmentStore(path: directory.appendingPathComponent("web.sqlite").path)
        workspace = Workspace(store: store, catalog: catalog)
        configuration = WebConfiguration(bodyLimit: bodyLimit)
        _ = try workspace.saveOrganisation(Organisation(slug: "ruche", name: "La Ruche", legalForm: .association))
    }

    /// Runs `test` against the application, in process.
    func test(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: WebServer.router(workspace: workspace, configuration: configuration))
        try await app.test(.router, test)
    }

    /// The raw stored row of one answer (every column), to compare with what `fill` writes.
    func answerRow(respondent: Int64, criterion: String) throws -> [String] {
        try store.pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT level, yes_no, number, text, not_applicable, comment, origin FROM answer WHERE respondent_id = ? AND criterion_id = ?",
                                             arguments: [respondent, criterion]) else { return [] }
            return row.databaseValues.map(\.description)
        }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

/// A form body, encoded as a browser does.
func formBody(_ fields: [(String, String)]) -> ByteBuffer {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let encoded = fields.map { name, value in
        "\(name.addingPercentEncoding(withAllowedCharacters: allowed)!)=\(value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
    }
    return ByteBuffer(string: encoded.joined(separator: "&"))
}

let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
