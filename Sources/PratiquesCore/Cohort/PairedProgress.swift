/// How the organisations present at two sessions changed between them: the mean change and
/// how many progressed, stayed or regressed.
///
/// A change whose size is below ``CohortAccumulator/stableThreshold`` (1 point of 0–100 score
/// by default) counts as « stayed ».
public struct PairedProgress: Sendable, Hashable, Codable {
    /// Organisations with a score at both sessions.
    public var n: Int
    /// Mean of (later − earlier) over those organisations; `nil` when `n` is 0.
    public var meanChange: Double?
    public var progressed: Int
    public var stable: Int
    public var regressed: Int

    public init(changes: [Double], stableThreshold: Double) {
        n = changes.count
        progressed = 0
        stable = 0
        regressed = 0
        guard !changes.isEmpty else { return }
        var sum = 0.0
        for change in changes {
            sum += change
            if change >= stableThreshold { progressed += 1 } else if change <= -stableThreshold { regressed += 1 } else { stable += 1 }
        }
        meanChange = sum / Double(changes.count)
    }

    /// Shares of `n` (0–1) that progressed, stayed and regressed; `nil` when `n` is 0.
    public var shares: (progressed: Double, stable: Double, regressed: Double)? {
        guard n > 0 else { return nil }
        let total = Double(n)
        return (Double(progressed) / total, Double(stable) / total, Double(regressed) / total)
    }
}

/// Two sessions compared (by position in the cohort).
public struct SessionPair: Sendable, Hashable, Codable {
    public var from: Int
    public var to: Int

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }
}
