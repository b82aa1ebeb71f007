/// Carrying the facts of an assessment (``AssessmentFact``) to a newer version of its grid.
///
/// A fact's value is carried like a consensus answer (equal, split, merge by its rule), and
/// each of its proposals the same way on its own. On the newer version:
/// - a fact criterion receives the carried value, its author (when it came from one fact) and
///   the carried proposals that still differ from it;
/// - a criterion that is no longer a fact receives the value as its consensus (unless it has
///   one), and each proposal as its author's own answer (unless they answered); a proposal whose
///   author is not among the respondents is written into the consensus comment. Nothing is
///   dropped silently.
///
/// Respondents' answers to a criterion that became a fact are carried as answers, as they are;
/// ``Assessment/fact(for:)`` reads the fact from them.
extension AnswerCarrier {
    static func carryFacts(_ facts: [String: AssessmentFact], through steps: ArraySlice<VersionStep>, report: CarryReport,
                           into carried: inout Assessment, newest: Referentiel) {
        guard !facts.isEmpty else { return }
        let values = carry(facts.mapValues { Answer(criterionID: $0.criterionID, value: $0.value, comment: $0.comment, origin: $0.origin) },
                           through: steps, report: report)
        var proposals: [String: [FactProposal]] = [:]
        for fact in facts.values.sorted(by: { $0.criterionID < $1.criterionID }) {
            for proposal in fact.proposals {
                let moved = carry([fact.criterionID: Answer(criterionID: fact.criterionID, value: proposal.value, comment: proposal.comment)],
                                  through: steps, report: report)
                for (target, answer) in moved {
                    guard let value = answer.value else { continue }
                    proposals[target, default: []].append(FactProposal(respondent: proposal.respondent, value: value, comment: answer.comment))
                }
            }
        }
        for criterion in newest.criteria {
            let id = criterion.id
            let value = values[id]
            let offered = proposals[id] ?? []
            guard value != nil || !offered.isEmpty else { continue }
            if criterion.isFact {
                let sources = report.trace(of: id)?.sourceIDs ?? []
                let author = sources.count == 1 ? facts[sources[0]]?.enteredBy : nil
                carried.facts[id] = AssessmentFact(criterionID: id, value: value?.value, comment: value?.comment, enteredBy: author,
                                                   origin: value?.origin, proposals: offered.filter { $0.value != value?.value })
            } else {
                unfold(value, offered, criterionID: id, into: &carried)
            }
        }
    }

    /// A fact carried onto a criterion that is not a fact: its value becomes the consensus, its
    /// proposals the answers of the people who made them.
    private static func unfold(_ value: Answer?, _ proposals: [FactProposal], criterionID: String, into carried: inout Assessment) {
        var unplaced: [String] = []
        for proposal in proposals {
            if let index = carried.respondents.firstIndex(where: proposal.respondent.names), carried.respondents[index].answers[criterionID] == nil {
                carried.respondents[index].answers[criterionID] = Answer(criterionID: criterionID, value: proposal.value,
                                                                         comment: proposal.comment, origin: value?.origin)
            } else {
                let who = proposal.respondent.role.label(in: .fr) + (proposal.respondent.name.map { " \($0)" } ?? "")
                unplaced.append("\(Self.describe(proposal.value)) (\(who))")
            }
        }
        guard carried.consensus[criterionID] == nil else { return }
        var consensus = value ?? Answer(criterionID: criterionID, value: nil)
        if !unplaced.isEmpty {
            let note = "Autres valeurs proposées : " + unplaced.joined(separator: ", ")
            consensus.comment = AssessmentFact.join(consensus.comment, note)
        }
        if consensus.value != nil || consensus.comment != nil { carried.consensus[criterionID] = consensus }
    }

    private static func describe(_ value: AnswerValue) -> String {
        switch value {
        case .level(let level): return "\(level)"
        case .yesNo(let yes): return yes ? "oui" : "non"
        case .number(let number): return NumberFormatting.plain(number)
        case .text(let text): return "« \(text) »"
        case .notApplicable: return "non applicable"
        }
    }
}
