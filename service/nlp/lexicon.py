"""French word lists used by the cue, speaker and coreference stages."""

# Reporting verbs, by lemma: verbs of saying, writing, judging and reacting that introduce speech in news.
REPORTING_VERBS = frozenset("""
imager blaguer philosopher relativiser pester fulminer expliciter grogner maugréer râler persifler cingler
accuser admettre classer affirmer ajouter alerter analyser annoncer appeler argumenter argüer assurer asséner
attaquer avancer avertir avouer certifier chuchoter citer clamer claironner commenter communiquer compléter
concéder conclure condamner confesser confier confirmer conseiller considérer constater contester continuer
convenir corriger craindre crier critiquer croire décrire décrypter déclarer défendre déplorer démentir
dénoncer détailler développer diagnostiquer dire écrire égrener énumérer enchaîner espérer estimer évoquer
exhorter exiger expliquer exprimer faire fustiger garantir glisser hurler implorer indiquer informer insister
interpeller interroger inviter ironiser jurer juger justifier lancer lâcher marteler menacer mentionner
minimiser murmurer noter nier nuancer objecter observer penser plaider plaisanter poster poursuivre préciser prédire
prévenir proclamer promettre rassurer pronostiquer proposer protester publier qualifier questionner raconter rappeler
réagir réaffirmer recommander remercier reconnaître redouter réclamer réfuter regretter réitérer relater relever
remarquer répéter répliquer scander répondre reprendre résumer rétorquer révéler riposter saluer signaler souffler
souhaiter souligner soupirer sourire soutenir suggérer supplier tacler témoigner tempérer tonner trancher tweeter
twitter demander parler vanter railler invoquer tabler revendiquer reprocher pointer épingler étriller
rejeter renchérir taxer rapporter abonder acquiescer approuver rectifier préconiser tempêter vitupérer
rebondir embrayer surenchérir dédramatiser illustrer narrer rire déclamer prôner tancer
""".split())

# Verbs that report words only in a set phrase, with the words that follow them: a mis en garde contre « … »,
# a fait part de « … », a rendu hommage à « … », a tiré la sonnette d'alarme sur « … ».
REPORTING_LOCUTIONS = {"mettre": (("en", "garde"), ("en", "avant")), "faire": (("part",), ("état",)),
                       "rendre": (("hommage",),), "tirer": (("la", "sonnette", "d'", "alarme"),)}

# Reporting verbs that go on with words already reported: a cue inverted or before a colon (« … », reprend-il ;
# Il poursuit : « … »), not when they run on a clause (les livraisons reprendraient « dans les semaines à venir »).
CONTINUATION_VERBS = frozenset(["reprendre", "poursuivre", "continuer", "enchaîner"])
# They and verbs of elaborating report words only inverted or before a colon (« … », développe-t-il), not with an
# object of their own (ils ont développé un casque qui peut « lire les pensées »).
INVERTED_OR_COLON_VERBS = CONTINUATION_VERBS | {"développer"}
# With them, verbs of adding to one's own words: « … », ajoute-t-il goes on with the previous quote's speaker.
GOING_ON_VERBS = CONTINUATION_VERBS | {"ajouter", "renchérir", "compléter"}

# Reporting verbs only in their pronominal form: s'inquiéter, not inquiéter les syndicats.
PRONOMINAL_REPORTING_VERBS = frozenset("""remémorer exclamer écrier indigner insurger inquiéter féliciter réjouir
amuser agacer emporter étonner enthousiasmer souvenir alarmer offusquer émouvoir désoler moquer plaindre
esclaffer lamenter targuer enorgueillir impatienter exaspérer récrier désespérer époumoner énerver enflammer
étrangler épancher""".split())
# Reporting verbs only with the impersonal « on »: peut-on lire, apprend-on.
IMPERSONAL_REPORTING_VERBS = frozenset(["lire", "apprendre"])
REFLEXIVE_CLITICS = frozenset("se s' s’ me m' m’ nous vous te t' t’".split())

# Nouns that introduce or stand for speech: « …», selon le communiqué; sa déclaration « … ».
REPORTING_NOUNS = frozenset("""
affirmation annonce appel aveu conclusion avertissement commentaire communiqué confidence constat cri déclaration discours
entretien explication formule interview lettre message parole phrase propos réaction réponse slogan
tweet
""".split())

