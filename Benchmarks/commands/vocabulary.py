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
    """A number whose band gives the level at `level_index` of the scale (bounds respected)."""
    values = [value for value, _ in criterion.levels]
    target = values[level_index]
    bands = criterion.bands
    matching = [i for i, (_, level) in enumerate(bands) if level == target]
    if not matching:
        matching = [min(range(len(bands)), key=lambda i: abs(bands[i][1] - target))]
    i = rng.choice(matching)
    low, high_bound = criterion.bounds
    minimum = bands[i][0]
    if low is not None:
        minimum = max(minimum, low)
    maximum = bands[i + 1][0] if i + 1 < len(bands) else (high_bound if high_bound is not None else minimum * 1.5 + 10)
    if high_bound is not None:
        maximum = min(maximum, high_bound)
    value = rng.uniform(minimum, max(minimum, maximum - 0.01))
    return round(value, 1) if maximum - minimum < 20 else float(round(value))
