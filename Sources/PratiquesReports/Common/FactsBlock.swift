extension XlsxWorksheet {
    /// Writes `facts` as a label column and a value column, one fact per row from `firstRow`
    /// (the header block of the summary sheets). Values are user text: written as strings.
    func writeFacts(_ facts: [(label: String, value: String)], firstRow: Int = 1) throws {
        for (index, fact) in facts.enumerated() {
            try write(fact.label, row: firstRow + index, column: 0, style: ReportStyles.label)
            try write(fact.value, row: firstRow + index, column: 1)
        }
    }
}
