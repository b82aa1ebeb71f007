import PratiquesCore

/// The words of `target` and `action`.
enum PlanText: String, MessageCatalogue {
    case targetSaved = "plan.target-saved"
    case actionAdded = "plan.action-added"
    case actionDone = "plan.action-done"

    static let templates: [PlanText: (fr: String, en: String)] = [
        .targetSaved: ("Objectif enregistré : {criterion} → {level}.", "Target saved: {criterion} → {level}."),
        .actionAdded: ("Action {id} ajoutée.", "Action {id} added."),
        .actionDone: ("Action {id} faite.", "Action {id} done."),
    ]
}