# Nouns for words said, which a sentence after a quote may trace to their author (Le cri d'alarme vient de X).
SAYING_NOUNS = REPORTING_NOUNS | frozenset("""
cri alerte mot avertissement diagnostic plaidoyer charge critique témoignage verdict réquisitoire sortie pique
boutade citation confession mise promesse engagement credo conviction leitmotiv
""".split())

# Documents that speak for their authors: le communiqué de l'Élysée, une étude de l'Insee.
DOCUMENT_NOUNS = REPORTING_NOUNS | frozenset("""
rapport texte document note courrier télégramme câble étude enquête sondage mémo compte-rendu bilan information
calcul estimation chiffre prévision analyse projection site blog page
""".split())

# The preposition of a complement: (ministre) de la Santé, (directeur) du groupe.
GENITIVE = ("de", "d'", "d’", "du", "des")

# Prepositions of attribution: selon X, d'après X, pour X, aux yeux de X; the longer phrases before « pour ».
ATTRIBUTION_PREPOSITIONS = ("pour reprendre les mots de", "pour reprendre l'expression de",
                            "pour reprendre l’expression de", "selon", "d'après", "d’après", "pour", "aux yeux de",
                            "de l'avis de", "de l’avis de", "à en croire", "au dire de", "aux dires de", "de l'aveu de",
                            "de l’aveu de", "de l'aveu même de", "de l’aveu même de")
# The same with a possessive for the source: à ses yeux, à son avis, de leur point de vue.
POSSESSIVE_ATTRIBUTIONS = tuple(f"{preposition} {possessive} {noun}"
                                for preposition, nouns in (("à", ("yeux", "avis", "sens")), ("de", ("point de vue",)))
                                for noun in nouns for possessive in ("son", "ses", "leur", "leurs"))

SUBJECT_PRONOUNS = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"),
                    "elles": ("Fem", "Plur"), "eux": ("Masc", "Plur"), "lui": ("Masc", "Sing"), "on": (None, None),
                    "son": (None, "Sing"), "sa": (None, "Sing"), "ses": (None, "Sing")}

TITLES = {"m.": "Masc", "mm.": "Masc", "monsieur": "Masc", "mme": "Fem", "madame": "Fem", "mlle": "Fem",
          "mademoiselle": "Fem", "me": None, "maitre": None, "dr": None, "pr": None, "mgr": "Masc",
          "monseigneur": "Masc"}


# Common first names, for the gender of a person named in full (used to resolve il / elle).
FEMININE_FIRST_NAMES = frozenset("""
agnès alice amélie anne annie audrey aurélie brigitte carole caroline catherine cécile chantal charlotte christine
claire claude clémence corinne delphine dominique élisabeth elisabeth élise élodie emma emmanuelle émilie fanny
florence françoise frédérique gabrielle geneviève hélène inès isabelle jacqueline jeanne joëlle josiane julie
juliette karine laetitia laure laurence léa louise lucie manon marguerite maria marie marine marion martine mathilde
michèle monique muriel nadia nathalie nicole olivia pascale patricia pauline rachida sabine sandrine sarah ségolène
simone sophie stéphanie suzanne sylvie valérie véronique virginie yasmina yvonne angela hillary kamala ursula
christine giorgia theresa nancy
aïcha alexandra amandine anaïs ariane arlette aude béatrice bérénice camille capucine chloé clara clarisse
claudine clotilde colette constance coralie danielle denise diane dorothée éléonore élise éloïse estelle eva
fabienne fatima florence frédérique gisèle jennifer jessica justine karima laura leïla léna lina lise louisa
lucienne madeleine magali maïwenn marianne marina marion marlène marthe maryse mathilde mélanie mélissa micheline
mireille myriam nadège nadine natacha noémie océane odile ophélie paola patricia perrine rachel rebecca régine
rose roselyne salomé samia sandra séverine solène sonia sylvie tatiana valentine victoria yolande zoé
annalena kamala jacinda sanna kaja roberta mette olena yulia svetlana olga irina natalia elena tamara
""".split())

