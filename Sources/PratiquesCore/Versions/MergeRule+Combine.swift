extension MigrationStep.MergeRule {
    /// Combines values with this rule: the smallest, the mean or the largest; `nil` for none.
    public func combine(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        switch self {
        case .min: return values.min()
        case .max: return values.max()
        case .mean: return values.reduce(0, +) / Double(values.count)
        }
    }
}
