import PratiquesCore

/// The web pages' own words, in French and English.
enum WebText {
    static let skip = Bilingual(fr: "Aller au contenu", en: "Skip to content")
    static let linkRefused = Bilingual(fr: "Lien non valable", en: "Invalid link")
    static let completed = Bilingual(fr: "Auto-évaluation terminée", en: "Self-assessment complete")
    static let notFound = Bilingual(fr: "Page introuvable", en: "Page not found")
    static let dimensions = Bilingual(fr: "Dimensions", en: "Dimensions")
    static let notApplicable = Bilingual(fr: "Non applicable", en: "Not applicable")
    static let yes = Bilingual(fr: "Oui", en: "Yes")
    static let no = Bilingual(fr: "Non", en: "No")
    static let comment = Bilingual(fr: "Commentaire (facultatif)", en: "Comment (optional)")
    static let yourAnswer = Bilingual(fr: "Votre réponse", en: "Your answer")
    static let saveAndContinue = Bilingual(fr: "Enregistrer et continuer", en: "Save and continue")
    static let save = Bilingual(fr: "Enregistrer", en: "Save")
    static let saved = Bilingual(fr: "Réponses enregistrées.", en: "Answers saved.")
    static let autosaveNote = Bilingual(fr: "Chaque réponse est enregistrée dès que vous l'envoyez : vous pouvez partir et revenir avec ce même lien, sur n'importe quel appareil.",
                                        en: "Each answer is saved as soon as you send it: you can leave and come back with this same link, on any device.")
    static let errorsTitle = Bilingual(fr: "Certaines réponses n'ont pas été enregistrées", en: "Some answers were not saved")
    static let othersSaved = Bilingual(fr: "Les autres réponses de la page sont enregistrées. Corrigez :", en: "The page's other answers are saved. Please correct:")
    static let allDone = Bilingual(fr: "Merci : vous avez répondu à tous les critères.", en: "Thank you: you have answered every criterion.")
    static let allDoneMore = Bilingual(fr: "Vous pouvez encore revoir et modifier vos réponses, dimension par dimension, jusqu'à la clôture de l'auto-évaluation.",
                                       en: "You can still review and change your answers, dimension by dimension, until the self-assessment is closed.")
    static let proposal = Bilingual(fr: "Réponse reprise de l'évaluation précédente, à confirmer (ou à changer) :", en: "Answer carried from the previous assessment, to confirm (or change):")
    static let confirmHint = Bilingual(fr: "Enregistrer la page confirme les réponses reprises qui y sont affichées.",
                                       en: "Saving the page confirms the carried answers it shows.")
    static let answeredOf = Bilingual(fr: "répondus sur", en: "answered of")
    static let criteria = Bilingual(fr: "critères", en: "criteria")
    static let respondentAs = Bilingual(fr: "Vous répondez en tant que", en: "You are answering as")
    static let unit = Bilingual(fr: "Unité", en: "Unit")
    static let between = Bilingual(fr: "entre", en: "between")
    static let and = Bilingual(fr: "et", en: "and")
    static let numberHint = Bilingual(fr: "Un nombre (virgule ou point décimal)", en: "A number (decimal comma or point)")
    static let tooLarge = Bilingual(fr: "Envoi trop volumineux", en: "Request too large")
    static let current = Bilingual(fr: "(dimension en cours)", en: "(current dimension)")
}