MASCULINE_FIRST_NAMES = frozenset("""
alain alexandre antoine arnaud benjamin benoît bernard bruno christian christophe claude daniel david didier
dominique édouard emmanuel éric étienne françois frédéric gabriel georges gérald gérard gilles guillaume henri
hugo jacques jean jérôme joseph julien laurent louis luc lucas manuel marc marcel mathieu michel nicolas olivier
pascal patrick paul philippe pierre raphaël rémi richard robert roger sébastien stéphane thierry thomas vincent
xavier yannick yves john joe donald barack vladimir volodymyr olaf boris jake mark sergueï serguei ahmet walid
bachar jean-marc jean-luc jean-pierre jean-michel jean-yves jean-claude jean-françois marc-antoine
adrien ahmed alexis ali amine anthony arthur aurélien baptiste bastien bertrand cédric charles clément
cyril damien denis dimitri dmitri emmanuel fabien fabrice félix florent florian franck gaël gaëtan gilbert
grégoire grégory guy hervé hugues jacky jérémy jordan josé karim kevin kylian lionel loïc luis marcel
martin mathias maxime mehdi mohamed nathan noël octave olivier pascal raymond renaud rodolphe romain
samuel serge simon sylvain théo tristan valentin victor william yann zinedine gabriel gérald édouard
antonio carlos diego emmanuel francesco giuseppe javier jorge juan lula mario matteo pedro sergio
benyamin binyamin recep xi narendra justin rishi keir friedrich andrzej viktor igor mikhaïl alexeï
anatoli andreï iouri nikolaï oleg pavel piotr vassili viatcheslav lev guennadi ramzan yevgeny evgueni
""".split())

# Public offices, which the press never gives to someone it names by a first name alone (Michel, un habitant,
# is not « le préfet »).
OFFICE_NOUNS = frozenset("""
ambassadeur ambassadrice chancelier chancelière commissaire député députée gouverneur juge magistrat magistrate
maire ministre porte-parole président présidente procureur procureure sénateur sénatrice préfet préfète
""".split())

# Role nouns that refer back to a person named just before: le ministre, la présidente de la BCE.
ROLE_NOUNS = OFFICE_NOUNS | frozenset("""
avocat avocate responsable capitaine candidat candidate chef cheffe conseiller conseillère dirigeant dirigeante
directeur directrice entraîneur entraîneuse leader patron patronne premier reine roi secrétaire sélectionneur
représentant représentante délégué déléguée
acteur actrice architecte artiste athlète attaquant auteur autrice buteur champion championne chanteur chanteuse
chercheur chercheuse coach cycliste défenseur économiste écrivain écrivaine élu élue fondateur fondatrice gardien
historien historienne ingénieur joueur joueuse médecin militant militante nageur nageuse opposant opposante
philosophe pilote politologue réalisateur réalisatrice scientifique sociologue syndicaliste
technicien technicienne intéressé intéressée pdg
pivot meneur meneuse ailier arrière demi pilier talonneur latéral avant-centre skipper cinéaste comédien
comédienne romancier romancière rappeur rappeuse pape prince princesse cardinal évêque archevêque imam rabbin
souverain souveraine monarque émir cheikh
""".split())

# Endings of nouns for someone who does something: l'astronaute, la romancière, le fonctionnaire.
ROLE_PREFIXES = ("vice-", "ex-", "co-")  # la vice-présidente, l'ex-ministre: the role noun after the prefix
AGENT_ENDINGS = ("iste", "naute", "logue", "eur", "euse", "rice", "ien", "ienne", "ier", "ière", "aire")

# Nouns for a person by their sport: « … », a lâché le judoka.
SPORTS_PEOPLE = frozenset("""
judoka judokate karatéka biathlète triathlète décathlète heptathlète skieur skieuse coureur coureuse boxeur boxeuse
tennisman tenniswoman footballeur footballeuse rugbyman rugbywoman sprinteur sprinteuse
perchiste escrimeur escrimeuse handballeur handballeuse basketteur basketteuse golfeur golfeuse navigateur navigatrice
alpiniste patineur patineuse gymnaste lutteur lutteuse haltérophile cavalier cavalière véliplanchiste surfeur surfeuse
""".split())

# Nouns for a person by their situation or sport, which refer back to the person just named: « … », souffle le
# retraité, a lâché le judoka.
STATUS_NOUNS = frozenset("""
retraité retraitée habitant habitante riverain riveraine passant passante commerçant commerçante patient patiente
étudiant étudiante lycéen lycéenne enseignant enseignante sinistré sinistrée rescapé rescapée survivant survivante
adolescent adolescente salarié salariée employé employée blessé blessée bénévole élève client cliente veuf veuve
mère père parent fidèle supporter supportrice résident résidente exploitant exploitante gérant gérante
suspect suspecte prévenu prévenue accusé accusée détenu détenue plaignant plaignante
voisin voisine ami amie proche collègue camarade cousin cousine témoin manifestant manifestante soignant soignante
gendarme citoyen citoyenne fan cadre diplomate expert experte membre officiel officielle soldat agent
""".split()) | SPORTS_PEOPLE

