/// Where something stands in a file: 1-based line and column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file's path as it was given.
    public var file: String
    /// Line number, starting from 1 (0 when unknown).
    public var line: Int
    /// Column number, starting from 1 (0 when unknown).
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { line > 0 ? "\(file):\(line):\(column)" : file }
}
