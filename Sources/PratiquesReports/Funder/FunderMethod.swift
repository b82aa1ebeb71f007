import PratiquesCore

/// The funder workbook's method and privacy rules, in plain words (paraphrasing docs/cohorts.md).
enum FunderMethod {
    static func lines(rule: DisclosureRule, language: Language) -> [String] {
        let k = rule.minimumGroup, q = rule.quartileGroup
        return language == .fr ? [
            "Les organisations de la cohorte s'auto-évaluent à chaque session du parcours (T0, T1, …) sur des grilles communes. Chaque critère est noté de 0 à 4 ; les scores sont ramenés sur 100.",
            "Le score d'une dimension est la moyenne pondérée des critères auxquels l'organisation a répondu ; « non applicable » n'est jamais compté comme zéro.",
            "Un panel par grille : tous les chiffres d'une grille portent sur les mêmes organisations, celles qui ont répondu à chaque session (le panel). Une organisation absente à une session n'entre dans aucun chiffre de la grille (le tableau ci-dessus les compte). Les sessions se comparent donc directement, et aucune soustraction entre deux chiffres ne fait apparaître le score d'une organisation.",
            "Pour chaque session et chaque dimension, le classeur donne le nombre d'organisations (n) et la moyenne ; à partir de \(q) organisations, aussi la médiane (la valeur du milieu) et les quartiles : un quart des organisations est en dessous de Q1, un quart au-dessus de Q3 (calculés comme la fonction QUARTILE.INC des tableurs). Dans un groupe plus petit, médiane et quartiles seraient les scores mêmes de quelques organisations : la case montre « — ».",
            "Les scores et les évolutions sont arrondis au point près (sur 100), les parts au pour cent près.",
            "La progression compare le score de chaque organisation du panel d'une session à l'autre ; c'est l'écart des moyennes des deux sessions, à l'arrondi près. Une évolution de moins d'un point sur 100 est comptée comme stable.",
            "Confidentialité : aucun chiffre n'est donné sur un groupe de moins de \(k) organisations. Une dimension ou un critère que seule une partie du panel a renseigné n'est donné que s'il manque au moins \(k) organisations du panel : comparé au panel, il isolerait sinon les quelques absentes. La répartition d'un critère par niveau n'est pas donnée quand toutes les organisations, ou toutes sauf une, sont au même niveau : elle dirait le niveau de chacune. Une moyenne n'est pas donnée non plus quand presque toutes les organisations sont au maximum (ou au minimum) : quelques-unes, en retirant leurs propres scores, connaîtraient ceux des autres. La case dit alors « secret statistique » et pourquoi.",
            "Le minimum et le maximum ne sont jamais donnés, car chacun est le score d'une seule organisation ; pour la progression, seules des parts sont données.",
            "Aucune donnée n'est présentée organisation par organisation. Seules les organisations qui l'ont accepté sont nommées (ci-dessous). Les commentaires des répondants ne figurent pas dans ce classeur.",
            "Chaque score est calculé sur une version précise d'une grille (feuille Métadonnées) : quand une organisation a répondu sur une version antérieure, ses réponses sont reprises sur cette version selon la correspondance publiée avec la grille (critère identique, scindé, fusionné ou supprimé), et les critères nouveaux restent sans réponse plutôt que d'être comptés à zéro.",
        ] : [
            "The cohort's organisations assess themselves at each session of the parcours (T0, T1, …) on shared grids. Each criterion is rated 0 to 4; scores are brought to 100.",
            "A dimension's score is the weighted mean of the criteria the organisation answered; 'not applicable' never counts as zero.",
            "One panel per grid: every figure of a grid rests on the same organisations, those that answered at every session (the panel). An organisation missing at one session is in no figure of the grid (the table above counts them). Sessions therefore compare directly, and no subtraction between two figures reveals an organisation's score.",
            "For each session and dimension the workbook gives the number of organisations (n) and the mean; from \(q) organisations on, also the median (the middle value) and the quartiles: a quarter of the organisations lie below Q1, a quarter above Q3 (computed as spreadsheets' QUARTILE.INC). In a smaller group the median and quartiles would be some organisations' own scores: the cell shows '—'.",
            "Scores and changes are rounded to the whole point (out of 100), shares to the whole percent.",
            "Progress compares each panel organisation's score from one session to the other; it equals the difference of the two sessions' means, up to rounding. A change of less than one point out of 100 counts as stable.",
            "Privacy: no figure is given for a group of fewer than \(k) organisations. A dimension or criterion that only part of the panel answered is given only when at least \(k) panel organisations are missing from it: set beside the panel, it would otherwise single out the few missing ones. A criterion's distribution by level is not given when all the organisations, or all but one, are at the same level: it would tell each one's level. Nor is a mean given when nearly all the organisations are at the top (or bottom) of the scale: a few of them, taking out their own scores, would know the others'. The cell then reads 'suppressed' and why.",
            "Minimum and maximum are never given, as each is a single organisation's score; for progress, only shares are given.",
            "No figure is shown organisation by organisation. Only the organisations that agreed are named (below). Respondents' comments are not in this workbook.",
            "Each score is computed on one precise version of a grid (Metadata sheet): when an organisation answered an earlier version, its answers are carried onto this one through the mapping published with the grid (same criterion, split, merged or dropped), and new criteria stay unanswered rather than counted as zero.",
        ]
    }
}
