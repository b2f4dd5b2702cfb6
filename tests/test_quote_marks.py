"""Quote-mark pairing on raw text: no model needed."""
from service.nlp.quote_marks import find_marked_spans


def spans(text):
    return [text[s.start:s.end] for s in find_marked_spans(text)]


def test_guillemets_with_no_break_spaces():
    text = "Il a dit\u00a0: «\u00a0Nous partirons demain.\u00a0» Puis il est sorti."
    assert spans(text) == ["Nous partirons demain."]


def test_thin_spaces_and_attribution_comma_dropped():
    text = "«\u2009Le budget est prêt,\u2009» affirme la ministre."
    assert spans(text) == ["Le budget est prêt"]


def test_curly_and_straight_quotes():
    text = "Elle parle d’un “moment historique” et d'un \"tournant\"."
    assert spans(text) == ["moment historique", "tournant"]


def test_apostrophes_are_never_quote_marks():
    text = "L’équipe n’a rien dit, l'entraîneur non plus."
    assert spans(text) == []


def test_nested_quotes_stay_inside_the_outer_quote():
    text = "« Il m’a répondu “jamais” hier soir », raconte-t-elle."
    assert spans(text) == ["Il m’a répondu “jamais” hier soir"]


def test_quote_over_several_sentences_and_lines():
    text = "Il explique : \"Nous avons tout essayé. \nRien n'a marché.\" Fin."
    assert spans(text) == ["Nous avons tout essayé. \nRien n'a marché."]


def test_paragraph_reopening_convention():
    text = "« Premier paragraphe de la citation.\n\n« Second paragraphe. » a-t-il conclu."
    assert spans(text) == ["Premier paragraphe de la citation.", "Second paragraphe."]


def test_unbalanced_and_stray_marks_never_raise():
    for text in ["« jamais fermé", "fermé sans ouverture »", "\"", "« » « »", "»«", "“ ” ” “", ""]:
        for span in find_marked_spans(text):
            assert 0 <= span.start <= span.end <= len(text)


def test_offsets_are_code_points():
    text = "🇫🇷 Émoji puis « citation » ici."
    (span,) = find_marked_spans(text)
    assert text[span.start:span.end] == "citation"