# Nouns whose grammatical gender says nothing of the person's: la star X, la victime X, la recrue X.
# Those who plead, judge or investigate a case, and the parties to it, whom they cannot be.
LEGAL_PROFESSIONS = frozenset("""avocat avocate procureur procureure juge magistrat magistrate greffier greffière
enquêteur enquêtrice""".split())
PARTIES_TO_A_CASE = frozenset("""accusé accusée prévenu prévenue suspect suspecte plaignant plaignante détenu détenue
""".split())

EPICENE_NOUNS = frozenset("""
star vedette personne victime recrue figure personnalité icône idole légende égérie sentinelle mannequin témoin
""".split())

# Nouns for the other party of a relation: « son homologue » is not the person « son » stands for.
RELATIONAL_NOUNS = frozenset("""homologue adversaire rival rivale successeur prédécesseur interlocuteur
interlocutrice opposant opposante détracteur détractrice concurrent concurrente prédécesseure successeure
successeuse collègue coéquipier coéquipière partenaire""".split())

# Nouns of kinship, before a relative's first name: sa fille Léa, son mari Paul.
KIN_NOUNS = frozenset("""fils fille frère sœur mari épouse femme compagnon compagne conjoint conjointe oncle tante
neveu nièce grand-père grand-mère petit-fils petite-fille beau-père belle-mère gendre belle-fille""".split())

# Role nouns that may stand for any role (le dirigeant, l'intéressé), and families of roles one person may be
# called by in turn (la procureure … la magistrate). Any other pair of roles names two different people.
GENERIC_ROLE_NOUNS = frozenset("""
chef dirigeant dirigeante leader patron patronne responsable intéressé intéressée premier élu élue
""".split())
ROLE_FAMILIES = [frozenset(family.split()) for family in (
    "juge magistrat magistrate procureur procureure",
    "entraîneur entraîneuse sélectionneur technicien technicienne coach",
    "pdg directeur directrice fondateur fondatrice",
    "maire député députée sénateur sénatrice conseiller conseillère",
    "chancelier chancelière premier",
    "acteur actrice artiste chanteur chanteuse réalisateur réalisatrice auteur autrice écrivain écrivaine cinéaste "
    "comédien comédienne romancier romancière rappeur rappeuse",
    "joueur joueuse attaquant buteur défenseur gardien capitaine champion championne athlète pivot meneur meneuse "
    "ailier arrière demi pilier talonneur latéral avant-centre skipper nageur nageuse cycliste pilote sportif "
    "sportive médaillé médaillée "
    + " ".join(SPORTS_PEOPLE),
    "chercheur chercheuse scientifique économiste historien historienne sociologue politologue philosophe médecin",
    "roi reine souverain souveraine monarque émir cheikh prince princesse",
    "syndicaliste secrétaire délégué déléguée représentant représentante militant militante",
)]

# What a person heads when the government is named after them, and the role that gives them:
# le gouvernement Barnier (Barnier is the Premier ministre), l'administration Biden (Biden is the président).
HEADED_BY_PERSON = {"gouvernement": "premier ministre", "cabinet": "premier ministre", "administration": "président"}

# Periphrases for a title, folded, and the role phrase they stand for: le chef du gouvernement is the
# Premier ministre named before, le milieu de terrain a player (« milieu » alone is a place).
ROLE_PERIPHRASES = {
    "chef du gouvernement": "premier ministre", "cheffe du gouvernement": "premier ministre",
    "locataire de matignon": "premier ministre", "garde des sceaux": "ministre de la justice",
    "chef de l'etat": "président", "locataire de l'elysee": "président", "hote de l'elysee": "président",
    "locataire de la maison blanche": "président", "hote de la maison blanche": "président",
    "souverain pontife": "pape", "maitre du kremlin": "président russe", "locataire du kremlin": "président russe",
    "souverain": "roi", "monarque": "roi", "souveraine": "reine", "milieu de terrain": "joueur",
    "maillot jaune": "coureur", "maillot rose": "coureur", "maillot vert": "coureur", "maillot a pois": "coureur",
    "tenant du titre": "champion", "tenante du titre": "championne", "numero un mondial": "joueur",
}

# Organisation nouns for the media, which go by their titles: le journal X → le X.
MEDIA_NOUNS = frozenset("journal quotidien hebdomadaire magazine chaîne radio média site".split())

