"""Name matching, quote kinds and scare quotes: rules that need no model."""
from service.nlp.content import is_quote, kind
from service.nlp.entities import fold, same_person


def test_surname_refers_to_full_name():
    assert same_person("Biden", "Joe Biden")
    assert same_person("Kirby", "John Kirby")


def test_variant_spelling_of_one_person():
    assert same_person("Zelensky", "Volodymyr Zelenskyy")
    assert same_person("Nico Dupont", "Nicolas Dupont")


def test_different_people_do_not_match():
    assert not same_person("Jill Biden", "Joe Biden")
    assert not same_person("Sullivan", "Joe Biden")


def test_fold_ignores_case_and_accents():
    assert fold("Éric  ") == fold("eric")


def test_kind_of_quotes():
    text = "Il a qualifié la décision de « scandaleuse ». Elle a dit : « Nous partons. »"
    assert kind(text, text.index("scandaleuse"), text.index("« s"), False) == "partial"
    assert kind(text, text.index("Nous"), text.index("« N"), True) == "direct"
    text = "S'il l'avait fait, « on serait plus avancés », a-t-elle dit."
    assert kind(text, text.index("on serait"), text.index("« o"), True) == "direct"


def test_scare_quotes_without_cue_are_not_quotes():
    text = "Le programme « Plan Nord » et ses « fuites »."
    plan, leaks = text.index("Plan"), text.index("fuites")
    assert not is_quote(text, plan, plan + 9, plan - 2, "direct", False)
    assert not is_quote(text, leaks, leaks + 6, leaks - 2, "partial", False)
    assert is_quote(text, leaks, leaks + 6, leaks - 2, "partial", True)
    title = "Il cite “The Wall Street Journal” dans son discours."
    assert not is_quote(title, title.index("The"), title.index("Journal") + 7, title.index("“"), "direct", True)


def test_titles_after_a_naming_word_are_not_quotes():
    text = "Un rapport intitulé « Comment sortir de la crise ? » et un navire baptisé « Espoir du large »."
    for word in ("Comment", "Espoir"):
        start = text.index(word)
        end = text.index(" »", start)
        assert not is_quote(text, start, end, start - 2, "direct", True)
