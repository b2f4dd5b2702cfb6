"""Attribution layouts, on short French sentences written for these tests."""
import pytest


def quotes(analyzer, text):
    return analyzer.analyse(text).quotes


def one(analyzer, text):
    found = quotes(analyzer, text)
    assert len(found) == 1, [q.span.text for q in found]
    return found[0]


def assert_attributed(analyzer, text, speaker, cue):
    """The text holds one quote, said by `speaker` through `cue`."""
    quote = one(analyzer, text)
    assert (quote.speaker.name, quote.cue.text) == (speaker, cue)


def test_inverted_after_with_named_speaker(analyzer):
    quote = one(analyzer, "« Nous ne céderons pas sur les salaires », a déclaré Sophie Binet.")
    assert quote.span.text == "Nous ne céderons pas sur les salaires"
    assert quote.speaker.name == "Sophie Binet"
    assert quote.cue.text == "a déclaré"
    assert quote.kind == "direct"


def test_inverted_pronoun_resolves_to_the_named_person(analyzer):
    text = ("Le maire de Lyon, Grégory Doucet, a présenté lundi son plan pour les transports. "
            "« Le tramway arrivera à Vaulx-en-Velin en 2027 », a-t-il ajouté.")
    quote = one(analyzer, text)
    assert quote.speaker.name == "Grégory Doucet"
    assert quote.speaker.mention.text in ("-t-il", "il")
    assert quote.cue.text == "a-t-il ajouté"


def test_colon_before(analyzer):
    quote = one(analyzer, "Le ministre Bruno Le Maire a prévenu : « Les prix de l'énergie vont encore baisser. »")
    assert quote.speaker.name == "Bruno Le Maire"
    assert quote.span.text == "Les prix de l'énergie vont encore baisser."
    assert quote.kind == "direct"


def test_speaker_before_with_que_gives_a_partial_quote(analyzer):
    quote = one(analyzer, "Marine Tondelier a affirmé que la réforme était « une faute politique majeure ».")
    assert quote.speaker.name == "Marine Tondelier"
    assert quote.kind == "partial"


def test_selon_before_the_quote(analyzer):
    quote = one(analyzer, "Selon Laurent Berger, « la confiance est rompue avec le gouvernement ».")
    assert quote.speaker.name == "Laurent Berger"
    assert quote.cue.text == "Selon"


@pytest.mark.parametrize("text, speaker, cue", [
    pytest.param("Aux yeux du philosophe Marcel Gauchet, la réforme est « une erreur de méthode ».",
                 "Marcel Gauchet", "Aux yeux du", id="aux-yeux-de-written-as-one-contraction"),
    pytest.param("La sénatrice Nathalie Goulet a voté contre. À ses yeux, le texte reste « trop flou ».",
                 "Nathalie Goulet", "À ses yeux", id="possessive-attribution-resolves-its-possessive"),
    pytest.param("Le maire Éric Piolle a reçu les habitants. De son point de vue, le projet est « mal ficelé ».",
                 "Éric Piolle", "De son point de vue", id="de-son-point-de-vue"),
    pytest.param("De l'avis de nombreux juristes, la loi est « inapplicable ».",
                 "de nombreux juristes", "De l'avis de", id="partitive-source-keeps-its-de"),
])
def test_attribution_phrases(analyzer, text, speaker, cue):
    assert_attributed(analyzer, text, speaker, cue)


@pytest.mark.parametrize("text, speaker, cue", [
    ("« Les listes d'attente vont diminuer », de dire le ministre de la Santé, Christian Dubé.", "Christian Dubé",
     "de dire"),
    ("« Nous serons prêts pour la saison », d'assurer la mairesse de Québec, Marie-Josée Savard.", "Marie-Josée Savard",
     "d'assurer"),
    ("« Ce n'est pas sérieux », a laissé tomber le chef caquiste François Legault.", "François Legault",
     "a laissé tomber"),
    ("La ministre de la Santé, Sonia Bélanger, a présenté son plan. « C'est un marathon, pas un sprint », a-t-elle "
     "imagé.", "Sonia Bélanger", "a-t-elle imagé"),
])
def test_quebec_reporting_forms_after_the_quote(analyzer, text, speaker, cue):
    assert_attributed(analyzer, text, speaker, cue)


def test_dash_after_the_quote(analyzer):
    quote = one(analyzer, "« La mer monte plus vite que prévu » — Valérie Masson-Delmotte")
    assert quote.speaker.name == "Valérie Masson-Delmotte"


@pytest.mark.parametrize("text, speaker", [
    ("« La mer monte plus vite que prévu » (Valérie Masson-Delmotte)", "Valérie Masson-Delmotte"),
    ("« Les prix ne baisseront pas avant l'été » (Philippe Martin, économiste à la Banque de France)", "Philippe Martin"),
])
def test_name_in_brackets_after_the_quote(analyzer, text, speaker):
    assert_attributed(analyzer, text, speaker, "(")


def test_incise_splits_the_quote_with_shared_speaker_and_cue(analyzer):
    text = "Pierre Moscovici a présenté le rapport. « La dette reste élevée, a-t-il dit, mais elle baisse. »"
    found = quotes(analyzer, text)
    assert [q.span.text for q in found] == ["La dette reste élevée", "mais elle baisse."]
    assert {q.speaker.name for q in found} == {"Pierre Moscovici"}
    assert found[0].cue == found[1].cue and found[0].cue.text == "a-t-il dit"


def test_incise_ends_after_a_name_apposed_to_the_role(analyzer):
    text = "« Nous voulons peser, prévient le maire (LR) de Nice, Christian Estrosi. Nous ne lâcherons rien. »"
    found = quotes(analyzer, text)
    assert [q.span.text for q in found] == ["Nous voulons peser", "Nous ne lâcherons rien."]
    assert {q.speaker.name for q in found} == {"Christian Estrosi"}


def test_continuation_quote_without_cue_keeps_the_speaker(analyzer):
    text = ("« Le club va se relever », a assuré Jean-Michel Aulas. "
            "« Nous avons les moyens de recruter. »")
    found = quotes(analyzer, text)
    assert len(found) == 2
    assert [q.speaker.name for q in found] == ["Jean-Michel Aulas", "Jean-Michel Aulas"]
    assert found[1].cue is None


def test_two_speakers_in_one_paragraph(analyzer):
    text = ("« Le texte sera voté », a promis Gabriel Attal. "
            "« Il ne passera pas », a répondu Mathilde Panot.")
    assert [q.speaker.name for q in quotes(analyzer, text)] == ["Gabriel Attal", "Mathilde Panot"]


def test_surname_and_title_resolve_to_the_full_name(analyzer):
    text = ("Emmanuel Macron a reçu les syndicats à l'Élysée. "
            "« Le dialogue continue », a déclaré M. Macron.")
    quote = one(analyzer, text)
    assert quote.speaker.name == "Emmanuel Macron"
    assert quote.speaker.mention.text == "M. Macron"


def test_organisation_and_unnamed_sources_stay_descriptions(analyzer):
    text = ("« Le système restera vigilant », a indiqué Météo-France. "
            "« Les digues ont tenu », a déclaré un responsable.")
    found = quotes(analyzer, text)
    assert [q.speaker.name for q in found] == ["Météo-France", "un responsable"]
    assert found[1].speaker.entity_id is None


def test_partial_quote_inside_the_journalists_sentence(analyzer):
    quote = one(analyzer, "Le syndicat a qualifié la décision de « scandaleuse ».")
    assert quote.kind == "partial"
    assert quote.span.text == "scandaleuse"
    assert quote.speaker.name == "le syndicat"


def test_block_quote_after_a_colon_in_its_own_paragraph(analyzer):
    text = "La présidente de la région, Carole Delga, a réagi dans un communiqué :\n\n« Nous ne lâcherons rien. »"
    quote = one(analyzer, text)
    assert quote.speaker.name == "Carole Delga"
    assert quote.kind == "direct"


@pytest.mark.parametrize("text", [
    "Le festival « Rock en Seine » ouvre ses portes vendredi.",
    "Il lit « Le Monde » chaque matin.",
    "Le documentaire « Océans » a attiré deux millions de spectateurs en salle.",
    "L'opération « Sentinelle » mobilise encore 7 000 militaires.",
    "Le programme fédéral « Territoires d'industrie » sera prolongé jusqu'en 2027, a annoncé le ministère.",
    "L'actrice a tenu le premier rôle dans « Les parapluies de Cherbourg » en 1964.",
    "Le groupe a remporté le prix des « Nouveaux talents de la chanson » l'an dernier.",
    "Elle s'en est expliquée dimanche au « Parisien ».",
    "La campagne « Mois sans tabac » a été lancée en novembre par Santé publique France.",
    "Le mécanisme dit du « filet de sécurité » sera reconduit l'an prochain, a précisé Bercy.",
    "Le mot-dièse « #BalanceTonPorc » a circulé sur les réseaux sociaux.",
    "Un concert « exceptionnel » pour Charles Aznavour aura lieu samedi à l'Olympia.",
    "Cela dit, le mot « urgence » ne figure nulle part dans le texte.",
    "Les « bonnets rouges » ont fait leur retour samedi en Bretagne.",
    "Elle a tourné dans « Les Demoiselles de la nuit » (1998), son premier long métrage.",
    "Le roman, paru sous le nom de « Marie Ombre », a connu un grand succès.",
    "« La Nuit des étoiles » revient ce week-end dans toute la France.",
    "Les abonnés paient moins quand l'offre « Liberté » est ajoutée au contrat.",
])
def test_titles_and_names_in_quote_marks_are_not_quotes(analyzer, text):
    assert quotes(analyzer, text) == []


@pytest.mark.parametrize("text", [
    "Le parquet de Lille a ouvert une enquête pour « abus de biens sociaux » visant l'ancien président du club.",
    "L'élu a été mis en examen pour « favoritisme » et « recel de détournement de fonds publics ».",
    "Il a été condamné à trois ans de prison dont un avec sursis pour « violences aggravées ».",
    "Le parquet a ouvert une information judiciaire pour des « faits de corruption et de trafic d'influence ».",
])
def test_the_wording_of_a_charge_is_not_a_quote(analyzer, text):
    assert quotes(analyzer, text) == []


def test_a_participle_qualifying_a_noun_after_scare_quotes_is_no_cue(analyzer):
    assert quotes(analyzer, "Bruxelles a infligé une amende « record » au groupe, accusé d'« entente illicite ».") == []


def test_words_after_a_noun_of_works_still_quote_when_lower_case_or_cued(analyzer):
    assert_attributed(analyzer, "L'opposition a dénoncé le projet « irréaliste » de la majorité.",
                      "l'opposition", "a dénoncé")
    assert_attributed(analyzer, "Le maire a défendu son plan « Nous ne fermerons aucune école », a-t-il dit.",
                      "le maire", "a-t-il dit")


def test_a_verb_that_also_names_a_charge_still_reports_words(analyzer):
    assert_attributed(analyzer, "Le gouvernement a condamné « une attaque lâche » contre les policiers.",
                      "le gouvernement", "a condamné")


def test_inverted_clause_closing_a_long_sentence(analyzer):
    text = ("Le « retour au plein emploi », c'est l'objectif de toute la majorité pour les trois ans "
            "à venir, plaide Élisabeth Borne.")
    assert_attributed(analyzer, text, "Élisabeth Borne", "plaide")


def test_inverted_subject_after_time_words_and_a_prepositional_phrase(analyzer):
    text = ("« Le dossier est clos », a déclaré lundi soir le préfet de police. "
            "« Nous attendons », a précisé de son côté la maire, Anne Hidalgo.")
    assert [q.speaker.name for q in quotes(analyzer, text)] == ["le préfet de police", "Anne Hidalgo"]


def test_pour_introduces_a_speaker_only_right_before_the_quote(analyzer):
    assert_attributed(analyzer, "Pour l'économiste Thomas Piketty, « la dette n'est pas le problème ».",
                      "Thomas Piketty", "Pour")
    text = "Pour les salariés, le plan prévoit « une prime exceptionnelle », a annoncé la direction."
    assert one(analyzer, text).speaker.name == "la direction"


def test_sentence_final_selon_and_demonstrative_organisation(analyzer):
    text = ("L'Observatoire français des drogues a publié son rapport annuel. La consommation a baissé "
            "« pour la troisième année consécutive » chez les jeunes, selon cet organisme.")
    assert_attributed(analyzer, text, "l'Observatoire français des drogues", "selon")


def test_comme_clause_before_a_colon_names_the_speaker_after_its_verb(analyzer):
    text = ("Reconstruire le pont prendra des années, comme l'explique l'architecte Claire Vasseur :\n\n"
            "« Les fondations ont bougé et chaque pile doit être refaite. »")
    quote = one(analyzer, text)
    assert quote.speaker.name == "Claire Vasseur"
    assert quote.cue.text == "explique"


def test_clitic_incise_inside_a_sentence_beats_the_main_subject(analyzer):
    text = ("Le préfet Henri Castel a reçu les élus mardi. "
            "La mairie, dit-il, a été « totalement dépassée par la crue ».")
    quote = one(analyzer, text)
    assert quote.speaker.name == "Henri Castel"
    assert quote.cue.text == "dit-il"


def test_sentence_final_d_apres_after_a_fragment(analyzer):
    text = ("La digue pourrait céder « dans les prochains jours », d'après les ingénieurs de la préfecture.")
    quote = one(analyzer, text)
    assert quote.speaker.name == "les ingénieurs de la préfecture"
    assert quote.cue.text == "d'après"


def test_headline_repeating_a_later_quote_takes_its_speaker(analyzer):
    text = ("Le port de Brest change de cap\n"
            "« Nous devons tout reconstruire »\n"
            "Le directeur du port a présenté son plan hier. "
            "« Nous devons tout reconstruire, et vite », a déclaré Marc Le Gall.")
    found = quotes(analyzer, text)
    assert [q.speaker.name for q in found] == ["Marc Le Gall", "Marc Le Gall"]
    assert found[0].cue is None


def test_line_break_ends_a_headline_sentence(analyzer):
    text = ("La grève s'étend dans les ports\n"
            "Le syndicat dénonce une « provocation »\n"
            "Les dockers de Marseille ont cessé le travail lundi.")
    quote = one(analyzer, text)
    assert quote.speaker.name == "le syndicat"
    assert quote.cue.text == "dénonce"


def test_thanks_in_a_communique_are_attributed_to_the_pronoun_antecedent(analyzer):
    text = ("Le maire de Nantes, Paul Garnier, a accueilli les sauveteurs. "
            "Par voie de presse, il remercie chaleureusement les pompiers pour leur « courage exemplaire ».")
    quote = one(analyzer, text)
    assert quote.speaker.name == "Paul Garnier"
    assert quote.cue.text == "remercie"