# Head nouns that refer back to an organisation named earlier: l'agence → l'EPA.
ORGANISATION_NOUNS = frozenset("""
agence association autorité banque compagnie entreprise fédération firme fondation groupe institut institution
ministère ong organisation organisme parti société syndicat office observatoire
mouvement club formation régime milice coalition collectif constructeur opérateur enseigne laboratoire fabricant
plateforme géant équipementier assureur juridiction instance centre marque avionneur motoriste
distributeur transporteur armateur sidérurgiste énergéticien
""".split()) | MEDIA_NOUNS

# Institutions that speak as such, never a person: « l'ambassade », « la mairie » is no role of anyone.
INSTITUTION_NOUNS = frozenset("""
ambassade consulat gouvernement présidence mairie préfecture armée police gendarmerie justice parquet commission
conseil assemblée sénat tribunal cour administration direction délégation exécutif municipalité région
département rectorat hôpital université école état-major opposition majorité patronat gauche droite
""".split())

# Nouns for who may say words (a person, an organisation, a body), and the endings of nouns for people:
# les marchés, le calendrier say nothing.
SPEAKING_NOUNS = ROLE_NOUNS | STATUS_NOUNS | ORGANISATION_NOUNS | INSTITUTION_NOUNS
PERSON_ENDINGS = ("eur", "euse", "rice", "iste", "ien", "ienne")

# Who heads an organisation: « directeur général de Tremplin » names an organisation, not a place.
ORGANISATION_HEADS = frozenset("directeur directrice fondateur fondatrice pdg patron patronne".split())

# News titles, folded and without their article: « Le Figaro » is the ORG « Figaro ».
NEWS_TITLES = frozenset([
    "monde", "figaro", "parisien", "croix", "echos", "humanite", "point", "express", "obs", "tribune",
    "journal du dimanche", "canard enchaine", "progres", "dauphine libere", "nouvel observateur", "devoir",
    "presse", "soir", "temps", "new york times", "washington post", "guardian", "times", "wall street journal",
    "financial times", "liberation", "ouest-france", "huffpost", "mediapart", "sud ouest", "jdd", "equipe",
    "france info", "franceinfo", "france inter", "france 2", "france 3", "france 24", "france bleu", "france culture",
    "france televisions", "bfmtv", "cnews", "lci", "tf1", "rtl", "europe 1", "rfi", "rmc", "public senat", "afp",
])


# Places whose name takes an elided article (l'Italie, l'Ontario, l'Isère): any other single proper noun after
# « l' » names an organisation (l'Insee, l'Anses, l'Arcom, l'Élysée). Accent-folded, lower case.
ELIDED_PLACES = frozenset("""
afghanistan afrique albanie algerie allemagne andorre angleterre angola antigua arabie argentine armenie australie
autriche azerbaidjan ecosse egypte emirats equateur erythree espagne estonie eswatini ethiopie inde indonesie irak
iraq iran irlande islande israel italie oman ouganda ouzbekistan ukraine uruguay
europe asie amerique oceanie antarctique antarctide arctique atlantique orient occident extreme-orient moyen-orient
proche-orient eurasie amazonie andalousie anatolie indochine himalaya oural altai etna everest ossetie abkhazie
ombrie istrie ingouchie alentejo est ouest
alsace aquitaine auvergne occitanie ile-de-france ain aisne allier ardeche ardennes ariege aube aude aveyron
essonne eure eure-et-loir herault ille-et-vilaine indre indre-et-loire isere oise orne yonne yvelines hexagone
outre-mer anjou artois armorique argonne esterel escaut euphrate indus elbe oder amazone ebre adour
ontario alberta acadie alaska alabama arizona arkansas idaho illinois indiana iowa ohio oklahoma oregon utah
abitibi outaouais estrie
""".split())

# Capitals and large cities, folded: a city stays a place even when it stands for its government (Damas a
# démenti, sanctionner Niamey), as the annotation guidelines type it.
# Countries and territories named without an article, which may speak like a capital (« … », a averti Israël).
ARTICLELESS_COUNTRIES = frozenset("israel cuba haiti madagascar chypre malte singapour monaco taiwan bahrein oman "
                                  "djibouti gaza bruneï brunei".split())
