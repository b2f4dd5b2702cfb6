"""Typographic spacing for the tokenizer maps back to the caller's offsets: no model needed."""
from service.nlp.spacing import spaced


def test_glued_colon_and_guillemets_get_spaces():
    assert spaced("Il a dit:«Non».")[0] == "Il a dit : « Non »."
    assert spaced("Il lui a confié: \"oui\"")[0] == "Il lui a confié : \"oui\""


def test_already_spaced_text_is_unchanged():
    text = "« Oui », a-t-il dit : « non ». Vraiment ? À 10:30."
    assert spaced(text) == (text, list(range(len(text) + 1)))


def test_every_original_character_keeps_its_offset():
    text = "Il a dit:«Non» puis ok? Fin!"
    normalised, offsets = spaced(text)
    assert len(offsets) == len(normalised) + 1
    kept = [offsets[i] for i, c in enumerate(normalised) if not (c == " " and text[offsets[i]] != " ")]
    assert kept == list(range(len(text)))


def test_line_break_before_a_capital_or_a_quote_becomes_a_paragraph_break():
    text = "Le maire veut partir\nLa ville proteste\n« Non »\nsuite de la phrase\n\nFin"
    normalised, offsets = spaced(text)
    assert normalised == "Le maire veut partir\n\nLa ville proteste\n\n« Non »\nsuite de la phrase\n\nFin"
    assert [text[offsets[i]] for i in range(len(normalised))] == [c for c in normalised]
