import Foundation
import Hummingbird

/// The style sheet and the progressive autosave script, served from the target's resources.
enum AssetRoutes {
    static let files: [String: (data: Data, type: String)] = {
        var files: [String: (Data, String)] = [:]
        for (name, type) in [("site.css", "text/css; charset=utf-8"), ("autosave.js", "text/javascript; charset=utf-8")] {
            if let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Assets"), let data = try? Data(contentsOf: url) {
                files[name] = (data, type)
            }
        }
        return files
    }()

    static func add(to router: Router<BasicRequestContext>) {
        router.get("/assets/:name") { _, context -> Response in
            guard let name = context.parameters.get("name"), let file = files[name] else { throw HTTPError(.notFound) }
            return Response(status: .ok, headers: [.contentType: file.type, .cacheControl: "max-age=3600"],
                            body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
        }
    }
}
