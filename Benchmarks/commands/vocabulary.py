"""Words, names and draws shared by the generator of the end-to-end benchmark and its questionnaires."""


YEARS = (2024, 2025, 2026)
FORMS = [  # legal form, slug prefix, weight, roles (three are drawn)
    ("association", "asso", 50, ["direction", "benevole", "administrateur", "salarie", "usager"]),
    ("scop", "scop", 10, ["direction", "salarie", "administrateur", "partenaire"]),
    ("scic", "scic", 8, ["direction", "administrateur", "salarie", "usager", "partenaire"]),
    ("cooperative", "coop", 8, ["direction", "administrateur", "salarie", "partenaire"]),
    ("entreprise-ess", "ess", 10, ["direction", "salarie", "usager", "partenaire"]),
    ("mutuelle", "mutuelle", 6, ["direction", "administrateur", "salarie", "usager"]),
    ("fondation", "fondation", 8, ["direction", "salarie", "administrateur", "partenaire"]),
]
ROLE_LABELS = {"direction": "Direction", "salarie": "Salarié·e", "administrateur": "Administrateur·rice",
               "benevole": "Bénévole", "usager": "Usager·ère", "partenaire": "Partenaire"}
ROLE_BIAS = {"direction": 0.45, "administrateur": 0.2, "salarie": -0.15, "benevole": 0.0, "usager": -0.35, "partenaire": -0.1}
NOUNS = ["La Ruche", "Les Jardins", "L'Atelier", "La Recyclerie", "Le Café", "La Fabrique", "Les Compagnons", "La Coopérative",
         "Le Panier", "La Maison", "Les Ateliers", "Le Relais", "La Ressourcerie", "L'Épicerie", "Le Tiers-lieu", "La Mutuelle",
         "Les Amis", "La Cantine", "Le Garage", "La Ferme", "Les Bâtisseurs", "La Boussole", "L'Escale", "Le Fil"]
ADJECTIVES = ["solidaire", "partagée", "citoyenne", "du quartier", "des possibles", "verte", "ouverte", "paysanne",
              "coopérative", "d'insertion", "des habitants", "nomade", "associative", "vivante"]
PLACES = ["Amiens", "Lille", "Roubaix", "Beauvais", "Compiègne", "Saint-Quentin", "Laon", "Arras", "Lens", "Calais",
          "Boulogne", "Dunkerque", "Valenciennes", "Maubeuge", "Abbeville", "Soissons", "Château-Thierry", "Béthune",
          "Douai", "Cambrai", "Creil", "Senlis", "Noyon", "Péronne", "Hirson", "Avesnes", "Saint-Omer", "Montreuil"]
DEPARTEMENTS = ["02", "59", "60", "62", "80", "08", "51", "76", "27", "95"]
SECTORS = ["Alimentation", "Réemploi", "Insertion", "Culture", "Habitat", "Mobilité", "Énergie", "Santé", "Éducation populaire",
           "Agriculture", "Numérique", "Tourisme social"]
SIZES = ["0", "1-9", "1-9", "10-49", "10-49", "50-249", "250+"]
FIRST_NAMES = ["Claire", "Karim", "Sophie", "Mathieu", "Nadia", "Julien", "Aïcha", "Thomas", "Élodie", "Hugo", "Fatou", "Pierre",
               "Inès", "Louis", "Camille", "Yasmine", "Antoine", "Léa", "Samir", "Manon", "Zoé", "Bastien", "Chloé", "Malik"]
COMMENTS = [
    "On en a parlé en réunion d'équipe, pas encore formalisé.",
    "Vu en conseil d'administration de mars.",
    "Les nouveaux bénévoles ne le savent pas toujours.",
    "Ça dépend des périodes ; surtout l'été.",
    "Point à mettre au plan d'action ; voir avec le bureau.",
    "Mis en place cette année, à consolider.",
    "Le président a dit « on verra » : rien n'a bougé.",
    'Réponse "au mieux", faute de chiffres.',
    "Deux avis dans l'équipe :\nles anciens disent oui,\nles nouveaux non.",
    "= à vérifier avec la comptable",
    "- pas de trace écrite",
    "+ un vrai progrès depuis l'an dernier",
]
TEXTS = [
    "Plus de temps d'échange entre structures du territoire.",
    "Une formation sur la gouvernance partagée ; et un appui juridique.",
    "Rien de particulier.",
    "Des outils « clés en main » pour mesurer notre impact.",
    "Être mis en relation avec des financeurs, des élus, des entreprises.",
    'Un accompagnement "à la carte".',
]



def number_for(criterion, level_index, rng):
    """A number whose band gives the level at `level_index` of the scale (bounds respected); for
    an indicator (no bands), a number within its bounds that grows with `level_index`."""
    low_bound, high_bound = criterion.bounds
    bands = criterion.intervals()
    if not bands:
        low = low_bound if low_bound is not None else 0
        high = high_bound if high_bound is not None else low + 60
        value = low + (high - low) * (level_index + rng.random()) / 5
        return round(value, 1) if high - low <= 100 else float(round(value))
    values = [value for value, _ in criterion.levels]
    target = values[level_index] if values else level_index
    matching = [band for band in bands if band[4] == target]
    if not matching:
        matching = [min(bands, key=lambda band: abs(band[4] - target))]
    low, low_in, high, high_in, level = rng.choice(matching)
    if low is None:
        low = low_bound if low_bound is not None else min(0, high - 10)
    if high is None:  # the last band, open upwards: a believable width
        high = min(high_bound if high_bound is not None else float("inf"), low * 1.5 + 10)
    if low_bound is not None:
        low = max(low, low_bound)
    if high_bound is not None:
        high = min(high, high_bound)
    digits = 1 if high - low < 20 else 0
    step = 0.1 if digits else 1
    # A draw inside the band (a limit only where the band includes it), rounded as people write.
    for _ in range(20):
        value = round(rng.uniform(low, high), digits)
        if criterion.band_level(value) == level:
            return float(value)
    return float(round(low if low_in else min(high, low + step), digits))