def test_quoted_verb_in_a_headline_is_its_subject_s_word(analyzer):
    text = "Durand «assume» sa réforme des retraites\n\nLe ministre Luc Durand a défendu mardi son projet."
    quote = one(analyzer, text)
    assert quote.span.text == "assume"
    assert quote.speaker.name == "Luc Durand"


def test_inverted_clause_closing_a_sentence_before_a_colon(analyzer):
    text = ("Sous la ville, un « réseau de galeries » est caché, rappelle le quotidien régional Ouest-France : "
            "les fouilles dureront des années.")
    quote = one(analyzer, text)
    assert quote.cue.text == "rappelle"


def test_role_noun_resolves_to_the_person_apposed_to_it_earlier(analyzer):
    text = ("Hier, la juge d'instruction de Créteil, Anne-Sophie de Vauban, a refusé la remise en liberté. "
            "« Le dossier est solide », a souligné la juge.")
    quote = one(analyzer, text)
    assert quote.speaker.name == "Anne-Sophie de Vauban"
    assert quote.speaker.mention.text == "la juge"


def test_pronominal_cue_includes_its_reflexive_pronoun(analyzer):
    text = "« L'équipe a montré du caractère », s'est félicité l'entraîneur Didier Deschamps après le match."
    assert_attributed(analyzer, text, "Didier Deschamps", "s'est félicité")


def test_role_noun_right_after_a_named_person_refers_to_them(analyzer):
    text = ("Le Premier ministre Gabriel Attal s'est rendu à Marseille. Sur place, il a promis des renforts. "
            "« Nous ne laisserons aucun quartier aux trafiquants », a déclaré le chef du gouvernement.")
    quote = one(analyzer, text)
    assert quote.speaker.name == "Gabriel Attal"
    assert quote.speaker.mention.text == "le chef du gouvernement"


def test_cue_keeps_an_adverb_between_auxiliary_and_verb(analyzer):
    text = ("« Les prix baisseront de 10 % en février », a annoncé le ministre de l'Économie Bruno Le Maire. "
            "Le ministre a toutefois prévenu : « Ce sera la dernière baisse. »")
    second = quotes(analyzer, text)[1]
    assert (second.speaker.name, second.cue.text) == ("Bruno Le Maire", "a toutefois prévenu")


def test_reporting_verb_right_after_a_quote_whatever_its_tag(analyzer):
    text = "Les habitants sont en colère. « On nous a abandonnés », soupire Fatima, 54 ans, mère de trois enfants."
    assert_attributed(analyzer, text, "Fatima", "soupire")


def test_name_after_a_role_and_a_comma_is_the_speaker(analyzer):
    text = ("« C'est une très bonne nouvelle pour les salariés », s'est réjoui mardi le secrétaire général "
            "de Force ouvrière, Frédéric Souillot.")
    assert_attributed(analyzer, text, "Frédéric Souillot", "s'est réjoui")


def test_colon_alone_attributes_to_the_subject_before_it(analyzer):
    text = ("La maire de Paris, Anne Hidalgo, a visité le chantier avec le préfet Laurent Nuñez. "
            "Le préfet, lui, reste prudent : « Rien n'est acquis. »")
    quote = one(analyzer, text)
    assert quote.speaker.name == "Laurent Nuñez"
    assert quote.cue.text == ":"


def test_impersonal_on_speaks_for_the_circle_named_after_it(analyzer):
    text = "« La décision sera prise dans les prochains jours », confie-t-on dans l'entourage du ministre."
    assert_attributed(analyzer, text, "l'entourage du ministre", "confie-t-on")


def test_pour_que_is_no_attribution(analyzer):
    text = ("« Il faut négocier », estime l'ancien diplomate Pierre Vimont. "
            "Pour que les otages soient libérés, « il faudra du temps ».")
    assert [q.speaker.name for q in quotes(analyzer, text)] == ["Pierre Vimont", "Pierre Vimont"]


def test_pronoun_after_a_role_subject_with_no_name_stays_the_role(analyzer):
    text = "Le maire a présenté le chantier. Il a ajouté : « Les travaux commenceront en mai. »"
    quote = one(analyzer, text)
    assert (quote.speaker.name, quote.speaker.mention.text) == ("le maire", "Il")


def test_impersonal_reading_cue_with_a_modal(analyzer):
    text = "« La France soutient l'Ukraine », peut-on lire dans le communiqué publié dimanche."
    quote = one(analyzer, text)
    assert quote.cue.text == "peut-on lire"
    assert quote.speaker.name.startswith("le communiqué")


@pytest.mark.parametrize("text", [
    "elle ministère de la M.- Selons'est félicité confie-t-onPremierministère de laé ils - , s'est félicité "
    "‹ d’après elle se 中文 M. elle ‹   Mme se ",
    "« » « « » » \" \" “ ” ‹ › , a-t-il dit. — — … « ,",
    "Selon , « x » — Cette phrase de , peut-on lire dans « »",
])
def test_garbled_text_gives_consistent_offsets(analyzer, text):
    result = analyzer.analyse(text).to_dict()
    spans = [q for q in result["quotes"]] + [q["cue"] for q in result["quotes"] if q["cue"]]
    spans += [q["speaker"]["mention"] for q in result["quotes"] if q["speaker"] and q["speaker"]["mention"]]
    spans += [m for e in result["entities"] for m in e["mentions"]]
    assert all(text[s["start"]:s["end"]] == s["text"] for s in spans)


def test_headline_name_and_colon(analyzer):
    text = ("Retraites : le gouvernement tient bon\n"
            "Élisabeth Borne : « Nous irons jusqu'au bout »\n"
            "La Première ministre a défendu sa réforme devant les députés.")
    assert_attributed(analyzer, text, "Élisabeth Borne", ":")


