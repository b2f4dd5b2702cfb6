"""Sentence mending between the tokenizer and the parser (service/nlp/sentences.py)."""
from stanza.models.common.doc import Document

from service.nlp.sentences import mend


def tokenized(text, sentences):
    """A Stanza document split into the given sentences of whitespace-separated tokens."""
    position, dicts = 0, []
    for sentence in sentences:
        entries = []
        for number, token in enumerate(sentence.split(), start=1):
            start = text.index(token, position)
            position = start + len(token)
            entries.append({"id": number, "text": token, "start_char": start, "end_char": position})
        dicts.append(entries)
    return Document(dicts, text=text)


def words(document):
    return [[(word.id, word.text) for word in sentence.words] for sentence in document.sentences]


def test_a_sentence_cut_after_a_first_name_is_joined_to_the_next():
    text = "Marine Tondelier parle . Elle rit ."
    mended = mend(tokenized(text, ["Marine", "Tondelier parle .", "Elle rit ."]))
    assert words(mended) == [[(1, "Marine"), (2, "Tondelier"), (3, "parle"), (4, ".")],
                             [(1, "Elle"), (2, "rit"), (3, ".")]]
    assert mended.sentences[0].tokens[1].start_char == text.index("Tondelier")


def test_sentences_ending_in_punctuation_or_a_line_break_stay_apart():
    text = "Un titre sans point\nLe texte suit . Puis un autre ."
    document = tokenized(text, ["Un titre sans point", "Le texte suit .", "Puis un autre ."])
    assert mend(document) is document


def test_a_sentence_ending_on_a_lone_capital_after_a_lower_case_word_is_split():
    text = "Elle a écrit sur X. Le ministre répond ."
    mended = mend(tokenized(text, ["Elle a écrit sur X. Le ministre répond ."]))
    assert words(mended) == [[(1, "Elle"), (2, "a"), (3, "écrit"), (4, "sur"), (5, "X"), (6, ".")],
                             [(1, "Le"), (2, "ministre"), (3, "répond"), (4, ".")]]


def test_a_sentence_ending_on_an_acronym_after_a_lower_case_word_is_split():
    text = "Il vise les élus RN. Gérald Darmanin répond ."
    mended = mend(tokenized(text, ["Il vise les élus RN. Gérald Darmanin répond ."]))
    assert words(mended) == [[(1, "Il"), (2, "vise"), (3, "les"), (4, "élus"), (5, "RN"), (6, ".")],
                             [(1, "Gérald"), (2, "Darmanin"), (3, "répond"), (4, ".")]]


def test_messieurs_does_not_end_a_sentence():
    text = "Ils ont reçu MM. Dupont et Durand ."
    document = tokenized(text, ["Ils ont reçu MM. Dupont et Durand ."])
    assert mend(document) is document


def test_initials_and_monsieur_do_not_end_a_sentence():
    text = "Selon J. K. Rowling , a répondu M. Dupont ."
    document = tokenized(text, ["Selon J. K. Rowling , a répondu M. Dupont ."])
    assert mend(document) is document


def test_the_analyser_attributes_the_quote_after_a_post_on_x(analyzer):
    text = ("Marine Le Pen a réagi dans la soirée. « Le peuple a parlé », a-t-elle écrit sur X. Jordan Bardella a "
            "lui aussi salué « une victoire historique ».")
    assert [q.speaker.name for q in analyzer.analyse(text).quotes] == ["Marine Le Pen", "Jordan Bardella"]


def test_a_quoted_sentence_closed_before_a_capitalised_word_ends_there():
    text = "Il a dit : “ Nous tiendrons . ” Le ministre sourit ."
    mended = mend(tokenized(text, ["Il a dit : “ Nous tiendrons . ” Le ministre sourit ."]))
    assert words(mended) == [[(1, "Il"), (2, "a"), (3, "dit"), (4, ":"), (5, "“"), (6, "Nous"), (7, "tiendrons"),
                              (8, "."), (9, "”")], [(1, "Le"), (2, "ministre"), (3, "sourit"), (4, ".")]]


def test_a_role_named_next_after_a_closed_quote(analyzer):
    text = ("La présidente du Parlement l'a affirmé mardi : “Nous ne céderons pas.” Roberta Metsola s'exprimait à "
            "Strasbourg.")
    assert [q.speaker.name for q in analyzer.analyse(text).quotes] == ["Roberta Metsola"]


def test_a_closing_mark_opening_a_sentence_goes_back_to_the_one_it_closes():
    text = "Il a dit : « Nous tiendrons . » Le ministre sourit ."
    mended = mend(tokenized(text, ["Il a dit : « Nous tiendrons .", "» Le ministre sourit ."]))
    assert words(mended) == [[(1, "Il"), (2, "a"), (3, "dit"), (4, ":"), (5, "«"), (6, "Nous"), (7, "tiendrons"),
                              (8, "."), (9, "»")], [(1, "Le"), (2, "ministre"), (3, "sourit"), (4, ".")]]
    assert mended.sentences[1].tokens[0].start_char == text.index("Le")


def test_a_closing_straight_quote_ends_the_quoted_sentence_before_a_capitalised_word():
    text = 'Il a répondu : " Plus tard . " Le maire sourit .'
    mended = mend(tokenized(text, ['Il a répondu : " Plus tard . " Le maire sourit .']))
    assert [len(sentence) for sentence in words(mended)] == [9, 4]


def test_a_stop_glued_to_the_last_word_before_a_closing_mark_still_ends_the_sentence(analyzer):
    text = ("Arnaud Montebourg se montre prudent : “Attendons de voir le texte définitif.” Même constat chez "
            "Benoît Hamon : “Rien n’est joué.”")
    assert [q.speaker.name for q in analyzer.analyse(text).quotes] == ["Arnaud Montebourg", "Benoît Hamon"]
