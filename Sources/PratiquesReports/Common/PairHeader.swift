import PratiquesCore

extension XlsxWorksheet {
    /// The two header rows of a table of paired progress from `row`: each pair of sessions
    /// (`T0 → T1`) over its `columns` figure columns, then « Dimension » and the figures' names.
    /// Returns the second row.
    func writePairHeaders(_ pairs: [SessionPair], sessions: [String], at row: Int, columns: [String], height: Double = 30) throws -> Int {
        try writeBlank(row: row, column: 0, style: ReportStyles.header)
        for (index, pair) in pairs.enumerated() {
            try merge("\(sessions[pair.from]) → \(sessions[pair.to])", firstRow: row, firstColumn: 1 + index * columns.count, lastRow: row,
                      lastColumn: (index + 1) * columns.count, style: ReportStyles.numberHeader)
        }
        try setRow(row + 1, height: height)
        try write("Dimension", row: row + 1, column: 0, style: ReportStyles.header)
        for index in pairs.indices {
            for (offset, header) in columns.enumerated() {
                try write(header, row: row + 1, column: 1 + index * columns.count + offset, style: ReportStyles.numberHeader)
            }
        }
        return row + 1
    }
}