# One quote, one speaker: each case is a layout or resolution rule, on sentences written for it.
SPEAKER_CASES = [
    pytest.param("« Aucune décision n'est prise », a indiqué le porte-parole du gouvernement, Olivier Véran.",
                 "Olivier Véran", id="apposed-name-after-a-role"),
    pytest.param("Anne Hidalgo a présenté son budget lundi. Jean Castex a salué le travail de la mairie. "
                 "« Paris sera prête pour les Jeux », a-t-elle assuré.",
                 "Anne Hidalgo", id="feminine-pronoun-skips-the-nearer-man"),
    pytest.param("Selon la juge Hélène Roux, deux voisins ont confirmé « la version du gardien ».",
                 "Hélène Roux", id="sentence-initial-selon-attributes-the-whole-sentence"),
    pytest.param("« Nous allons vendre une partie de nos actions. » Cette phrase de Julien Marchal, "
                 "au journal Les Échos, a inquiété les syndicats.",
                 "Julien Marchal", id="speech-noun-after-the-quote-names-its-source"),
    pytest.param("Gabriel Attal a présenté la réforme aux partenaires sociaux. "
                 "« Le texte est équilibré », a assuré le Premier ministre devant la presse.",
                 "Gabriel Attal", id="capitalised-premier-before-ministre-is-no-name"),
    pytest.param("La crue a emporté le jardin de Marcel, 81 ans, installé au bord du Tarn depuis 1970. "
                 "« Je n'avais jamais vu l'eau monter si vite », raconte le retraité.",
                 "Marcel", id="a-person-by-situation-refers-to-the-person-just-named"),
    pytest.param("Les opposants à la réforme des retraites promettent « une rentrée sociale agitée ».",
                 "les opposants à la réforme des retraites", id="a-noun-s-complement-with-a-stays-in-the-phrase"),
    pytest.param("Devant le rectorat, les parents d'élèves scandaient « Des profs, pas des promesses ».",
                 "les parents d'élèves", id="imperfect-reporting-verb-tagged-as-an-adjective"),
    pytest.param("Le projet d'autoroute divise. Autre son de cloche chez les maraîchers de la vallée : « Nos terres "
                 "vont disparaître. »",
                 "les maraîchers de la vallée", id="verbless-clause-before-a-colon-names-where-the-words-come-from"),
    pytest.param("« Le nucléaire reste indispensable », écrivent une trentaine d'ingénieurs dans une lettre ouverte.",
                 "une trentaine d'ingénieurs", id="irregular-present-form-with-a-wrong-lemma"),
    pytest.param("« Le déficit se creuse », indique le rapport du Haut Conseil des finances publiques publié mardi.",
                 "le Haut Conseil des finances publiques", id="a-clause-hung-on-a-name-is-not-part-of-the-source"),
    pytest.param("« On ira jusqu'au bout », prévient-il. Le syndicaliste Jean Dupuis promet de nouveaux blocages.",
                 "Jean Dupuis", id="cataphoric-pronoun-names-a-person-apposed-without-comma"),
    pytest.param("La députée écologiste, Sandrine Rousseau, juge ces annonces « insuffisantes ».",
                 "Sandrine Rousseau", id="misread-verb-after-an-apposition-before-quoted-words"),
    pytest.param("Législatives : Jordan Bardella « confiant » avant le second tour",
                 "Jordan Bardella", id="words-quoted-right-after-a-name-are-that-person-s"),
    pytest.param("Cyclisme : pour Julian Alaphilippe, « le Tour n'est pas joué »",
                 "Julian Alaphilippe", id="pour-x-after-a-headline-colon"),
    pytest.param("Vincent Bolloré a pris le contrôle du groupe. L'homme d'affaires promet « une nouvelle ère ».",
                 "Vincent Bolloré", id="a-man-described-by-his-trade-is-the-person-just-named"),
    pytest.param("« Pas un euro de plus. » Le message du syndicat Solidaires aux employeurs est sans ambiguïté.",
                 "le syndicat Solidaires", id="definite-speech-noun-opening-the-next-sentence"),
    pytest.param("« Le site ne fermera pas. » C'est avec ces mots que le directeur de l'usine, Paul Renard, "
                 "a accueilli la décision du tribunal.",
                 "Paul Renard", id="cleft-on-the-words-names-the-subject-of-its-verb"),
    pytest.param("« Rendez-nous nos trains. » C'est le cri poussé samedi par les usagers de la ligne Paris-Granville.",
                 "les usagers de la ligne Paris-Granville", id="cleft-on-a-cry-names-the-agent-of-its-participle"),
    pytest.param("« La mer monte plus vite que prévu. » Ce sont les mots de la climatologue Inès Vidal.",
                 "Inès Vidal", id="ce-sont-les-mots-de"),
    pytest.param("« Nous garderons le cap. » Ainsi s'est exprimée la maire de Rennes, Nathalie Appéré.",
                 "Nathalie Appéré", id="ainsi-with-an-inverted-reporting-verb"),
    pytest.param("Interrogé par la radio, le ministre de l'Intérieur Gérald Darmanin a estimé que "
                 "« la police a fait son travail ».",
                 "Gérald Darmanin", id="ministry-in-a-role-title-is-not-part-of-the-name"),
    pytest.param("Une source diplomatique a confirmé l'information. "
                 "« Les négociations sont au point mort », a-t-elle indiqué sous couvert d'anonymat.",
                 "une source diplomatique", id="pronoun-after-an-unnamed-source-stays-that-source"),
    pytest.param("L'entreprise a annoncé la fermeture du site. Dans un communiqué, la direction explique que "
                 "« la demande de véhicules thermiques s'est effondrée ».",
                 "la direction", id="subject-found-by-position-when-the-parse-misses-it"),
    pytest.param("Pour le sociologue Michel Wieviorka, cette violence « traduit une crise profonde "
                 "de la représentation ».",
                 "Michel Wieviorka", id="pour-with-a-named-person-frames-the-sentence"),
    pytest.param("La directrice de l'école et le maire ont reçu les parents. « La cantine rouvrira lundi », "
                 "ont-ils annoncé.",
                 "la directrice de l'école et le maire", id="plural-pronoun-resolves-to-coordinated-nouns"),
    pytest.param("Les manifestants se sont rassemblés devant la mairie. « On ne lâchera rien », scandaient-ils.",
                 "les manifestants", id="plural-pronoun-resolves-to-the-group-subject"),
    pytest.param("L'attaquant du PSG Kylian Mbappé a marqué deux buts. "
                 "« Je suis très heureux pour l'équipe », a-t-il déclaré à la fin du match.",
                 "Kylian Mbappé", id="person-named-after-an-organisation-in-one-tagged-span"),
    pytest.param("Sous la ville, un « réseau de galeries » est caché, rappelle le quotidien américain "
                 "The Washington Post.",
                 "le Washington Post", id="media-noun-with-the-outlet-s-name-speaks-as-the-outlet"),
    pytest.param("« Nous condamnons fermement cette attaque », indique le communiqué de l'Élysée.",
                 "l'Élysée", id="document-speaks-for-the-author-it-names"),
    pytest.param("Le Premier ministre britannique, Keir Starmer, a reçu Emmanuel Macron. "
                 "Selon le chef du gouvernement britannique, « l'alliance est plus solide que jamais ».",
                 "Keir Starmer", id="person-apposed-to-a-subject-is-an-antecedent"),
    pytest.param("Le ministre Jean Castex a été interrogé sur sa démission. "
                 "« Je n'ai rien à ajouter », a répondu l'intéressé.",
                 "Jean Castex", id="l-interesse-refers-to-the-person-just-named"),
    pytest.param("Emmanuel Macron et Olaf Scholz ont signé un accord à Berlin. "
                 "« C'est un jour historique pour l'Europe », ont-ils déclaré.",
                 "Emmanuel Macron et Olaf Scholz", id="plural-pronoun-after-two-named-subjects-is-the-pair"),
    pytest.param("L'avocate de la famille, Me Claire Dumas, a demandé un report. Le procureur a requis la "
                 "prison ferme, estimant que l'accusé restait « dangereux ».",
                 "le procureur", id="a-role-noun-is-not-a-person-given-another-role"),
    pytest.param("Le Kremlin a qualifié ces déclarations d'« ingérence inacceptable ».",
                 "le Kremlin", id="reporting-noun-as-object-leaves-the-verb-as-cue"),
    pytest.param("Human Rights Watch publie jeudi un rapport sur les prisons du pays. "
                 "Le document dénonce des « traitements inhumains et dégradants ».",
                 "Human Rights Watch", id="a-document-mentioned-again-speaks-for-its-author"),
    pytest.param("Les ministres ont adopté la déclaration de Lisbonne sur le climat. « Chaque pays réduira "
                 "ses émissions de moitié », affirme le texte.",
                 "la déclaration de Lisbonne", id="a-named-document-speaks-for-itself"),
    pytest.param("Une enquête menée en mars par l'institut Ipsos souligne « une défiance record » envers les partis.",
                 "l'institut Ipsos", id="a-survey-speaks-for-the-agent-who-made-it"),
    pytest.param("Météo-France a placé dix départements en alerte. « Les rafales pourraient dépasser "
                 "130 km/h », précise l'organisme.",
                 "Météo-France", id="organisation-noun-refers-to-an-untagged-named-subject"),
    pytest.param("Clarisse Crémer a franchi la ligne d'arrivée aux Sables-d'Olonne. « J'ai vécu un rêve », "
                 "confie la navigatrice au micro de France Bleu.",
                 "Clarisse Crémer", id="an-agent-noun-refers-to-the-person-just-named"),
    pytest.param("« On ne peut pas continuer ainsi. » Ces mots, prononcés par la maire de Rennes, Nathalie Appéré, "
                 "ont marqué les élus.",
                 "Nathalie Appéré", id="speech-noun-with-an-agent-after-the-quote"),
    pytest.param("Le maire de Grenoble Éric Piolle a réclamé des renforts. Le préfet de l'Isère a répondu par "
                 "communiqué. Il assure que « des moyens seront déployés ».",
                 "le préfet de l'Isère", id="pronoun-after-a-role-subject-is-not-the-man-with-another-role"),
    pytest.param("Après la réunion, le ministre allemand des Finances Christian Lindner s'est dit favorable au "
                 "plan, qui selon lui reste « équilibré ».",
                 "Christian Lindner", id="pronoun-after-a-role-subject-named-in-the-phrase"),
    pytest.param("Kylian Mbappé a été célébré samedi au stade. « Je n'oublierai jamais ce moment », a confié "
                 "l'ancien Parisien, très ému.",
                 "Kylian Mbappé", id="a-demonym-refers-to-the-person-just-named"),
    pytest.param("La directrice générale d'Engie, Catherine MacGregor, a été entendue par les sénateurs. Le sénateur "
                 "Fabien Gay l'a interpellée. « Je ne vais pas m'excuser de réussir », a rétorqué la PDG.",
                 "Catherine MacGregor", id="a-role-acronym-refers-to-its-holder-not-to-another-role"),
    pytest.param("Son adjoint chargé des transports, David Belliard, a précisé que d'autres pistes « suivront "
                 "dès l'an prochain ».",
                 "David Belliard", id="a-name-apposed-after-the-head-s-modifiers"),
    pytest.param("Olaf Scholz a parlé d'unité. Le chancelier autrichien Karl Nehammer a estimé que ces propos "
                 "étaient « naïfs ».",
                 "Karl Nehammer", id="a-demonstrative-speech-noun-is-no-cue"),
    pytest.param("« Nous ne céderons jamais. » — Volodymyr Zelensky, devant le Parlement européen.",
                 "Volodymyr Zelensky", id="a-dash-after-a-closed-sentence-names-the-speaker"),
    pytest.param("Selon une enquête Ipsos publiée dimanche, les électeurs jugent la campagne « ennuyeuse ».",
                 "Ipsos", id="a-survey-named-with-its-author-speaks-for-it"),
    pytest.param("Apple a contesté mardi une amende de la Commission européenne. « Nous ferons appel », a indiqué "
                 "le groupe américain.",
                 "Apple", id="an-organisation-noun-prefers-the-organisation-not-governed-by-a-preposition"),
    pytest.param("Google a été condamné. Pour la commissaire européenne à la Concurrence, Margrethe Vestager, "
                 "« aucune entreprise n'est au-dessus des lois ».",
                 "Margrethe Vestager", id="pour-with-a-person-apposed-after-the-role-phrase"),
    pytest.param("Le gouvernement promet des baisses d'impôts. « Ce budget est insincère », juge ainsi "
                 "Éric Coquerel, président de la commission des finances.",
                 "Éric Coquerel", id="reporting-verb-tagged-as-a-noun-keeps-its-inverted-subject"),
    pytest.param("Les syndicats se sont de leur côté félicités d'une « avancée historique » pour les salariés.",
                 "les syndicats", id="a-pronominal-verb-apart-from-its-auxiliary-is-still-a-cue"),
    pytest.param("Un avis partagé par Marc Dupuis, ancien maire de la ville : par la voix de son avocat, "
                 "l'octogénaire décrit « une injustice totale ».",
                 "Marc Dupuis", id="a-description-refers-to-the-person-just-named-whatever-their-role"),
    pytest.param("Pour ses détracteurs, le fait que le FMI, une des institutions de Bretton Woods, l'ait qualifié "
                 "de « fragile » a pesé.",
                 "le FMI", id="a-subject-before-its-apposition-in-a-que-clause"),
    pytest.param("Le rapport de l'Union pour la Méditerranée souligne « un retard considérable » dans les transports.",
                 "l'Union pour la Méditerranée", id="an-organisation-name-with-pour-is-the-whole-speaker"),
    pytest.param("Du côté de La France insoumise, on dénonce « une privatisation déguisée ».",
                 "la France insoumise", id="impersonal-on-speaks-for-the-circle-named-before-it"),
    pytest.param("Le patron de Renault, Luca de Meo, reste prudent. Pour lui, le marché électrique « ne décollera "
                 "pas avant 2027 ».",
                 "Luca de Meo", id="pour-lui-frames-the-sentence"),
    pytest.param("Greenpeace accuse TotalEnergies de tromper ses clients. L'entreprise dément : « Nos investissements "
                 "dans les renouvelables sont réels. »",
                 "TotalEnergies", id="a-reporting-verb-before-a-colon-whatever-its-tag"),
    pytest.param("Les syndicats dénoncent le plan. La direction, elle, parle d'une « réorganisation nécessaire ».",
                 "la direction", id="a-dislocated-subject-beats-the-pronoun-resuming-it"),
    pytest.param("« Les négociations reprendront jeudi », a-t-on appris auprès du ministère du Travail.",
                 "le ministère du Travail", id="a-source-after-du-is-named-with-its-article"),
    pytest.param("La Cour de cassation a rejeté le pourvoi. Dans son arrêt, elle estime que la procédure était "
                 "« régulière ».",
                 "la Cour de cassation", id="a-pronoun-refers-to-the-organisation-of-the-previous-sentence"),
    pytest.param("Selon des informations du Monde, le gouvernement prépare « un plan d'urgence » pour l'hôpital.",
                 "le Monde", id="selon-information-of-a-newspaper-is-the-newspaper"),
    pytest.param("Le FMI a revu ses prévisions à la baisse. L'institution prévoit une croissance « modérée » en 2025, "
                 "selon son dernier rapport.",
                 "le FMI", id="selon-its-report-is-the-report-s-owner"),
    pytest.param("La sénatrice Nathalie Goulet a interpellé le ministre. Celui-ci lui a répondu que le texte était "
                 "« en cours d'examen ».",
                 "le ministre", id="celui-ci-is-the-last-person-named-not-the-subject"),
    pytest.param("L'entraîneur du PSG, Luis Enrique, a défendu ses choix. Interrogé sur l'avenir de son attaquant, "
                 "l'Espagnol a été plus évasif : « On verra. »",
                 "Luis Enrique", id="a-demonym-in-ol-refers-to-the-person-just-named"),
    pytest.param("Kamala Harris a concédé sa défaite. La vice-présidente a appelé ses partisans à « ne pas désespérer ».",
                 "Kamala Harris", id="a-prefixed-role-noun-is-a-role-noun"),
    pytest.param("Le juge a rejeté la demande de l'avocat. Ce dernier a dénoncé « une décision politique ».",
                 "l'avocat", id="ce-dernier-is-the-last-role-named-when-no-one-is-named"),
    pytest.param("Victor Wembanyama a brillé face aux Lakers. « Je me sens de mieux en mieux », a confié le pivot "
                 "français des Spurs après la rencontre.",
                 "Victor Wembanyama", id="a-sports-role-refers-to-the-player-just-named"),
    pytest.param("D'après le ministère, 120 000 personnes ont manifesté. La CGT revendique, elle, « plus d'un million » "
                 "de manifestants.",
                 "la CGT", id="revendiquer-introduces-a-figure-quoted-from-its-subject"),
    pytest.param("« L'école doit rester un sanctuaire » : c'est en ces termes que la ministre de l'Éducation, "
                 "Élisabeth Borne, a défendu son projet.",
                 "Élisabeth Borne", id="a-clause-in-subject-order-after-the-quote-is-not-inverted"),
    pytest.param("« Le gouvernement a menti aux Français », peut-on lire dans le communiqué du parti.",
                 "le parti", id="on-reads-in-a-document-of-its-author"),
    pytest.param("Le pape François a reçu les jeunes. Le souverain pontife a ensuite appelé à « construire des ponts ».",
                 "François", id="a-periphrasis-for-the-pope"),
    pytest.param("« Nous ne céderons pas » : Sophie Binet durcit le ton\nLa secrétaire générale de la CGT a appelé à "
                 "la grève jeudi.",
                 "Sophie Binet", id="a-headline-quote-then-a-colon-and-a-name"),
    pytest.param("Ce projet, jugé « irréaliste » par les syndicats, a été abandonné.",
                 "les syndicats", id="the-agent-of-a-passive-reporting-verb"),
    pytest.param("Le budget a été voté. Une enveloppe jugée « dérisoire » par l'Association des maires de France.",
                 "l'Association des maires de France", id="the-agent-of-a-passive-hung-elsewhere-by-the-parse"),
    pytest.param("Dans un communiqué, Renault a annoncé que les ventes repartiraient « dès le printemps ».",
                 "Renault", id="a-verb-of-going-on-inside-the-reported-clause-is-no-cue"),
    pytest.param("La ministre de la Culture, Rachida Dati, a présenté la réforme. « Rien n'est figé », "
                 "assure un proche de la ministre.",
                 "un proche de la ministre (Rachida Dati)", id="a-source-tied-to-a-named-role-holder-gets-a-gloss"),
    pytest.param("« Rien n'est figé », assure un proche du ministre.",
                 "un proche du ministre", id="no-gloss-for-a-role-the-article-never-gave-anyone"),
    pytest.param("Emmanuel Macron a reçu le roi Mohammed VI du Maroc. Le souverain a salué « un partenariat "
                 "d'exception ».",
                 "Mohammed VI", id="le-souverain-is-the-king-just-named"),
    pytest.param("Chaque été, Hugo Lambert garde les brebis en estive. « Ici, le temps s'arrête », sourit le jeune "
                 "homme.",
                 "Hugo Lambert", id="le-jeune-homme-is-the-person-just-named"),
    pytest.param("« Les frappes vont continuer », a déclaré à Reuters un responsable israélien sous couvert d'anonymat.",
                 "un responsable israélien", id="sous-couvert-d-anonymat-is-no-part-of-the-source"),
    pytest.param("Dans son avis, l'autorité pointe « des risques sérieux » pour la concurrence.",
                 "l'autorité", id="a-present-form-tagged-as-an-adjective-before-the-marks-is-the-cue"),
    pytest.param("Stellantis a publié ses comptes. Le groupe automobile table sur « une reprise lente ».",
                 "Stellantis", id="a-misread-verb-after-a-noun-and-its-adjective"),
    pytest.param("L'OFCE a revu ses prévisions. L'institut table sur « une croissance molle ».",
                 "l'OFCE", id="table-sur-tagged-as-a-noun-is-the-cue"),
    pytest.param("« On vit avec la peur », confie-t-elle. Monique Durand, 74 ans, habite ce quartier depuis 1980.",
                 "Monique Durand", id="a-pronoun-named-only-in-the-next-sentence"),
    pytest.param("Le ministre “comprend la colère” des éleveurs, a-t-il assuré mardi.",
                 "le ministre", id="an-english-opening-mark-is-no-part-of-the-subject"),
    pytest.param("Jean-Marie Le Pen a été hospitalisé. « Il se repose », a indiqué sa fille, Marine Le Pen.",
                 "Marine Le Pen", id="a-relative-sharing-the-surname-keeps-her-own-name"),
    pytest.param("La navigatrice Isabelle Autissier a bouclé son tour du monde. « J'ai eu peur », confie la "
                 "Rochelaise.",
                 "Isabelle Autissier", id="a-demonym-periphrasis-stands-for-the-person-just-named"),
    pytest.param("Le chef Cyril Lignac a ouvert un restaurant. « Je voulais revenir aux sources », explique le "
                 "Normand.",
                 "Cyril Lignac", id="a-demonym-in-and-stands-for-the-person-just-named"),
    pytest.param("La réforme a été décrite comme « brutale » par la Défenseure des droits, Claire Hédon.",
                 "Claire Hédon", id="a-person-apposed-to-an-institution-is-the-speaker"),
    pytest.param("Interrogé par France Info, le ministre de la Santé a jugé la mesure « nécessaire ».",
                 "le ministre de la Santé", id="a-broadcaster-is-no-person-and-no-speaker"),
    pytest.param("« Cette loi est une honte », a dénoncé sur France Inter la députée LFI Clémentine Autain.",
                 "Clémentine Autain", id="an-inverted-subject-after-a-multi-word-name-in-a-phrase"),
    pytest.param("Le Hamas a revendiqué l'attaque. Dans un communiqué, le mouvement islamiste affirme avoir visé "
                 "« des cibles militaires ».",
                 "le Hamas", id="a-movement-refers-to-the-organisation-named-before"),
    pytest.param("Plusieurs témoins ont décrit la scène. « J'ai vu des gens courir partout », raconte l'un d'eux.",
                 "l'un d'eux", id="l-un-d-eux-is-named-in-full"),
    pytest.param("« Le pays ne reculera pas devant la menace. » Ces mots sont ceux de la ministre des Armées, "
                 "Catherine Vautrin, prononcés lundi à Toulon.",
                 "Catherine Vautrin", id="speech-noun-claimed-by-a-copula"),
    pytest.param("Le ministre de l'Intérieur, Bruno Retailleau, et le ministre de l'Économie, Éric Lombard, ont "
                 "présenté le projet. « Les contrôles seront renforcés », a promis le ministre de l'Intérieur.",
                 "Bruno Retailleau", id="a-role-keeps-its-complement"),
    pytest.param("La ministre du Travail, Astrid Panosyan, et son collègue de l'Industrie, Marc Ferracci, ont "
                 "visité l'usine. « Aucun emploi ne sera supprimé », a assuré le ministre.",
                 "Marc Ferracci", id="a-role-goes-to-a-holder-of-its-gender"),
    pytest.param("La vedette de l'OM, Mason Greenwood, a marqué trois buts samedi. « Je suis fier de l'équipe », "
                 "a déclaré l'attaquant anglais.",
                 "Mason Greenwood", id="an-epicene-noun-gives-no-gender"),
    pytest.param("Le récit de Marie Durand, rescapée du naufrage, a bouleversé la salle. Aux côtés de son "
                 "avocate Claire Petit, la septuagénaire bretonne raconte « une nuit d'horreur, dans l'eau "
                 "glacée ».",
                 "Marie Durand", id="not-the-person-in-an-adjunct-of-the-same-clause"),
    pytest.param("Olivier Grondeau a été libéré mardi. Olivier Grondeau était détenu depuis deux ans. Olivier "
                 "Grondeau a remercié ses soutiens. Dans un télégramme, l'ambassade évoque « une libération "
                 "négociée de longue date ».",
                 "l'ambassade", id="an-institution-is-not-the-protagonist"),
    pytest.param("Le juge a entendu mardi Bernard Tapie. L'ancien ministre « conteste fermement » les faits, "
                 "selon son avocat, Me Hervé Temime.",
                 "Hervé Temime", id="selon-a-role-and-a-titled-name"),
    pytest.param("Marie et Sophie, deux étudiantes de Lille, ont lancé une pétition. « On ne peut plus se loger "
                 "», explique la première.",
                 "Marie", id="a-first-name-coordinated-with-a-person"),
    pytest.param("Du côté de l'UDI, on juge la réforme \"timide\". \n",
                 "l'UDI", id="an-unlemmatised-present-form-is-a-cue"),
    pytest.param("« Le chômage va baisser. » C'est ce qu'a affirmé jeudi la ministre du Travail, Astrid Panosyan, "
                 "sur RTL.",
                 "Astrid Panosyan", id="cleft-sentence-after-the-quote"),
    pytest.param("« Plus rien ne sera comme avant » : c'est en ces termes que le président du Sénat, Gérard "
                 "Larcher, a réagi à l'annonce.",
                 "Gérard Larcher", id="c-est-en-ces-termes-que"),
    pytest.param("« L'Europe doit s'armer », dixit le chef d'état-major des armées, le général Fabien Mandon.",
                 "Fabien Mandon", id="dixit-and-a-role-apposed-with-its-article"),
    pytest.param("« Elle n'avait jamais parlé de partir », a-t-on appris auprès d'un proche de la victime.",
                 "un proche de la victime", id="on-speaks-from-un-proche"),
    pytest.param("La Cour de cassation a rejeté mardi le pourvoi. La plus haute juridiction judiciaire estime que la "
                 "procédure était « parfaitement régulière et complète ».",
                 "la Cour de cassation", id="a-juridiction-is-the-court-just-named"),
    pytest.param("L'économiste Esther Duflo a présenté son rapport mardi. Selon ses calculs, il manque « 50 "
                 "milliards d'euros par an ».",
                 "Esther Duflo", id="selon-ses-calculs-is-their-author"),
    pytest.param("Selon les estimations de l'Insee, la croissance atteindra « à peine 0,8 % » cette année.",
                 "l'Insee", id="selon-the-estimates-of-an-organisation"),
    pytest.param("Le président du groupe Renew, Valérie Hayer, juge au contraire qu'il faut « garder son calme ».",
                 "Valérie Hayer", id="a-verb-tagged-as-a-noun-after-its-subject"),
    pytest.param("« Dieu n'abandonne personne », a affirmé Mgr Matthieu Rougé, évêque de Nanterre.",
                 "Matthieu Rougé", id="mgr-is-a-title"),
    pytest.param("« Je regrette tout », a déclaré le prévenu, Yanis K., à la barre du tribunal correctionnel.",
                 "Yanis K.", id="a-name-ending-with-an-initial-keeps-its-point"),
    pytest.param("La réforme des retraites reste au cœur des discussions à l'Élysée, où l'on juge le texte "
                 "« indispensable ».",
                 "l'Élysée", id="on-in-a-relative-clause-speaks-from-its-place"),
    pytest.param("Les enquêteurs ont entendu une voisine selon laquelle le couple se disputait « tous les soirs ».",
                 "une voisine", id="selon-laquelle-is-its-antecedent"),
    pytest.param("En ouverture du congrès, la présidente du parti a cité Jean Jaurès : « Le courage, c'est de "
                 "chercher la vérité et de la dire. »",
                 "Jean Jaurès", id="the-object-of-citer-is-the-author-of-the-words"),
    pytest.param("Le match a été arrêté à la mi-temps. « Rien ne justifie une telle violence », reconnaissait le "
                 "président du club, Pierre Moulin.",
                 "Pierre Moulin", id="imperfect-of-a-verb-in-re-the-lemmatizer-missed"),
    pytest.param("Clarisse Agbégnénou s'est qualifiée pour la finale. « J'ai souffert mais je suis là », a soufflé la "
                 "judoka au micro de France Télévisions.",
                 "Clarisse Agbégnénou", id="a-sport-noun-refers-to-the-athlete-just-named"),
    pytest.param("La maire de Lille et le président de la métropole ont qualifié le projet d'« irréaliste ».",
                 "la maire de Lille et le président de la métropole", id="a-coordinated-subject-speaks-together"),
    pytest.param("« Nous ne signerons pas », ont prévenu la CFDT et la CGT dans un communiqué commun.",
                 "la CFDT et la CGT", id="a-coordinated-inverted-subject-speaks-together"),
    pytest.param("Selon des experts de l'ONU, la situation humanitaire est « catastrophique ».",
                 "des experts de l'ONU", id="des-after-selon-is-an-indefinite-article"),
    pytest.param("Le projet a été rejeté par des riverains, qui redoutent « un bétonnage massif ».",
                 "des riverains", id="qui-after-a-comma-is-a-relative-not-a-resumed-subject"),
    pytest.param("« Le pays tiendra », affirme, dans un entretien au Figaro, la présidente de la région, Valérie "
                 "Pécresse.",
                 "Valérie Pécresse", id="inverted-subject-after-a-phrase-set-off-by-commas"),
    pytest.param("« Nous serons prêts », assurait encore en janvier dernier, devant les actionnaires, le patron de "
                 "Stellantis, Carlos Tavares.",
                 "Carlos Tavares", id="inverted-subject-after-a-time-and-a-phrase-set-off-by-commas"),
    pytest.param("« Je ne démissionnerai pas », a une nouvelle fois martelé le maire de Marseille, Benoît Payan.",
                 "Benoît Payan", id="adverbial-phrase-inside-the-inverted-verb-group"),
    pytest.param("« Les consignes de sécurité n'ont pas été respectées », lit-on dans le rapport de la Cour des comptes.",
                 "la Cour des comptes", id="lit-on-whatever-the-tag-of-lit"),
    pytest.param("Budget : Sébastien Lecornu veut « rassurer les marchés »\nLe Premier ministre a présenté mardi ses "
                 "arbitrages.",
                 "Sébastien Lecornu", id="a-quoted-infinitive-clause-is-the-subject-s-words"),
    pytest.param("Les deux maires, Grégory Doucet et Benoît Payan, ont signé une lettre commune. « Les métropoles "
                 "sont asphyxiées », écrivent-ils.",
                 "les deux maires (Grégory Doucet et Benoît Payan)", id="ils-for-a-plural-noun-with-names-apposed"),
    pytest.param("La famille Lopez vit dans le quartier depuis trente ans. « On ne partira pas », assurent-ils.",
                 "la famille Lopez", id="ils-for-a-family-named-by-its-surname"),
    pytest.param("Sollicité par la presse, l'intéressé a éludé : « Je n'ai rien à ajouter. » Xavier Bertrand reste "
                 "pourtant candidat.",
                 "Xavier Bertrand", id="a-role-of-no-gender-named-in-the-next-sentence"),
    pytest.param("« Les prix baisseront dès janvier », a fait savoir le groupe dans un communiqué. Carrefour compte "
                 "1 200 magasins en France.",
                 "Carrefour", id="an-organisation-noun-named-in-the-next-sentence"),
    pytest.param("La présidente de la Cour des comptes a mis en garde contre « une dérive » des dépenses sociales. "
                 "Cette alerte vise le gouvernement.",
                 "la présidente de la Cour des comptes", id="mettre-en-garde-reports-words"),
    pytest.param("Sur Instagram, la nageuse Summer McIntosh a remercié ses fans. « Rien n'aurait été possible sans vous »"
                 ", écrit la championne olympique.", "Summer McIntosh",
                 id="champion-and-swimmer-may-name-one-athlete"),
    pytest.param("« Nous manquons de tout », déplore le Dr Julie Tremblay, urgentiste à Laval.", "Julie Tremblay",
                 id="an-honorific-after-an-article-opens-a-person-s-name"),
    pytest.param("« Je n'ai rien fait » : devant les juges, le prévenu a répété sa version des faits.", "le prévenu",
                 id="a-clause-after-a-colon-attributes-the-quote-before-it"),
    pytest.param("Les grévistes ont envahi le hall en criant « démission ».", "les grévistes",
                 id="a-present-participle-the-lemmatizer-misreads-is-a-cue"),
    pytest.param("Le Brésilien Lucas Paqueta a prolongé son contrat. « Je me sens chez moi ici », sourit le milieu de "
                 "terrain de 28 ans.", "Lucas Paqueta", id="a-football-position-stands-for-the-player-just-named"),
    pytest.param("« Personne ne sera oublié. » C'est par ces mots que le maire de Nantes, Paul Girard, a tenté de "
                 "rassurer les commerçants.", "Paul Girard",
                 id="a-cleft-whose-saying-verb-is-an-infinitive-keeps-the-subject-before-it"),
    pytest.param("Le président kényan William Ruto a reçu son homologue tanzanien Samia Suluhu Hassan à Nairobi. “Nos "
                 "relations sont excellentes”, a déclaré M. Ruto.", "William Ruto",
                 id="a-closing-mark-the-parse-made-a-subject-is-no-speaker"),
    pytest.param("« Personne ne nous écoute. » Le cri du cœur de Sandrine, agricultrice dans le Gers, a fait le "
                 "tour des réseaux sociaux.", "Sandrine", id="a-saying-noun-after-the-quote-names-its-author"),
    pytest.param("« Toujours les mêmes promesses », raille un internaute sur X.", "un internaute",
                 id="a-social-network-named-x-is-a-circumstance-not-a-name"),
    pytest.param("« Aucun poste ne sera supprimé » : l'engagement a été pris jeudi par le directeur de l'usine, "
                 "Marc Lefort.", "Marc Lefort", id="a-saying-passive-after-a-colon-is-said-by-its-agent"),
    pytest.param("« Nous sommes épuisés », confie au Figaro Nadia, 41 ans, aide-soignante.", "Nadia",
                 id="a-first-name-right-after-a-newspaper-s-title"),
    pytest.param("La société a indiqué dans un communiqué qu'elle \"regrettait profondément\" l'incident.", "la société",
                 id="the-verb-before-a-reporting-noun-in-its-complement-is-the-cue"),
    pytest.param("La ministre, dont le nom circule pour Matignon, a assuré qu'elle restait « concentrée sur sa "
                 "mission ».", "la ministre",
                 id="the-subject-of-a-relative-with-dont-is-not-the-speaker"),
    pytest.param("« Pas question », répond du tac au tac le député Mathieu Lefèvre.", "Mathieu Lefèvre",
                 id="an-adverbial-phrase-between-the-verb-and-its-inverted-subject"),
    pytest.param("« Nous tiendrons bon » : c'est la promesse faite par la maire de Lille, Martine Aubry.", "Martine Aubry",
                 id="a-cleft-sentence-with-a-noun-of-words-and-its-author"),
    pytest.param("« Le dossier est bouclé », affirme Le Parisien, citant un enquêteur.", "un enquêteur",
                 id="a-newspaper-citing-its-source-relays-the-source-s-words"),
    pytest.param("Pékin juge « irresponsable » la visite du président, selon un communiqué du ministère chinois des "
                 "Affaires étrangères.", "Pékin", id="a-sentence-final-selon-relays-the-subject-of-a-reporting-verb"),
    pytest.param("Le suspect était « très agité », selon un communiqué de la préfecture.", "la préfecture",
                 id="a-sentence-final-selon-attributes-a-sentence-without-reporting-verb"),
    pytest.param("L'Espagnol Carlos Alcaraz a salué « un match incroyable ».", "Carlos Alcaraz",
                 id="a-demonym-before-a-name-is-not-part-of-the-speaker"),
    pytest.param("« Je rêvais de jouer ici », a confié le joueur de 19 ans.", "le joueur de 19 ans",
                 id="an-age-stays-in-an-unnamed-speaker-s-description"),
    pytest.param("Le chercheur défend son travail. L'Autorité européenne de sécurité des aliments (Efsa) juge au "
                 "contraire l'étude « peu fiable ».", "l'Autorité européenne de sécurité des aliments",
                 id="a-verb-read-as-a-noun-after-a-bracketed-acronym"),
    pytest.param("« Nous n'avons plus de lits. » Le cri d'alarme vient des pédiatres du CHU de Rennes.",
                 "des pédiatres du CHU de Rennes", id="the-next-sentence-says-where-the-words-come-from"),
    pytest.param("« Le pays décroche. » La formule est de l'économiste Thomas Piketty.", "Thomas Piketty",
                 id="the-next-sentence-gives-the-author-of-the-formula"),
    pytest.param("La Fédération nationale des syndicats d'exploitants agricoles (FNSEA) exige « des actes ».",
                 "la Fédération nationale des syndicats d'exploitants agricoles", id="an-acronym-in-brackets-closing-"
                 "the-source-is-left-out"),
    pytest.param("Des agriculteurs ont bloqué le périphérique aux cris de « Paris affamé ».", "des agriculteurs",
                 id="a-plural-noun-of-shouts-is-a-cue-and-its-verb-s-subject-the-speaker"),
    pytest.param("Le conducteur de 45 ans a été placé en détention. « J'ai paniqué », avait-il expliqué aux "
                 "enquêteurs.", "le conducteur de 45 ans", id="a-pronoun-with-no-named-antecedent-takes-the-"
                 "person-described-before"),
    pytest.param("« Un jour historique pour nos forêts. » Le porte-parole de l'association, Paul Leroy, salue la "
                 "décision du tribunal.", "Paul Leroy", id="a-quote-heading-its-paragraph-and-a-role-named-next"),
    pytest.param("Dans une lettre ouverte, une trentaine d'enseignants dénoncent la réforme. « Nous ne serons pas "
                 "complices », écrivent-ils.", "une trentaine d'enseignants",
                 id="ils-stands-for-a-number-of-people-named-by-a-singular-quantity"),
    pytest.param("« Rien n'a changé. » Sortis de la préfecture, les délégués des pêcheurs ont dénoncé l'absence "
                 "d'aide.", "les délégués des pêcheurs", id="a-quote-heading-its-paragraph-and-people-described-next"),
    pytest.param("Les syndicats y voient « un recul social ».", "les syndicats",
                 id="y-voir-reports-what-the-subject-reads-into-something"),
    pytest.param("« Nous ne fermerons pas. » Devant la mairie de Rouen, Mathilde, 34 ans, boulangère, refuse de "
                 "baisser les bras.", "Mathilde", id="a-quote-heading-its-paragraph-is-said-by-the-person-next-named"),
    pytest.param("Le Danois Magnus Cort a remporté l'étape. « J'ai tout donné dans la montée », a confié le maillot "
                 "jaune.", "Magnus Cort", id="a-jersey-stands-for-the-rider-named-after-a-demonym"),
    pytest.param("« Les urgences craquent. » Voilà ce qu'affirme le rapport de l'Inspection générale des affaires "
                 "sociales publié lundi.", "l'Inspection générale des affaires sociales",
                 id="voila-ce-qu-affirme-resumes-the-quote-for-a-document-s-author"),
    pytest.param("« Le budget ne tiendra pas. » Tel est le constat de l'économiste Éric Heyer.", "Éric Heyer",
                 id="tel-est-le-constat-de-resumes-the-quote"),
    pytest.param("Selon un enquêteur proche du dossier, le suspect a avoué. « Il a tout reconnu », confie cet "
                 "enquêteur.", "un enquêteur proche du dossier",
                 id="a-demonstrative-takes-the-whole-phrase-that-introduced-the-source"),
    pytest.param("Nous avons rencontré une riveraine des rues qui ont été inondées. « L'eau est montée en dix "
                 "minutes », raconte cette riveraine.", "une riveraine",
                 id="a-demonstrative-leaves-out-a-complement-holding-a-clause"),
    pytest.param("Visé par une plainte pour fraude, le sénateur a démenti. « Je n'ai jamais touché un euro », a "
                 "affirmé l'intéressé sur BFMTV.", "le sénateur", id="l-interesse-stands-for-the-subject-before"),
    pytest.param("La juge a convoqué Claire Morel jeudi. « Je répondrai à toutes les questions », a assuré la "
                 "principale intéressée.", "Claire Morel",
                 id="la-principale-interessee-stands-for-the-woman-named-before"),
    pytest.param("« On ne la reconnaît plus. » Les collègues de l'aide-soignante sont inquiets depuis sa "
                 "disparition.", "les collègues de l'aide-soignante",
                 id="a-quote-heading-its-paragraph-and-people-described-by-a-copula-next"),
    pytest.param("L'ancienne ministre Najat Vallaud-Belkacem a présenté son livre. La présidente de l'association "
                 "France terre d'asile plaide pour « un accueil digne ».", "Najat Vallaud-Belkacem",
                 id="a-former-role-leaves-the-person-free-to-hold-another"),
    pytest.param("Le maire de Saint-Denis prône « une police de proximité ».", "le maire de Saint-Denis",
                 id="proner-reports-words"),
    pytest.param("Marine Tondelier a critiqué la majorité des élus LR. Bruno Retailleau lui a répondu : « Les "
                 "écologistes n'ont aucune leçon à donner. »", "Bruno Retailleau",
                 id="an-acronym-before-a-name-ends-its-sentence"),
    pytest.param("« Ce budget est une faute », a lancé la députée RN Laure Lavalette.",
                 "Laure Lavalette", id="a-party-acronym-before-the-name-leaves-the-person-as-speaker"),
    pytest.param("« Les règles valent pour tous », a déclaré la commissaire à la Concurrence, Margrethe Vestager.",
                 "Margrethe Vestager", id="a-role-complement-hung-on-the-verb-still-leads-to-the-apposed-name"),
    pytest.param("Sarkozy : « La France tiendra bon »\n\nLe président de la République Nicolas Sarkozy a répondu "
                 "mardi aux syndicats.",
                 "Nicolas Sarkozy", id="a-headline-surname-takes-the-full-name-given-below"),
    pytest.param("A Lille, Martine Aubry a été applaudie deux fois. La seconde, une fois son discours sur « la "
                 "France du travail » terminé.",
                 "Martine Aubry", id="a-possessive-names-the-owner-of-the-speech-not-a-phrase-before-it"),
    pytest.param("« C'est un recul », a lancé la porte-parole du parti en matière d'environnement, Claire Morel.",
                 "Claire Morel", id="a-role-complement-in-matiere-de-still-leads-to-the-apposed-name"),
    pytest.param("Le ministre du Travail, Olivier Dussopt, se veut rassurant. « Nous avons déjà beaucoup bougé », "
                 "a ajouté le ministre, citant la hausse du minimum vieillesse.",
                 "Olivier Dussopt", id="citing-a-fact-is-no-relay-of-a-source"),
    pytest.param("Le procureur, Eric Martin, a confirmé les faits. Une marche blanche est prévue mercredi. "
                 "« Nous voulons que justice soit faite », a déclaré la mère de la victime.",
                 "la mère de la victime", id="a-first-name-written-without-its-accent-still-tells-the-gender"),
    pytest.param("« Je n'ai rien à me reprocher », a répété l'ancien maire devant le tribunal de Nanterre, où "
                 "Patrick Balkany comparaît depuis lundi.",
                 "Patrick Balkany", id="a-role-named-later-in-its-own-sentence-takes-that-name"),
    pytest.param("Le Premier ministre a défendu la réforme. La présidente du groupe socialiste, Valérie Rabault, "
                 "lui a répondu. « Le gouvernement fait payer la crise aux salariés », a estimé la maire de Lille.",
                 "Valérie Rabault", id="an-office-with-its-place-names-the-subject-just-given-another-role"),
    pytest.param("Karim, 29 ans, vit dans la cité depuis l'enfance. « Ici, tout le monde se connaît », raconte ce "
                 "père de famille.", "Karim", id="a-demonstrative-description-is-the-person-just-introduced"),
    pytest.param("Trois questions à Sylvie Moreau, secrétaire générale du syndicat. « Nous irons jusqu'au bout », "
                 "prévient la syndicaliste.", "Sylvie Moreau", id="a-syndicaliste-is-the-secretary-just-named"),
    pytest.param("Le ministre Gérald Darmanin aurait ajouté, selon des témoins, que la police devait « frapper "
                 "fort ».", "Gérald Darmanin", id="selon-set-off-after-a-reporting-verb-relays-the-verb-s-subject"),
    pytest.param("Comme l'a souligné la procureure, Laure Beccuau, l'enquête s'annonce « longue et complexe ».",
                 "Laure Beccuau", id="comme-l-a-souligne-x-frames-a-short-fragment-far-after-it"),
    pytest.param("Ainsi que l'a rappelé le ministre, Paul Girard, la réforme est « incontournable ».",
                 "Paul Girard", id="ainsi-que-l-a-rappele-x-frames-the-sentence"),
    pytest.param("Comme le dit Paul Martin, « rien n'est joué ».", "Paul Martin",
                 id="comme-le-dit-x-with-dit-read-as-a-noun"),
    pytest.param("Aux dires des témoins, le conducteur roulait « à tombeau ouvert ».", "les témoins",
                 id="aux-dires-de-attributes-like-selon"),
    pytest.param("« Nous ne voterons pas ce budget », peut-on lire sur le site du Parti socialiste.",
                 "le Parti socialiste", id="lire-on-sur-le-site-de-x-is-x"),
    pytest.param("Une réforme que contestent les syndicats de France Télévisions, qui dénoncent « une casse du "
                 "service public ».", "les syndicats de France Télévisions",
                 id="a-relative-whose-verb-disagrees-with-the-parsed-antecedent-takes-the-noun-before-it"),
    pytest.param("Pour reprendre les mots du commissaire européen Thierry Breton, l'Europe vit « un moment "
                 "charnière ».", "Thierry Breton", id="pour-reprendre-les-mots-de-attributes-like-selon"),
    pytest.param("« On nous a oubliés », accusent les cheminots en grève, réunis devant la gare.",
                 "les cheminots en grève", id="en-greve-describes-the-source-it-is-no-circumstance"),
    pytest.param("La présidente du tribunal, Agnès Martin, a prononcé la relaxe. « Le doute profite au prévenu », "
                 "a-t-elle motivé.", "Agnès Martin", id="any-participle-after-an-inverted-clitic-is-a-cue"),
    pytest.param("Au tribunal de Rennes, le prévenu a gardé le silence jusqu'au verdict. « Je demande pardon aux "
                 "familles », a-t-il alors murmuré.", "le prévenu",
                 id="with-no-one-named-a-pronoun-stands-for-the-person-a-definite-noun-made-the-subject"),
    pytest.param("Un agriculteur du Gers, qui préfère rester anonyme, décrit la saison. « Il n'a pas plu depuis "
                 "trois mois. »", "un agriculteur du Gers",
                 id="a-cueless-quote-after-an-unnamed-person-s-reporting-verb-is-theirs"),
    pytest.param("Le club de Lens « regrette » les violences de samedi, selon un communiqué publié dimanche.",
                 "le club de Lens", id="selon-a-statement-naming-no-author-is-the-sentence-subject-s"),
    pytest.param("Dans une tribune, le collectif « Les Jours heureux » réclame « un moratoire sur les fermetures ».",
                 "le collectif « Les Jours heureux »",
                 id="a-name-in-marks-after-the-noun-belongs-to-the-source-and-is-no-second-subject"),
    pytest.param("Giorgia Meloni et Keir Starmer ont signé un accord sur l'immigration. « C'est une étape », ont "
                 "affirmé les deux dirigeants.", "Giorgia Meloni et Keir Starmer",
                 id="a-definite-plural-for-people-restates-the-pair-named-as-subject"),
    pytest.param("Le conseil municipal a voté la fermeture de la piscine. Un choix « irresponsable » pour "
                 "Greenpeace, qui appelle à manifester.", "Greenpeace",
                 id="pour-after-the-marks-of-a-verbless-sentence-names-who-judges"),
    pytest.param("Maître Éric Morain a demandé la relaxe. « Rien ne prouve sa présence », a plaidé l'avocat.",
                 "Éric Morain", id="maitre-written-in-full-is-a-title"),
    pytest.param("« On relève des arrestations arbitraires et des tortures », écrit l'ONG internationale, présente "
                 "dans 40 pays.", "l'ONG internationale", id="ecrit-after-the-quote-is-the-finite-verb-whatever-its-tag"),
    pytest.param("La ministre de la Santé, Claire Dumas, s'est exprimée lundi. En rappelant que l'hôpital traverse "
                 "« une crise sans précédent », elle a appelé les soignants à tenir bon.", "Claire Dumas",
                 id="a-pronoun-after-a-comma-resumes-no-noun-unless-set-off-by-commas"),
    pytest.param("« Vingt ans après la loi portée par Simone Veil, il faut encore se battre », confie la sénatrice "
                 "du Nord en marge du débat.", "la sénatrice du Nord",
                 id="a-person-named-inside-the-quote-is-not-the-role-that-says-it"),
    pytest.param("Un rapport interne indique qu'en 2021 « un vaste plan d'économies » a été lancé par la "
                 "direction.", "un rapport interne", id="a-passive-verb-whose-subject-is-the-quoted-noun-is-no-cue"),
    pytest.param("« Justice pour Adama » a été scandé par les manifestants.", "les manifestants",
                 id="a-passive-verb-of-saying-with-the-words-as-subject-is-a-cue"),
    pytest.param("Les syndicats ont salué « la fermeté » de la direction, selon une économiste de la Banque de "
                 "France.", "les syndicats",
                 id="selon-after-a-governed-quote-relays-a-subject-who-may-speak"),
    pytest.param("Les cours du pétrole ont salué « la fermeté » de l'Opep, selon un analyste de BNP Paribas.",
                 "un analyste de BNP Paribas", id="selon-after-a-quote-whose-verb-has-a-subject-that-cannot-speak"),
    pytest.param("Le texte instaure « une police de la pensée », selon les mots du sénateur Paul Girard.",
                 "Paul Girard", id="selon-les-mots-de-x-is-x"),
    pytest.param("« On verra bien », a fait le sélectionneur, agacé par la question.", "le sélectionneur",
                 id="a-fait-with-a-subject-who-may-speak-is-a-cue"),
    pytest.param("« Vous avez menti aux Français », avez-vous déclaré hier.", "vous",
                 id="an-unresolved-clitic-is-named-without-its-hyphen"),
    pytest.param("« Rien n'est joué », nous a expliqué la sénatrice Claire Morin.", "Claire Morin",
                 id="an-object-pronoun-before-the-verb-is-not-its-subject"),
    pytest.param("« Nous avons échoué sur ce point », a consenti Jeanne Martel, la directrice de l'agence.",
                 "Jeanne Martel", id="any-verb-in-the-passe-compose-before-a-name-after-a-quote-is-a-cue"),
    pytest.param("Le gouvernement prépare « une réforme d'ampleur », selon un rapport.", "un rapport",
                 id="selon-a-report-naming-no-author-stays-the-report"),
]


