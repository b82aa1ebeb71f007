import PratiquesCore

/// The funder workbook's method sheet, in plain words (paraphrasing docs/cohorts.md).
enum FunderMethod {
    static func lines(minimumGroup k: Int, language: Language) -> [String] {
        language == .fr ? [
            "Les organisations de la cohorte s'auto-évaluent à chaque session du parcours (T0, T1, …) sur des grilles communes. Chaque critère est noté de 0 à 4 ; les scores sont ramenés sur 100.",
            "Le score d'une dimension est la moyenne pondérée des critères auxquels l'organisation a répondu ; « non applicable » n'est jamais compté comme zéro.",
            "Pour chaque session et chaque dimension, le classeur donne le nombre d'organisations (n), la moyenne, la médiane (la valeur du milieu) et les quartiles : un quart des organisations est en dessous de Q1, un quart au-dessus de Q3.",
            "Les quartiles sont calculés comme la fonction QUARTILE.INC des tableurs (interpolation linéaire entre les valeurs classées).",
            "La progression est « appariée » : elle ne compte que les organisations présentes aux deux sessions comparées, pour que l'arrivée ou le départ d'une organisation ne fasse pas varier les chiffres. Une évolution de moins d'un point sur 100 est comptée comme stable.",
            "Confidentialité : aucun chiffre n'est donné sur un groupe de moins de \(k) organisations ; la case indique alors « secret statistique (moins de \(k) organisations) ».",
            "Le minimum et le maximum ne sont jamais donnés, car chacun est le score d'une seule organisation ; pour la progression, seules des parts sont données.",
            "Aucune donnée n'est présentée organisation par organisation. Seules les organisations qui l'ont accepté sont nommées (feuille Participants). Les commentaires des répondants ne figurent pas dans ce classeur.",
            "Chaque score est calculé sur une version précise d'une grille (feuille Métadonnées) ; des sessions sur des versions différentes ne sont pas mélangées.",
        ] : [
            "The cohort's organisations assess themselves at each session of the parcours (T0, T1, …) on shared grids. Each criterion is rated 0 to 4; scores are brought to 100.",
            "A dimension's score is the weighted mean of the criteria the organisation answered; 'not applicable' never counts as zero.",
            "For each session and dimension the workbook gives the number of organisations (n), the mean, the median (the middle value) and the quartiles: a quarter of the organisations lie below Q1, a quarter above Q3.",
            "Quartiles are computed as spreadsheets' QUARTILE.INC function (linear interpolation between the sorted values).",
            "Progress is 'paired': only organisations present at both sessions compared count, so that an organisation joining or leaving does not move the figures. A change of less than one point out of 100 counts as stayed.",
            "Privacy: no figure is given for a group of fewer than \(k) organisations; the cell then reads 'suppressed (fewer than \(k) organisations)'.",
            "Minimum and maximum are never given, as each is a single organisation's score; for progress, only shares are given.",
            "No figure is shown organisation by organisation. Only the organisations that agreed are named (Participants sheet). Respondents' comments are not in this workbook.",
            "Each score is computed on one precise version of a grid (Metadata sheet); sessions on different versions are not mixed.",
        ]
    }
}
