import Foundation
@testable import PratiquesCore

/// Paths to the repository's files and helpers to write temporary grids.
enum Fixtures {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var referentielsDirectory: String { root.appendingPathComponent("referentiels").path }
    static var miniPath: String { root.appendingPathComponent("Tests/Fixtures/referentiels/mini/1.0.0.yaml").path }
    static var miniText: String { (try? String(contentsOfFile: miniPath, encoding: .utf8)) ?? "" }
    /// A grid using the features added with profiles and facts (applies_to, fact, max bands, yes_is…).
    static var atelierPath: String { root.appendingPathComponent("Tests/Fixtures/grids/atelier.yaml").path }
    static var atelierText: String { (try? String(contentsOfFile: atelierPath, encoding: .utf8)) ?? "" }
    static var atelier: Referentiel { try! ReferentielLoader.load(path: atelierPath).referentiel }

    /// A fresh temporary directory.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` into a temporary file and returns its path.
    static func write(_ text: String, name: String = "grid.yaml") -> String {
        write(Data(text.utf8), name: name)
    }

    static func write(_ data: Data, name: String = "grid.yaml") -> String {
        let url = temporaryDirectory().appendingPathComponent(name)
        try? data.write(to: url)
        return url.path
    }

    /// The issues of a grid given as text.
    static func issues(of text: String) -> [ValidationIssue] {
        ReferentielLoader.validate(path: write(text))
    }

    /// The mini grid with `old` replaced by `new` (the text must contain `old`).
    static func mini(replacing old: String, with new: String) -> String {
        precondition(miniText.contains(old), "fixture does not contain: \(old)")
        return miniText.replacingOccurrences(of: old, with: new)
    }

    /// The atelier grid with `old` replaced by `new` (the text must contain `old`).
    static func atelier(replacing old: String, with new: String) -> String {
        precondition(atelierText.contains(old), "fixture does not contain: \(old)")
        return atelierText.replacingOccurrences(of: old, with: new)
    }

    /// 1-based line of the `occurrence`-th line of `text` that contains `needle`
    /// (that ends with it, when `suffix` is set); 0 when there is none.
    static func line(of needle: String, in text: String, occurrence: Int = 1, suffix: Bool = false) -> Int {
        var seen = 0
        for (index, line) in text.components(separatedBy: "\n").enumerated()
        where suffix ? line.hasSuffix(needle) : line.contains(needle) {
            seen += 1
            if seen == occurrence { return index + 1 }
        }
        return 0
    }
}