@pytest.mark.parametrize("text, speaker", SPEAKER_CASES)
def test_speaker_of_a_single_quote(analyzer, text, speaker):
    assert one(analyzer, text).speaker.name == speaker


# Several quotes, their speakers in order: resolution rules that tell two people or sources apart.
SPEAKERS_IN_ORDER_CASES = [
    pytest.param("Le maire, Louis Perrin, est resté prudent. « Attendons l'enquête », a-t-il dit. Son adjoint, Hugo "
                 "Ravel, était plus remonté : « C'est un scandale. »", ["Louis Perrin", "Hugo Ravel"],
                 id="a-stance-read-as-a-passive-still-names-its-subject-before-a-colon"),
    pytest.param("Le directeur, Marc Olivier, a présenté le plan. « La rénovation du bâtiment principal », "
                 "poursuivait-il, « sera terminée en mai. »", ["Marc Olivier", "Marc Olivier"],
                 id="a-continuation-verb-inverted-between-two-quotes-is-the-cue-of-both"),
    pytest.param("« On a manqué de réalisme », a regretté Griezmann après le match. Le capitaine de l'Atlético, "
                 "buteur malheureux, a ajouté : « Il faudra réagir. »", ["Griezmann", "Griezmann"],
                 id="a-lone-name-after-a-quote-s-verb-is-a-person-whom-a-role-names-next"),
    pytest.param("Ségolène Royal a critiqué la réforme. Pour l'ex-candidate à la présidentielle, il s'agit d'« une "
                 "faute politique ».", ["Ségolène Royal"], id="pour-a-person-named-by-a-role-with-its-prefix"),
    pytest.param("La ministre du Travail, Anne Morel, a défendu le texte. « Il protège les salariés », a-t-elle dit."
                 "\n\nLe député Marc Lenoir n'a pas tardé à réagir. « C'est un recul historique. »",
                 ["Anne Morel", "Marc Lenoir"], id="a-cueless-quote-after-a-subject-who-hastens-to-answer-is-theirs"),
    pytest.param("« Un projet mal préparé » et « des coûts sous-estimés », écrivait en 2019 la Cour des comptes, "
                 "citée par le rapport.", ["la Cour des comptes", "la Cour des comptes"],
                 id="two-quotes-joined-by-et-share-the-cue-after-the-second"),
    pytest.param("Cette réforme, comme devait le rappeler Hélène Roy, « n'a jamais été financée ».",
                 ["Hélène Roy"], id="comme-with-a-modal-before-the-reporting-verb"),
    pytest.param("Le scrutin « restera dans les mémoires », écrit mardi Le Temps, quotidien de Genève.",
                 ["le Temps"], id="ecrit-with-a-day-before-its-inverted-subject"),
    pytest.param("Les deux finalistes, Hugo Blanc et Léo Marchand, ont répondu à la presse. Le premier a évoqué « une "
                 "course parfaite », le second « un rêve d'enfant ». La fédération a salué « deux champions » et les "
                 "supporters « une fierté ».", ["Hugo Blanc", "Léo Marchand", "la fédération", "les supporters"],
                 id="the-subject-of-a-gapped-reporting-clause-speaks-the-next-quote"),
    pytest.param("La ministre a jugé la proposition « intéressante » et le calendrier « trop serré ».",
                 ["la ministre", "la ministre"], id="a-gapped-object-is-no-source"),
    pytest.param("Rachida Dati a croisé le fer avec Anne Hidalgo au Conseil de Paris. « La ville est mal gérée », a "
                 "attaqué la maire du 7e arrondissement. Celle-ci a rétorqué : « Vous mentez. »",
                 ["Rachida Dati", "Anne Hidalgo"], id="celle-ci-who-answers-looks-two-sentences-back-past-the-speaker"),
    pytest.param("La skieuse Mikaela Shiffrin a signé sa centième victoire. « Je n'y croyais pas », a confié "
                 "l'Américaine. Le skieur Marco Odermatt a salué « une légende ». « C'est unique », a ajouté le Suisse.",
                 ["Mikaela Shiffrin", "Marco Odermatt", "Marco Odermatt"],
                 id="a-national-named-by-an-irregular-demonym-is-the-person-just-named"),
    pytest.param("La présidente de la région, Carole Delga, a rejeté le plan. « Il est inacceptable », a-t-elle dit. "
                 "Une position que le cabinet du chef de l'État qualifie de « prévisible ».",
                 ["Carole Delga", "le cabinet du chef de l'État"],
                 id="the-subject-after-que-is-the-speaker-and-a-head-of-state-no-president-of-a-region"),
    pytest.param("Le sénateur Paul Martin a interpellé le ministre de la Santé, Marc Leroy. « Vous fermez nos "
                 "hôpitaux », a accusé l'élu du Cantal. Ce dernier a répliqué : « Aucun service ne fermera. »",
                 ["Paul Martin", "Marc Leroy"], id="ce-dernier-who-answers-is-not-the-one-answered"),
    pytest.param("Le groupe a publié mardi un communiqué affirmant que la fusion était « une chance pour tous ».\n\n"
                 "La ministre a envoyé aux maires une lettre expliquant que la réforme serait « progressive ».\n\n"
                 "Les syndicats ont organisé des rassemblements destinés à dénoncer « une casse sociale ».",
                 ["le groupe", "la ministre", "les syndicats"],
                 id="a-participle-on-a-noun-takes-the-subject-of-the-verb-governing-the-noun"),
    pytest.param("Le président de la région, Marc Dufour, a reçu le Premier ministre à Rennes. « Nous voulons des "
                 "actes », a-t-il exigé. Le chef du gouvernement a promis « une réponse avant l'été ».",
                 ["Marc Dufour", "le chef du gouvernement"],
                 id="a-role-named-unnamed-beside-someone-is-not-theirs"),
    pytest.param("L'entraîneur du Stade rennais Habib Beye a évoqué le cas de Ludovic Blas. « Il doit retrouver "
                 "confiance », a dit le Sénégalais.", ["Habib Beye"],
                 id="a-name-the-parse-ran-on-from-the-club-of-a-subject-role-is-the-subject"),
    pytest.param("Le ministre Paul Martin défend son budget : « Il est sincère. » Du côté socialiste, on dénonce "
                 "« un budget d'austérité ».", ["Paul Martin", "on"],
                 id="an-on-that-names-no-source-is-not-the-previous-speaker"),
    pytest.param("Le joueur de tennis Hugo Gaston s'est qualifié. « Je n'ai rien à perdre », a déclaré le Français, "
                 "qui affrontera Jannik Sinner. L'Italien a salué « un adversaire dangereux ».",
                 ["Hugo Gaston", "Jannik Sinner"],
                 id="a-person-called-by-one-demonym-is-not-called-by-another"),
    pytest.param("Le patron d'Airbus, Marc Morin, critique la taxe : « Elle pénalise l'industrie. » Le ministre "
                 "du Budget a répondu le soir même : « Chacun doit payer sa part. »",
                 ["Marc Morin", "le ministre du Budget"],
                 id="a-role-that-answers-never-falls-back-on-the-speaker-it-answers"),
    pytest.param("Le sociologue Marc Durand juge la loi inutile : « Elle ne changera rien. » Une analyse que ne partage "
                 "pas la sénatrice Anne Morel, rapporteure du texte. « Ce texte protège les enfants », tranche l'élue du Var.",
                 ["Marc Durand", "Anne Morel"], id="l-elue-is-feminine-and-names-the-senator"),
    pytest.param("La ministre du Travail, Catherine Vautrin, défend le texte. « C'est une réforme juste », a-t-elle "
                 "dit. Les syndicats, eux, attendent « des garanties sur les salaires ».", ["Catherine Vautrin", "les syndicats"],
                 id="a-subject-set-apart-by-eux-is-not-the-previous-speaker"),
    pytest.param("Le Premier ministre indien Narendra Modi a accueilli Luiz Inácio Lula da Silva à New Delhi. "
                 "Le dirigeant indien a vanté « une amitié ancienne ». Le président brésilien a, lui, promis "
                 "« des échanges doublés ».",
                 ["Narendra Modi", "Luiz Inácio Lula da Silva"], id="a-qualified-role-skips-a-person-with-another"),
    pytest.param("Le gouvernement Legault est sous pression. « Ce gouvernement a échoué », a lancé le chef libéral "
                 "Pablo Rodriguez. Le premier ministre a rejeté ces critiques. « C'est de la petite politique », "
                 "a-t-il dit.",
                 ["Pablo Rodriguez", "Legault"], id="the-head-of-a-government-named-after-them-is-its-premier"),
    pytest.param("La présidente du Rassemblement national, Marine Le Pen, a reçu Jordan Bardella. « Nous sommes prêts », "
                 "a déclaré M. Bardella. Selon la présidente frontiste, la victoire est « à portée de main ».",
                 ["Jordan Bardella", "Marine Le Pen"], id="a-role-with-a-de-complement-may-be-said-with-an-adjective"),
    pytest.param("Marc Dubois, 45 ans, a perdu sa boutique dans l'incendie. « Tout est parti », dit-il. Le procureur, "
                 "Paul Marin, a ouvert une enquête. « Rien n'est exclu », a-t-il précisé. Le ministre du Commerce, venu "
                 "sur place, a promis « un fonds d'urgence ». Luc Verdier a aussi rencontré les commerçants.",
                 ["Marc Dubois", "Paul Marin", "Luc Verdier"], id="a-new-role-is-the-person-named-next-not-one-far-back"),
    pytest.param("La présidente de région, Carole Delga, juge que les trains régionaux sont « saturés », mais salue "
                 "« des progrès ». Marie Dupont, juge que les élus sont « déconnectés », mais admet « quelques avancées ».",
                 ["Carole Delga", "Carole Delga", "Marie Dupont", "Marie Dupont"],
                 id="a-verb-coordinated-past-a-que-clause-takes-the-main-subject"),
    pytest.param("Le Premier ministre a reçu les agriculteurs à Matignon. Lui promet « des mesures rapides ». Eux "
                 "réclament « des actes ».",
                 ["le Premier ministre", "les agriculteurs"], id="eux-is-the-people-named-as-object-before"),
    pytest.param("Pour le géographe Luc Ferrand, « les villes moyennes renaissent ». Une analyse partagée par l'urbaniste "
                 "Agnès Polge : « Le télétravail a tout changé. »",
                 ["Luc Ferrand", "Agnès Polge"], id="agent-of-a-speech-noun-before-a-colon"),
    pytest.param("Selon la sociologue Irène Vallet, « les jeunes votent moins ». Un constat dressé aussi par le "
                 "politologue Marc Aubert : « L'abstention devient une habitude. »",
                 ["Irène Vallet", "Marc Aubert"], id="agent-of-a-reporting-noun-before-a-colon"),
    pytest.param("La commissaire Anne Lefort a longuement entendu le témoin. Celui-ci a répété sa version : "
                 "« La voiture roulait sans phares. »",
                 ["le témoin"], id="celui-ci-is-the-last-person-noun-even-epicene"),
    pytest.param("« Les délais seront tenus », promet une responsable du chantier. Un ouvrier n'est pas de cet avis : "
                 "« On manque de bras depuis des mois. »",
                 ["une responsable du chantier", "un ouvrier"], id="colon-after-a-noun-predicate"),
    pytest.param("Le président finlandais Alexander Stubb a reçu Vladimir Poutine à Helsinki. « Le dialogue reste "
                 "possible », a déclaré M. Stubb. Le maître du Kremlin a dénoncé « l'expansion de l'Otan ».",
                 ["Alexander Stubb", "Vladimir Poutine"], id="a-periphrasis-skips-a-person-with-another-such-role"),
    pytest.param("Gérald Darmanin a reçu Bruno Retailleau. Ce dernier a plaidé pour « une fermeté absolue ». Le garde "
                 "des Sceaux a répondu que « chacun doit rester dans son rôle ».",
                 ["Bruno Retailleau", "Gérald Darmanin"], id="a-periphrasis-that-answers-is-the-other-person"),
    pytest.param("Kaja Kallas a rencontré Mette Frederiksen à Copenhague. « Le Danemark est un allié clé », a "
                 "déclaré la haute représentante de l'Union. La cheffe du gouvernement danois a salué « un soutien "
                 "précieux ».",
                 ["Kaja Kallas", "Mette Frederiksen"], id="la-cheffe-du-gouvernement-is-the-other-woman"),
    pytest.param("Anne Hidalgo et Emmanuel Grégoire ont inauguré le pont. Le premier adjoint a parlé d'« un jour "
                 "historique ». Sa prédécesseure a, elle, salué « un travail collectif ».",
                 ["Emmanuel Grégoire", "Anne Hidalgo"], id="sa-predecesseure-is-the-other-person"),
    pytest.param("Carole Delga a reçu Aurélien Pradié à Toulouse. La présidente de région a salué « un dialogue "
                 "utile ». Son opposant a, lui, dénoncé « une mise en scène ».",
                 ["Carole Delga", "Aurélien Pradié"], id="son-opposant-resumed-by-lui-is-the-other-person"),
    pytest.param("Jeff Bezos a racheté le journal. Ses détracteurs craignent « une mainmise ». Selon eux, la rédaction "
                 "perdra « son indépendance ».",
                 ["ses détracteurs", "ses détracteurs"], id="craignent-and-selon-eux"),
    pytest.param("La ministre a assuré que l'administration « tiendra les délais ». Elle a ajouté : « Aucun "
                 "dossier ne sera oublié. »",
                 ["la ministre", "la ministre"], id="the-subject-of-a-reported-clause-is-no-antecedent"),
    pytest.param("Le chef de l'État a parlé aux Français. Il a appelé à « l'unité ». « Nous tiendrons », a martelé "
                 "Emmanuel Macron.",
                 ["Emmanuel Macron", "Emmanuel Macron"], id="a-role-named-next-as-an-inverted-subject"),
    pytest.param("Un proche du ministre assure que le Premier ministre est « furieux ». « Il veut des sanctions », "
                 "ajoute-t-il.",
                 ["un proche du ministre", "un proche du ministre"], id="ajoute-t-il-goes-on-with-the-last-source"),
    pytest.param("Le gouvernement russe dénonce « une provocation ». Kiev a rejeté des accusations « sans "
                 "fondement ».",
                 ["le gouvernement russe", "Kiev"], id="rejeter-reports-the-words-it-rejects"),
    pytest.param("« Le projet sera livré à temps », promet la maire, Johanna Rolland.\nSon opposant Foulques "
                 "Chombart de Lauwe reste sceptique.\n« Les coûts ont déjà doublé. »",
                 ["Johanna Rolland", "Foulques Chombart de Lauwe"], id="a-stance-sentence-announces-the-next-quote"),
    pytest.param("« Nous tiendrons nos engagements », assure le maire, Grégory Doucet.\nL'opposant Pierre Oliver "
                 "dénonce « un mensonge ».\nM. Doucet a écarté ces critiques.\n« Les chiffres parlent d'eux-mêmes. »",
                 ["Grégory Doucet", "Pierre Oliver", "Grégory Doucet"], id="a-speaker-who-returns-as-a-subject"),
    pytest.param("« Nous sommes à bout », explique Marc Petit, délégué syndical.\nLa direction de l'usine a refusé "
                 "de répondre. Dans un courrier, elle assure avoir fait « une offre sérieuse ».",
                 ["Marc Petit", "la direction de l'usine"], id="elle-stands-for-an-institution-subject"),
    pytest.param("Xavier Niel a présenté ses résultats. Le milliardaire a défendu « une stratégie de long terme ». "
                 "Celui-ci a promis « de nouveaux investissements ».",
                 ["Xavier Niel", "Xavier Niel"], id="celui-ci-after-a-periphrasis-is-the-person-it-stood-for"),
    pytest.param("Volodymyr Zelensky a reçu Olaf Scholz à Kiev. « L'Allemagne est notre alliée la plus fidèle », "
                 "a affirmé le président ukrainien. « Nous continuerons à aider l'Ukraine », a répondu le "
                 "chancelier.",
                 ["Volodymyr Zelensky", "Olaf Scholz"], id="a-role-given-to-one-goes-to-the-other"),
    pytest.param("« Nous sommes en guerre contre le narcotrafic », affirme le ministre de la Justice. Gérald "
                 "Darmanin veut créer « des prisons de haute sécurité ».",
                 ["Gérald Darmanin", "Gérald Darmanin"], id="role-named-next-and-fragment-after-named-subject"),
    pytest.param("Dans un rapport publié lundi, Oxfam dénonce « une fiscalité injuste ». L'ONG réclame « un "
                 "impôt sur les grandes fortunes ».",
                 ["Oxfam", "Oxfam"], id="l-ong-refers-to-the-organisation-just-named"),
    pytest.param("Le président brésilien Lula a accueilli vendredi le premier ministre indien Narendra Modi à "
                 "Brasília. « Nos deux pays ont beaucoup à gagner », a déclaré Lula. « Le commerce doit doubler "
                 "d'ici à 2030 », a répondu le chef du gouvernement.",
                 ["Lula", "Narendra Modi"], id="bare-role-and-the-role-with-its-adjective"),
    pytest.param("Xi Jinping a affirmé vendredi que la Chine était « prête à une médiation ». À Manille, le "
                 "président Ferdinand Marcos a balayé ces déclarations : « Pékin ment, comme toujours. »",
                 ["Xi Jinping", "Ferdinand Marcos"], id="speech-noun-object-before-a-colon"),
    pytest.param('Du côté du patronat, on reconnaît " des efforts insuffisants ". \n" Il faut accompagner les '
                 'PME, qui n\'ont pas les moyens d\'adapter les postes ", plaide Jean Moreau, responsable de '
                 "l'emploi au Medef.",
                 ["le patronat", "Jean Moreau"], id="a-collective-noun-is-nobody-named-next"),
    pytest.param("Le syndicat Alliance évoque « un malaise profond » chez les agents. Le quotidien britannique "
                 "The Guardian parle d'« une crise sans précédent ».",
                 ["le syndicat Alliance", "le Guardian"], id="organisation-noun-in-full-newspaper-by-title"),
    pytest.param("Andrew Bailey et Jerome Powell se sont exprimés à tour de rôle. Le gouverneur de la Banque "
                 "d'Angleterre a jugé l'inflation « sous contrôle ». Son homologue américain s'est montré plus "
                 "prudent : « Il est trop tôt pour crier victoire. »",
                 ["Andrew Bailey", "Jerome Powell"], id="son-homologue-is-the-other-one"),
    pytest.param("Budget : Lecornu « confiant » avant le vote\nLe Premier ministre Sébastien Lecornu s'est dit mardi "
                 "« confiant » avant le vote du budget.",
                 ["Sébastien Lecornu", "Sébastien Lecornu"], id="a-headline-word-quoted-again-below"),
    pytest.param("« On n'a pas été à la hauteur », reconnaît le défenseur Jules Koundé. Le joueur du FC Barcelone "
                 "estime que l'équipe « doit se remettre en question ».",
                 ["Jules Koundé", "Jules Koundé"], id="a-club-after-a-role-noun-is-not-a-name"),
    pytest.param("Le président russe Vladimir Poutine a reçu le président turc Recep Tayyip Erdogan à Sotchi. « Nos "
                 "relations sont excellentes », a déclaré M. Erdogan. Le maître du Kremlin a évoqué « un partenariat "
                 "stratégique ».",
                 ["Recep Tayyip Erdogan", "Vladimir Poutine"], id="a-periphrasis-with-its-nationality"),
    pytest.param("« Nous restons mobilisés », a déclaré Marylise Léon. La secrétaire générale de la CGT, Sophie "
                 "Binet, attend désormais « des actes concrets et rapides du gouvernement ».",
                 ["Marylise Léon", "Sophie Binet"], id="a-person-apposed-to-the-subject-of-a-fragment"),
    pytest.param("\"Nous allons gagner\", a déclaré François Legault hier soir. \nLe chef libéral Pablo Rodriguez a "
                 "aussitôt répliqué lors d'un rassemblement à Laval. \n\"Les Québécois en ont assez des promesses.\"",
                 ["François Legault", "Pablo Rodriguez"], id="a-reporting-verb-announces-the-next-quote"),
    pytest.param("Le chef de la diplomatie française, Jean-Noël Barrot, a reçu jeudi son homologue italien Antonio "
                 "Tajani à Paris. « Nous avons eu des échanges francs », a déclaré ce dernier. Le ministre a pour sa "
                 "part évoqué « des désaccords profonds ».",
                 ["Antonio Tajani", "Jean-Noël Barrot"], id="pour-sa-part-is-someone-else"),
    pytest.param("À la sortie du conseil des ministres, la porte-parole du gouvernement a été interrogée sur le "
                 "budget. « Le texte sera présenté au printemps », a-t-elle assuré. Maud Bregeon a ajouté que le "
                 "gouvernement restait « ouvert au dialogue ».",
                 ["Maud Bregeon", "Maud Bregeon"], id="a-role-named-two-sentences-later"),
    pytest.param("La maire de Lille, Martine Aubry, et la maire de Nantes, Johanna Rolland, ont signé la tribune. "
                 "« Les villes étouffent », a résumé la première. Sa collègue a réclamé « un vrai pacte financier ».",
                 ["Martine Aubry", "Johanna Rolland"], id="sa-collegue-is-the-other-one"),
    pytest.param("Tempête : « On n'a jamais vu ça »\nDans le Finistère, les vents ont dépassé 150 km/h. « Le toit s'est "
                 "envolé en pleine nuit », raconte Hervé, 61 ans.",
                 ["Hervé", "Hervé"], id="a-headline-quote-nothing-attributes-takes-the-first-voice"),
    pytest.param("Des salariés accusent Renault de « liquider » le site de Flins. Le constructeur automobile dément : "
                 "« Aucune fermeture n'est prévue. »",
                 ["des salariés", "Renault"], id="a-verb-tagged-as-an-adverb-before-a-colon"),
    pytest.param("La fédération accuse Airbus de « mensonges ». L'avionneur européen dément : « Nos chiffres sont "
                 "publics. »",
                 ["la fédération", "Airbus"], id="a-company-noun-for-the-company-just-named"),
    pytest.param("« On a tout perdu », raconte Josée Gagnon. Sa voisine, Nicole, a eu plus de chance. « Le feu s'est "
                 "arrêté au jardin », souffle-t-elle.", ["Josée Gagnon", "Nicole"],
                 id="a-first-name-apposed-to-a-person-noun-is-the-last-subject"),
    pytest.param("Le rapport de l'inspection, publié mardi, est sévère. Il pointe « des dérives graves ». La ministre "
                 "Agnès Firmin Le Bodo promet « des sanctions ».", ["le rapport de l'inspection", "Agnès Firmin Le Bodo"],
                 id="il-stands-for-a-document-subject"),
    pytest.param("VIDÉO. « C'est un rêve » : la joie de Yohann Ndoye-Brouard après son titre\n\nLe nageur français a "
                 "remporté le 200 m dos. « C'est un rêve », a-t-il lâché.", ["Yohann Ndoye-Brouard"] * 2,
                 id="a-noun-a-name-complements-gives-it-no-gender"),
    pytest.param("Depuis vingt ans, Bernard et Monique tiennent l'épicerie. « On ouvre à 6 heures », raconte-t-il. Elle "
                 "tient la caisse. « Les clients sont fidèles », sourit-elle.", ["Bernard", "Monique"],
                 id="a-first-name-alone-gives-its-gender"),
    pytest.param("Hugo, 17 ans, et sa sœur Inès, 15 ans, ont créé une association. « On voulait agir », explique le "
                 "lycéen. Sa sœur ajoute : « Personne n'y croyait. »", ["Hugo", "Inès"],
                 id="a-possessive-relation-named-before-as-such"),
    pytest.param("Orelsan a surpris ses fans quand il a décrit l'album comme « son plus personnel ».", ["Orelsan"],
                 id="il-for-a-name-the-tagger-missed"),
    pytest.param("Le projet divise la majorité, a indiqué une source parlementaire. « Le vote sera serré », a-t-elle "
                 "ajouté.", ["une source parlementaire"], id="a-pronoun-after-an-unnamed-source-inverted-in-an-incise"),
    pytest.param("Les élus ont voté la hausse. Une mesure que conteste l'opposition : « Les familles paieront. »",
                 ["l'opposition"], id="inverted-subject-of-a-relative-before-a-colon"),
    pytest.param("La ministre Rachida Dati a prévenu que l'État répondrait « avec la plus grande fermeté ».",
                 ["Rachida Dati"], id="a-reported-intention-is-no-cue"),
    pytest.param("Les économistes sont partagés :\n- pour Éric Heyer (OFCE), l'effet sera « marginal » ;\n- pour "
                 "l'Institut Montaigne, au contraire, la réforme « va dans le bon sens ».",
                 ["Éric Heyer", "l'Institut Montaigne"], id="pour-opening-list-items"),
    pytest.param("« Le calendrier tient », a assuré la ministre Agnès Pannier-Runacher. Mais pour l'élu Yannick "
                 "Jadot, « rien n'est prêt ».", ["Agnès Pannier-Runacher", "Yannick Jadot"],
                 id="pour-after-a-sentence-opening-conjunction"),
    pytest.param("Teddy Riner a décroché un nouveau titre. « Il reste le patron », salue son partenaire Axel "
                 "Clerget. Le Guadeloupéen, lui, se montre prudent : « Rien n'est jamais acquis. »",
                 ["Axel Clerget", "Teddy Riner"], id="a-subject-set-apart-by-lui-is-not-the-last-speaker"),
    pytest.param("Les infirmières manifestent mardi. « Nous sommes à bout », dit Anne Roux, de la CFDT Santé. Le "
                 "ministère promet pour sa part « des recrutements rapides ».", ["Anne Roux", "le ministère"],
                 id="le-ministere-is-no-union-named-before"),
    pytest.param("Devant les juges, l'ancien directeur commercial a donné sa version. « On m'a demandé de cacher les "
                 "pertes », a-t-il déclaré. Son ancien patron, Paul Fabre, dément : « Je n'ai jamais rien demandé "
                 "de tel. »",
                 ["l'ancien directeur commercial", "Paul Fabre"], id="a-person-named-as-a-relation-is-not-the-possessor"),
    pytest.param("Le présentateur Gilles Bouleau a reçu la Première ministre. « Allez-vous démissionner ? », lui "
                 "demande-t-il. « Certainement pas », répond-elle.", ["Gilles Bouleau", "la Première ministre"],
                 id="elle-with-no-subject-of-its-gender-is-the-role-named-last"),
    pytest.param("L'entraîneur de Lyon, Paulo Fonseca, a dû composer sans Corentin Tolisso. « Corentin est essentiel, "
                 "mais le groupe a répondu », s'est félicité le technicien.", ["Paulo Fonseca"],
                 id="a-person-named-inside-the-quote-is-not-the-role-holder"),
    pytest.param("Narendra Modi a accueilli Emmanuel Macron à New Delhi. « Nos deux pays sont des partenaires "
                 "naturels », a affirmé le dirigeant indien. Le président français a salué « une amitié ancienne ».",
                 ["Narendra Modi", "Emmanuel Macron"],
                 id="a-person-called-by-one-nationality-holds-no-role-of-another"),
    pytest.param("« Nous ne voterons pas ce budget », a-t-elle prévenu. La sénatrice a quitté l'hémicycle sous les "
                 "huées.", ["la sénatrice"], id="a-pronoun-with-no-one-before-takes-the-role-named-next"),
    pytest.param("Julia Simon a remporté le sprint d'Oberhof. « J'ai tout donné sur le tir couché », a réagi la "
                 "biathlète de 28 ans.", ["Julia Simon"],
                 id="a-multisport-athlete-stands-for-the-person-just-named"),
    pytest.param("Le Syndicat de la magistrature et la CGT ont manifesté devant le tribunal. Le syndicat dénonce "
                 "« une justice à bout de souffle ».", ["le Syndicat de la magistrature"],
                 id="an-organisation-noun-goes-to-the-name-that-carries-it"),
    pytest.param("La mairie a perdu son procès contre Airbnb. « Nous sommes soulagés », a réagi la présidente de "
                 "l'association des hôtes, Claire Morin. La municipalité a annoncé qu'elle ferait appel, évoquant « un "
                 "jugement incompréhensible ».", ["Claire Morin", "la municipalité"],
                 id="elle-in-a-clause-reported-by-an-organisation-is-the-organisation"),
    pytest.param("La tempête a arraché des toitures. « On n'a rien pu faire », témoigne Bernard, un retraité de "
                 "Brest. Le maire a ouvert un gymnase. « Les sinistrés y seront logés », a-t-il précisé.",
                 ["Bernard", "le maire"], id="a-first-name-with-a-situation-holds-no-office"),
    pytest.param("Le tribunal jugeait Marc Petit pour escroquerie. « Mon client a été manipulé », a plaidé Me Julie "
                 "Robin. Le prévenu a ensuite pris la parole : « Je regrette. »", ["Julie Robin", "Marc Petit"],
                 id="an-inverted-title-is-no-speaker"),
    pytest.param("Le tribunal jugeait Marc Petit pour escroquerie. Son avocat, Me Paul Robin, a plaidé la relaxe : "
                 "« Mon client a été manipulé. » Le prévenu a ensuite pris la parole : « Je regrette. »",
                 ["Paul Robin", "Marc Petit"], id="a-lawyer-is-not-the-defendant"),
]


