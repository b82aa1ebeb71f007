import Foundation

/// Line-by-line dialogue on standard input and output, for a terminal or a pipe.
///
/// Every prompt is flushed at once, so that a script (or a test) reading our output through a
/// pipe sees it before it answers (`fflush(nil)` flushes every C stream, `stdout` included).
enum TerminalIO {
    static func line(_ text: String = "") {
        print(text)
        fflush(nil)
    }

    /// Prints `text` without a line end, then reads one line; `nil` at the end of the input.
    static func ask(_ text: String) -> String? {
        print(text, terminator: "")
        fflush(nil)
        guard var answer = readLine(strippingNewline: true) else { return nil }
        if answer.hasSuffix("\r") { answer.removeLast() }
        return answer
    }
}