CITIES = frozenset(line.strip() for line in """
kaboul|tirana|alger|luanda|riyad|buenos aires|erevan|canberra|vienne|bakou|manama|dacca|dhaka|bruxelles|minsk
sarajevo|brasilia|sofia|ouagadougou|bujumbura|phnom penh|yaounde|ottawa|bangui|santiago|pekin|beijing|nicosie
bogota|brazzaville|kinshasa|seoul|pyongyang|abidjan|yamoussoukro|zagreb|la havane|copenhague|le caire|abou dhabi
quito|asmara|madrid|tallinn|addis-abeba|helsinki|libreville|tbilissi|accra|athenes|conakry|port-au-prince
budapest|new delhi|jakarta|teheran|bagdad|dublin|reykjavik|jerusalem|tel-aviv|tel aviv|rome|tokyo|amman|astana
nairobi|bichkek|vientiane|riga|beyrouth|monrovia|tripoli|vilnius|skopje|antananarivo|kuala lumpur|bamako
rabat|nouakchott|chisinau|oulan-bator|podgorica|maputo|windhoek|katmandou|amsterdam|la haye|wellington|managua
niamey|abuja|lagos|oslo|mascate|islamabad|lima|manille|varsovie|lisbonne|doha|bucarest|moscou|kigali|dakar
belgrade|freetown|bratislava|ljubljana|mogadiscio|pretoria|johannesburg|juba|khartoum|colombo|stockholm|berne
geneve|damas|taipei|douchanbe|dodoma|bangkok|lome|tunis|ankara|istanbul|achgabat|kampala|kiev|kyiv|montevideo
tachkent|caracas|hanoi|sanaa|lusaka|harare|londres|berlin|washington|ramallah|new york|los angeles|chicago
saint-petersbourg|shanghai|hong kong|bombay|mumbai|karachi|le cap|casablanca|marrakech|oran|sfax|benghazi
alep|homs|mossoul|bassora|kharkiv|odessa|marioupol|bakhmout|donetsk|louhansk|kherson|zaporijia|dnipro|lviv
paris|lyon|marseille|toulouse|nice|nantes|strasbourg|montpellier|bordeaux|lille|rennes|reims|toulon|grenoble
dijon|angers|nimes|brest|le havre|rouen|metz|nancy|perpignan|ajaccio|bastia|montreal|quebec|laval|gatineau
""".replace("\n", "|").split("|") if line.strip())

# Parties the entity tagger splits or takes for places (La France insoumise → « France » LOC): names, as written.
PARTY_NAMES = ("France insoumise", "Rassemblement national", "Front national", "Parti socialiste", "Parti communiste",
               "Nouveau Front populaire", "Front populaire", "Europe Écologie", "Lutte ouvrière", "Debout la France",
               "Russie unie", "Parti québécois", "Bloc québécois", "Parti libéral", "Parti conservateur",
               "Nouveau Parti démocratique", "Parti démocrate", "Parti républicain", "Parti populaire",
               "Mouvement démocrate", "Parti de gauche", "Parti radical", "Québec solidaire", "Coalition avenir Québec",
               "Parti vert", "Reconquête", "Place publique", "Génération écologie",
               "Alliance démocrate", "Podemos", "Ligue du Nord", "Fratelli d'Italia", "Forza Italia",
               "Alternative pour l'Allemagne", "Parti travailliste", "Parti national écossais")
# Organisations the entity tagger takes for places or persons, or misses: international bodies (le Mercosur,
# Europol), French ones named after the country (Air France, France Travail, Météo-France) and charities.
ORGANISATIONS_BY_NAME = ("Mercosur", "Interpol", "Europol", "Eurojust", "Frontex", "Opep", "Asean", "Commonwealth",
                         "Union africaine", "Ligue arabe", "Otan", "OTAN", "Unesco", "Unicef", "Unrwa", "Fifa", "Uefa",
                         "Air France", "Radio France", "France Télévisions", "France Travail", "Santé publique France",
                         "France Inter", "France Culture", "France Bleu", "France Info", "Franceinfo", "France 2",
                         "France 3", "France 5", "France 24", "Business France", "France Stratégie", "Atout France",
                         "Météo-France", "Météo France", "Hydro-Québec", "Radio-Canada", "Loto-Québec",
                         "Croix-Rouge française", "Croix-Rouge", "Secours populaire", "Secours catholique",
                         "Restos du cœur", "Emmaüs", "Médecins sans frontières", "Médecins du monde",
                         "Action contre la faim", "Reporters sans frontières", "Sécurité sociale", "Tsahal",
                         "Hezbollah", "Hamas", "Twitter", "Facebook", "Instagram", "TikTok", "YouTube", "LinkedIn",
                         "Snapchat", "Telegram", "WhatsApp", "Bluesky", "Reddit", "Wikipédia")
# Parties named, like newspapers, with a capitalised article the name leaves out (Les Républicains), folded.
PARTIES_AFTER_ARTICLE = frozenset(["republicains", "ecologistes"])