@pytest.mark.parametrize("text, speakers", SPEAKERS_IN_ORDER_CASES)
def test_speakers_of_several_quotes(analyzer, text, speakers):
    assert [q.speaker.name for q in quotes(analyzer, text)] == speakers


def test_verbs_the_lemmatizer_misreads_are_still_cues(analyzer):
    text = "« Il faut agir vite », martèle le président de la région, Renaud Muselier."
    assert_attributed(analyzer, text, "Renaud Muselier", "martèle")
    text = "« On a manqué de réalisme », regrettait Antoine Dupont après la défaite."
    assert_attributed(analyzer, text, "Antoine Dupont", "regrettait")


def test_a_new_sentence_in_subject_order_is_no_inverted_cue(analyzer):
    text = ("Dans une interview, la romancière Annie Ernaux explique : « J'écris pour venger ma race. » "
            "Elle ajoute que la littérature « doit déranger ».")
    assert [q.speaker.name for q in quotes(analyzer, text)] == ["Annie Ernaux", "Annie Ernaux"]
    assert quotes(analyzer, text)[0].cue.text == "explique"


def test_object_clitic_before_an_inverted_verb(analyzer):
    text = "« Tu as raison », lui a répondu Paul Martin."
    assert_attributed(analyzer, text, "Paul Martin", "a répondu")


