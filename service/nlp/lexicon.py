"""French word lists used by the cue, speaker and coreference stages."""

# Reporting verbs, by lemma: verbs of saying, writing, judging and reacting that introduce speech in news.
REPORTING_VERBS = frozenset("""
accuser admettre classer affirmer ajouter alerter analyser annoncer anticiper appeler argumenter argüer assurer asséner
attaquer avancer avertir avouer certifier chuchoter citer clamer claironner commenter communiquer compléter
concéder conclure condamner confesser confier confirmer conseiller considérer constater contester continuer
convenir corriger craindre crier critiquer croire décrire décrypter déclarer défendre déplorer démentir
dénoncer détailler développer diagnostiquer dire écrire égrener énumérer enchaîner espérer estimer évoquer
exhorter exiger expliquer exprimer faire fustiger garantir glisser hurler implorer indiquer informer insister
interpeller interroger inviter ironiser jurer juger justifier lancer lâcher marteler menacer mentionner
minimiser murmurer noter nier nuancer objecter observer plaider plaisanter poster poursuivre préciser prédire
prévenir proclamer promettre pronostiquer proposer protester publier qualifier questionner raconter rappeler
réagir réaffirmer recommander reconnaître redouter réclamer réfuter regretter réitérer relater relever
remarquer répéter répliquer répondre reprendre résumer rétorquer révéler riposter saluer signaler souffler
souhaiter souligner soupirer soutenir suggérer supplier tacler témoigner tempérer tonner trancher tweeter
twitter remémorer exclamer écrier indigner insurger inquiéter féliciter réjouir demander
""".split())

# Nouns that introduce or stand for speech: « …», selon le communiqué; sa déclaration « … ».
REPORTING_NOUNS = frozenset("""
affirmation annonce appel aveu conclusion avertissement commentaire communiqué confidence constat déclaration discours
entretien explication formule interview lettre message parole phrase propos réaction réponse slogan
tweet
""".split())

# Prepositions of attribution: selon X, d'après X, pour X, aux yeux de X.
ATTRIBUTION_PREPOSITIONS = ("selon", "d'après", "d’après", "pour", "aux yeux de", "de l'avis de", "de l’avis de",
                            "à en croire")

SUBJECT_PRONOUNS = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"),
                    "elles": ("Fem", "Plur"), "lui": ("Masc", "Sing"), "on": (None, None)}

TITLES = {"m.": "Masc", "mm.": "Masc", "monsieur": "Masc", "mme": "Fem", "madame": "Fem", "mlle": "Fem",
          "mademoiselle": "Fem", "me": None, "dr": None, "pr": None}

DETERMINERS = ("le ", "la ", "les ", "l'", "l’", "un ", "une ", "des ", "cette ", "ce ", "cet ", "ces ")
