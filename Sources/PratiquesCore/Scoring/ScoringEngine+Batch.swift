import Foundation

extension ScoringEngine {
    /// Scores many assessments of this grid version on all cores, in the order given; each
    /// score equals what ``score(_:targets:)`` gives. Every worker uses its own copy of the
    /// engine, so the workers share no reference-counted object while they run.
    public func scoreAll(_ assessments: [Assessment], targets: [String: Int] = [:]) -> [AssessmentScore] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, max(1, assessments.count / 256))
        guard workers > 1 else { return assessments.map { score($0, targets: targets) } }
        let chunk = (assessments.count + workers - 1) / workers
        let results = UnsafeMutableBufferPointer<AssessmentScore?>.allocate(capacity: assessments.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let output = results
        let referentiel = self.referentiel, sha256 = self.reference.sha256
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let engine = ScoringEngine(referentiel: referentiel, sha256: sha256)
            let start = worker * chunk
            let end = min(start + chunk, assessments.count)
            var index = start
            while index < end {
                output[index] = engine.score(assessments[index], targets: targets)
                index += 1
            }
        }
        return results.map { $0! }
    }
}