@pytest.mark.parametrize("text, speaker, cue", [
    ("« Nous serons prêts », a tenu à rassurer le directeur du festival, Olivier Py.", "Olivier Py",
     "a tenu à rassurer"),
    ("« Le texte est équilibré », fait valoir la rapporteure du projet, Astrid Panosyan-Bouvet.",
     "Astrid Panosyan-Bouvet", "fait valoir"),
    ("Le Kremlin laisse entendre que l'armée russe reste « prête à négocier ».", "le Kremlin", "laisse entendre"),
    ("Le ministère multiplie les annonces pour faire croire que la crise est « sous contrôle ».", "le ministère",
     "faire croire"),
])
def test_verb_governing_an_infinitive_joins_the_cue(analyzer, text, speaker, cue):
    assert_attributed(analyzer, text, speaker, cue)


@pytest.mark.parametrize("text, speaker, cue", [
    ("La Croix-Rouge s'alarme : « Les stocks de sang n'ont jamais été aussi bas. »", "la Croix-Rouge", "s'alarme"),
    ("« Personne ne nous répond », se désole Lucie, infirmière à Brest.", "Lucie", "se désole"),
    ("Les voisins poursuivent : « Le bruit dure toute la nuit. »", "les voisins", "poursuivent"),
    ("« Personne ne vient », se désespère Aïcha, mère de trois enfants.", "Aïcha", "se désespère"),
])
def test_pronominal_and_continuation_cues(analyzer, text, speaker, cue):
    assert_attributed(analyzer, text, speaker, cue)


