import Foundation

extension ScoringEngine {
    /// Scores many assessments of this grid version, spread over the machine's cores.
    /// The result is in the order of `assessments`; each score is what ``score(_:targets:)`` gives.
    public func scoreAll(_ assessments: [Assessment], targets: [String: Int] = [:]) -> [AssessmentScore] {
        guard assessments.count > 64 else { return assessments.map { score($0, targets: targets) } }
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = (assessments.count + workers - 1) / workers
        let results = UnsafeMutableBufferPointer<AssessmentScore?>.allocate(capacity: assessments.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let output = results
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let start = worker * chunk
            let end = min(start + chunk, assessments.count)
            guard start < end else { return }
            for index in start..<end {
                output[index] = score(assessments[index], targets: targets)
            }
        }
        return results.map { $0! }
    }
}
