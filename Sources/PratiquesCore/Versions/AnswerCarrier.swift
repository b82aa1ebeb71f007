/// Carries the answers of an assessment from the version of the grid it was given on to a
/// newer version, step by step through the chain of versions (1.0.0 → 1.1.0 → 2.0.0).
///
/// Per respondent, and for the consensus:
/// - `equal`: the answer is kept as it is (value and comment);
/// - `split`: each new criterion receives the old answer;
/// - `merge`: the respondent's values on the old criteria, each read as a fraction of its
///   scale (value ÷ max, a number through its bands, yes = 1), are combined by the rule (min,
///   mean, max); the result times the new scale's maximum gives the nearest level of the new scale,
///   rounded half up on a tie (2.5 → 3)
///   (for yes/no: the good answer from one half). « Non applicable » answers are left out; when every
///   source says « non applicable » the carried answer says so too. Comments are joined;
/// - `dropped`: the answer has no successor; the criterion is listed as not comparable.
///
/// Criteria added on the way have no earlier answer and are listed as not comparable, as are
/// criteria whose kind, scale or yes/no polarity changed. Facts (``AssessmentFact``) are carried
/// like the consensus, their proposals with them (see ``carryFacts(_:through:report:into:newest:)``).
/// Every carried answer gets an ``Answer/origin`` such as
/// `gouvernance-democratique@1.0.0 gd.regles-ecrites → gd.regles-connues (split)`; the answers
/// of the original assessment are never changed.
public enum AnswerCarrier {
    /// Carries `assessment`, given on `from`, onto the last of `through` (the later versions,
    /// oldest first; intermediate versions may be included and are passed through).
    public static func carry(_ assessment: Assessment, from: Referentiel, through: [Referentiel]) throws(VersionChainError) -> CarriedAssessment {
        try carry(assessment, chain: VersionChain(versions: [from] + through))
    }

    /// Carries `assessment` onto the newest version of `chain` (which holds its version).
    public static func carry(_ assessment: Assessment, chain: VersionChain) throws(VersionChainError) -> CarriedAssessment {
        let steps = try chain.steps(from: assessment.referentiel.version)
        let report = CarryReport(steps: steps, origin: assessment.referentiel)
        guard !steps.isEmpty else { return CarriedAssessment(assessment: assessment, original: assessment, report: report) }
        var carried = assessment
        carried.referentiel = ReferentielReference(id: chain.newest.id, version: chain.newest.version)
        carried.respondents = assessment.respondents.map { respondent in
            var copy = respondent
            copy.answers = carry(respondent.answers, through: steps, report: report)
            return copy
        }
        carried.consensus = carry(assessment.consensus, through: steps, report: report)
        carried.facts = [:]
        carryFacts(assessment.facts, through: steps, report: report, into: &carried, newest: chain.newest)
        return CarriedAssessment(assessment: carried, original: assessment, report: report)
    }

    /// One respondent's answers (or the consensus) carried through `steps`, each with its origin.
    static func carry(_ answers: [String: Answer], through steps: ArraySlice<VersionStep>, report: CarryReport) -> [String: Answer] {
        guard !answers.isEmpty else { return [:] }
        var current = answers
        for step in steps { current = carry(current, step: step) }
        let reference = report.from.description
        var result: [String: Answer] = [:]
        for (id, answer) in current {
            guard let trace = report.trace(of: id) else { continue }
            var marked = answer
            marked.origin = trace.origin(from: reference)
            result[id] = marked
        }
        return result
    }

    /// Answers on `step.from` expressed on `step.to`.
    static func carry(_ answers: [String: Answer], step: VersionStep) -> [String: Answer] {
        var result: [String: Answer] = [:]
        for link in step.links {
            guard let target = step.to.criterion(id: link.target) else { continue }
            let answer: Answer?
            switch link.kind {
            case .merge:
                answer = merge(link, answers: answers, step: step, target: target)
            case .equal, .split, .dropped:
                answer = link.sources.first.flatMap { answers[$0] }.map {
                    Answer(criterionID: target.id, value: $0.value, comment: $0.comment, origin: $0.origin)
                }
            }
            guard var kept = answer else { continue }
            if kept.value == .notApplicable && !target.allowsNotApplicable { kept.value = nil }
            if kept.value == nil && (kept.comment ?? "").isEmpty { continue }
            result[target.id] = kept
        }
        return result
    }

    /// The answer of a merged criterion, from the answers to its sources.
    static func merge(_ link: VersionStep.Link, answers: [String: Answer], step: VersionStep, target: Criterion) -> Answer? {
        var fractions: [Double] = []
        var notApplicable = 0, given = 0
        var comments: [String] = []
        for sourceID in link.sources {
            guard let answer = answers[sourceID], let source = step.from.criterion(id: sourceID) else { continue }
            if let comment = answer.comment, !comment.isEmpty { comments.append(comment) }
            guard let value = answer.value else { continue }
            given += 1
            if value == .notApplicable { notApplicable += 1; continue }
            let maximum = ScoringEngine.maxValue(of: source, in: step.from)
            if maximum > 0, let level = ScoringEngine.value(of: value, for: source) { fractions.append(level / maximum) }
        }
        let comment = comments.isEmpty ? nil : comments.joined(separator: " / ")
        var value: AnswerValue?
        if let fraction = (link.rule ?? .mean).combine(fractions) {
            switch target.kind {
            case .yesNo:
                // The fraction says how good the answer is; yes when that is the good side.
                value = .yesNo((fraction >= 0.5) == (target.yesIs == .good))
            default:
                let maximum = ScoringEngine.maxValue(of: target, in: step.to)
                let levels = target.scaleID.flatMap(step.to.scale(id:))?.levels.map(\.value) ?? []
                value = .level(nearestLevel(to: fraction * maximum, among: levels))
            }
        } else if given > 0 && notApplicable == given {
            value = .notApplicable
        }
        guard value != nil || comment != nil else { return nil }
        return Answer(criterionID: target.id, value: value, comment: comment)
    }

    /// The level of `levels` nearest to `value`, the higher one on a tie: on a scale of
    /// consecutive levels, `value` rounded half up (2.5 → 3).
    public static func nearestLevel(to value: Double, among levels: [Int]) -> Int {
        guard !levels.isEmpty else { return roundHalfUp(value) }
        return levels.min { a, b in
            let da = abs(Double(a) - value), db = abs(Double(b) - value)
            return abs(da - db) < 1e-9 ? a > b : da < db
        }!
    }

    /// Rounds half up (2.5 → 3), with a tolerance for values such as 2.4999999 from fractions.
    public static func roundHalfUp(_ value: Double) -> Int {
        Int((value + 0.5 + 1e-9).rounded(.down))
    }
}