@pytest.mark.parametrize("text, speaker, cue", [
    ("« Il ne dormait plus » a rapporté son frère, Julien.", "Julien", "a rapporté"),
    ("« Tout va bien », n'a cessé de répéter le capitaine du navire.", "le capitaine du navire",
     "a cessé de répéter"),
    ("Dans sa lettre, la sénatrice taxait le ministre de « menteur ».", "la sénatrice", "taxait"),
    ("Son adjoint, Karim Benali, abonde : « Il faut agir vite. »", "Karim Benali", "abonde"),
    ("« C'était une belle soirée », a souri la chanteuse Zaz.", "Zaz", "a souri"),
    ("« Ce n'est qu'un contretemps », dédramatise le sélectionneur, Didier Deschamps.", "Didier Deschamps",
     "dédramatise"),
    ("« Nous sommes les premiers en Europe », se targue la présidente de région, Carole Delga.", "Carole Delga",
     "se targue"),
    ("La maire de Nantes a fait part de « sa colère ».", "la maire de Nantes", "a fait part"),
    ("Le médecin urgentiste Patrick Pelloux a tiré la sonnette d'alarme sur « des urgences à l'agonie ».",
     "Patrick Pelloux", "a tiré la sonnette d'alarme"),
    ("L'entraîneur a rendu hommage à « un immense joueur ».", "l'entraîneur", "a rendu hommage"),
])
def test_more_reporting_verbs(analyzer, text, speaker, cue):
    assert_attributed(analyzer, text, speaker, cue)


