import Foundation

/// A test hook: with `PRATIQUES_TEST_PAUSE_AFTER=N`, the import stops inside its transaction
/// after N assessments, prints `PAUSED` on stderr and waits for a line on stdin. Tests use it
/// to kill the process mid-import, or to make two imports overlap, without sleeping.
enum ImportPause {
    static func hook() -> (@Sendable (Int, Int) -> Void)? {
        guard let text = ProcessInfo.processInfo.environment["PRATIQUES_TEST_PAUSE_AFTER"], let after = Int(text) else { return nil }
        return { done, _ in
            guard done == after else { return }
            FileHandle.standardError.write(Data("PAUSED\n".utf8))
            _ = readLine()
        }
    }
}