@pytest.mark.parametrize("text, speaker, cue", [
    ("« On a été oubliés », enrage Paul Vidal, maraîcher à Cavaillon.", "Paul Vidal", "enrage"),
    ("Le maire Louis Aliot attend. « Rien ne bouge », fulmine-t-il.", "Louis Aliot", "fulmine-t-il"),
])
def test_any_verb_with_its_subject_inverted_right_after_the_quote(analyzer, text, speaker, cue):
    assert_attributed(analyzer, text, speaker, cue)


def test_chacun_speaks_for_the_place_that_opens_its_sentence(analyzer):
    assert_attributed(analyzer, "Au ministère, chacun s'accorde à dire que la réforme est « indispensable ».",
                      "chacun (au ministère)", "s'accorde à dire")


def test_impersonal_on_speaks_for_de_source(analyzer):
    assert_attributed(analyzer, "« L'accord sera signé lundi », a-t-on appris de source diplomatique.",
                      "source diplomatique", "a-t-on appris")


def test_a_question_s_qui_is_no_source(analyzer):
    assert one(analyzer, "Qui a écrit que les réfugiés « menacent la nation » ?").speaker is None


def test_the_newspaper_s_own_information_is_no_source(analyzer):
    found = quotes(analyzer, "Selon nos informations, la ministre aurait « songé à partir ».")
    assert all(q.speaker is None or q.speaker.name != "nos" for q in found)


def test_impersonal_on_speaks_for_the_place_named_after_it(analyzer):
    assert_attributed(analyzer, "« Ce n'est pas le moment », estime-t-on à Matignon.", "Matignon", "estime-t-on")


def test_impersonal_on_without_a_place_continues_the_previous_source(analyzer):
    text = ("« Le projet sera présenté en juin », indique l'entourage de la ministre. "
            "« Rien n'est encore arbitré », ajoute-t-on de même source.")
    assert [q.speaker.name for q in quotes(analyzer, text)] == ["l'entourage de la ministre"] * 2


def test_a_place_in_a_headline_is_no_speaker(analyzer):
    text = ("Inondations à Valence : « Nous avons tout perdu »\n\n"
            "« Nous avons tout perdu en une nuit », témoigne Carmen Ruiz, une habitante du quartier.")
    assert [q.speaker.name for q in quotes(analyzer, text)] == ["Carmen Ruiz", "Carmen Ruiz"]


def test_le_premier_and_le_second_refer_to_the_two_people_just_named(analyzer):
    text = ("La maire de Lille, Martine Aubry, et le président de la métropole, Damien Castelain, se sont opposés. "
            "« Ce projet est absurde », a lancé la première. « Il est nécessaire », a répondu le second.")
    assert [q.speaker.name for q in quotes(analyzer, text)] == ["Martine Aubry", "Damien Castelain"]


def test_a_pronoun_skips_a_man_named_by_first_name(analyzer):
    text = ("Nathalie Arthaud a présenté son programme samedi. Son rival Philippe Poutou l'a rejointe sur ce point : "
            "« Il faut tout changer. » Elle a conclu : « Nous ne lâcherons rien. »")
    assert [q.speaker.name for q in quotes(analyzer, text)] == ["Philippe Poutou", "Nathalie Arthaud"]


def test_a_role_noun_after_a_long_quote_looks_back_past_it(analyzer):
    text = ("Claudie Haigneré revient sur son séjour à bord de la station Mir.\n"
            "« La Terre vue d'en haut est fragile. On voit la pollution, les incendies.\n"
            "« C'est une expérience qui change une vie », confie l'astronaute au micro de la radio.")
    assert [q.speaker.name for q in quotes(analyzer, text)] == ["Claudie Haigneré", "Claudie Haigneré"]


def test_an_incise_closing_the_marks_keeps_its_complements(analyzer):
    text = ("Le Premier ministre a défendu son budget.\n"
            "\" Nous ne reculerons pas, a-t-il lancé aux députés. \"")
    found = quotes(analyzer, text)
    assert [q.span.text for q in found] == ["Nous ne reculerons pas"]
    assert found[0].cue.text == "a-t-il lancé"


def test_a_plural_pronoun_takes_the_whole_noun_phrase(analyzer):
    text = ("Les syndicats de la SNCF ont appelé à la grève. "
            "« Nous ne lâcherons rien », préviennent-ils dans un communiqué commun.")
    assert one(analyzer, text).speaker.name == "les syndicats de la SNCF"


def test_an_inverted_verb_left_whole_by_the_tokenizer_is_still_a_cue(analyzer):
    text = "Son entraîneur reste prudent. « On verra demain », lâche-t-il."
    assert one(analyzer, text).cue.text == "lâche-t-il"


def test_the_subject_before_an_apposition_and_a_clitic(analyzer):
    text = ("Pour ses détracteurs, le fait que le Giec, un des groupes d'experts de l'Organisation des Nations "
            "unies, l'ait qualifié « alarmant » en 2021 a clos le débat.")
    assert one(analyzer, text).speaker.name == "le Giec"


def test_a_periphrasis_refers_to_the_title_it_stands_for(analyzer):
    text = ("Le Premier ministre Michel Barnier a présenté mardi son budget. Son ministre de l'Économie, "
            "Antoine Armand, a renchéri. Le chef du gouvernement a ensuite promis « des efforts partagés ».")
    assert one(analyzer, text).speaker.name == "Michel Barnier"


def test_a_participle_qualifying_the_quoted_noun_is_not_the_cue(analyzer):
    text = ("D'où vient tant d'« admiration » exprimée envers M. Orban, s'interroge la Commission européenne.")
    quote = one(analyzer, text)
    assert quote.speaker.name == "la Commission européenne"
    assert quote.cue.text == "s'interroge"


def test_a_quote_reopened_on_the_next_paragraph_takes_the_speaker_of_its_end(analyzer):
    text = ("« Nous avons tout essayé pour sauver l'usine.\n\n"
            "« Les salariés méritaient mieux », a regretté le délégué syndical, Karim Benali.")
    found = quotes(analyzer, text)
    assert [q.speaker.name for q in found] == ["Karim Benali", "Karim Benali"]
    assert found[0].cue.text == "a regretté"


@pytest.mark.parametrize("verb", ["prévient-elle", "soutient-elle", "reconnaît-elle"])
def test_irregular_present_forms_are_cues(analyzer, verb):
    text = f"La préfète Fabienne Buccio a reçu les maires. \"Les routes resteront fermées\", {verb}."
    assert_attributed(analyzer, text, "Fabienne Buccio", verb)


def test_a_time_after_the_source_is_not_part_of_its_name(analyzer):
    quote = one(analyzer, "« Rien n'est décidé », a-t-on indiqué à Bercy jeudi soir.")
    assert quote.speaker.name == "Bercy"


def test_a_pronominal_verb_with_an_irregular_present(analyzer):
    assert_attributed(analyzer, "« La rue était noire de monde », se souvient Karim, 52 ans, commerçant du quartier.",
                      "Karim", "se souvient")


def test_pour_an_organisation_before_a_clause_with_a_fragment(analyzer):
    assert_attributed(analyzer, "Pour Greenpeace, il s'agit d'« un recul historique » de la protection des forêts.",
                      "Greenpeace", "Pour")


@pytest.mark.parametrize("text, speaker", [
    ("« Rebâtir la confiance » : telle est la priorité que Michel Barnier a fixée à son gouvernement.",
     "Michel Barnier"),
    ("« Il faut agir vite » : tel est le message lancé par la Croix-Rouge aux donateurs.", "la Croix-Rouge"),
    ("« Nous sommes épuisés » : tel est le constat des urgentistes de l'hôpital de Rouen.",
     "les urgentistes de l'hôpital de Rouen"),
])
def test_a_quote_resumed_after_a_colon_by_tel_est(analyzer, text, speaker):
    assert one(analyzer, text).speaker.name == speaker


def test_faire_reports_words_only_inverted(analyzer):
    text = "Les juges estiment que le prévenu a fait preuve d'une « légèreté coupable et répétée »."
    assert_attributed(analyzer, text, "les juges", "estiment")


def test_pour_an_institution_attributes_a_short_fragment(analyzer):
    assert_attributed(analyzer, "Pour le gouvernement, la priorité reste « la formation ».", "le gouvernement", "Pour")


@pytest.mark.parametrize("text, kind", [
    ("La ministre a répondu : « oui, bien sûr ».", "direct"),
    ("Une moto « non homologuée, donc interdite » a été saisie par la police.", "partial"),
])
def test_an_answer_after_a_colon_is_a_direct_quote(analyzer, text, kind):
    assert one(analyzer, text).kind == kind


def test_a_name_beside_the_role_of_a_complement_is_not_the_speaker(analyzer):
    quote = one(analyzer, "« Le texte sera déposé avant l'été », a confirmé le cabinet du ministre Paul Girard.")
    assert quote.speaker.name == "le cabinet du ministre Paul Girard"
    assert quote.speaker.entity_id is None


def test_a_periphrasis_keeps_its_nationality(analyzer):
    text = ("Le président kényan William Ruto et son homologue tanzanien John Magufuli se sont rencontrés à Arusha. "
            "« Nos peuples sont frères », a déclaré M. Ruto. "
            "Le chef de l'Etat tanzanien a réclamé « une frontière ouverte ».")
    said = [(q.span.text, q.speaker.name) for q in quotes(analyzer, text)]
    assert said == [("Nos peuples sont frères", "William Ruto"), ("une frontière ouverte", "John Magufuli")]


def test_the_authors_of_a_document_are_its_author(analyzer):
    text = ("L'étude, publiée jeudi par l'Institut Montaigne, décrit « un système à bout de souffle ». "
            "Ses auteurs proposent de « tout remettre à plat ».")
    assert [q.speaker.name for q in quotes(analyzer, text)] == ["l'Institut Montaigne", "l'Institut Montaigne"]


@pytest.mark.parametrize("text, speaker", [
    ("Une infirmière du service a accepté de témoigner. « On travaille à flux tendu depuis des mois », confie cette "
     "mère de deux enfants.", "une infirmière du service"),
    ("La juge des enfants a refusé le placement. « Rien ne justifie une séparation », a estimé la magistrate.",
     "la juge des enfants"),
    ("Un cadre de la banque évoque « des pertes considérables ». Selon cette source, la direction « savait depuis "
     "juin ».", "un cadre de la banque"),
])
def test_an_unnamed_person_described_again_keeps_the_first_description(analyzer, text, speaker):
    assert quotes(analyzer, text)[-1].speaker.name == speaker


def test_a_clause_introduced_by_que_belongs_to_its_verb_not_to_the_verb_after(analyzer):
    text = ("La ministre, qui a tenu à rappeler que « l'école doit rester un sanctuaire », a annoncé le recrutement "
            "de 2 000 surveillants. Nicole Belloubet s'exprimait à Lille.")
    quote = one(analyzer, text)
    assert (quote.cue.text, quote.speaker.name) == ("a tenu à rappeler", "Nicole Belloubet")


@pytest.mark.parametrize("verb", ["martèle", "rappelle"])
def test_eler_verbs_with_a_grave_accent_or_a_double_consonant_are_cues_whatever_their_tag(analyzer, verb):
    quote = one(analyzer, f"« L'Europe doit se réveiller », {verb} Emmanuel Macron dans un entretien au Monde.")
    assert (quote.speaker.name, quote.cue.text) == ("Emmanuel Macron", verb)


def test_a_source_described_by_its_party_is_no_person_named(analyzer):
    quote = one(analyzer, "« On ne peut pas gouverner contre tout le monde », glisse une députée Renaissance.")
    assert (quote.speaker.name, quote.speaker.entity_id) == ("une députée Renaissance", None)


def test_selon_after_quoted_words_the_verb_governs_relays_the_verb_s_subject(analyzer):
    text = "La ministre a jugé le projet « intéressant » mais « prématuré », selon son entourage."
    assert [q.speaker.name for q in quotes(analyzer, text)] == ["la ministre", "la ministre"]


def test_a_pronoun_with_no_one_named_before_it_takes_the_subject_named_later_in_its_sentence(analyzer):
    text = "« Nous tiendrons le cap », selon lui, « quoi qu'il arrive », a ajouté le ministre Paul Girard."
    assert [q.speaker.name for q in quotes(analyzer, text)] == ["Paul Girard", "Paul Girard"]


def test_the_subject_of_a_passive_reporting_verb_without_agent_is_not_the_speaker(analyzer):
    found = quotes(analyzer, "Le budget a été qualifié d'« insincère » lors du vote.")
    assert len(found) == 1 and (found[0].speaker is None or found[0].speaker.name != "le budget")
