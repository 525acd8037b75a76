"""Quantities: amounts with bounds, units and currencies (German and English)."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Doc
from lagebild.pipeline import Resources
from lagebild.stages.quantities import QuantityExtractor, parse_number
from lagebild.stages.segment import Segmenter

RES = Resources(kb=None)


def quantities(text: str, lang: str = "de") -> list:
    doc = Doc(text=text, lang=lang, published=date(2024, 12, 20))
    Segmenter()(doc, RES)
    QuantityExtractor()(doc, RES)
    return doc.quantities


def one(text: str, lang: str = "de"):
    found = quantities(text, lang)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def numbers(text: str, lang: str = "de") -> tuple:
    """(span, min, max, value, unit) of the only quantity in the text."""
    q = one(text, lang)
    return q.text, q.min, q.max, q.value, q.unit


# -- parsing digits ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "value"), [
    ("12.000", "de", 12000),
    ("1.234.567", "de", 1234567),
    ("1,5", "de", 1.5),
    ("1.234,5", "de", 1234.5),
    ("1.5", "de", 1.5),  # not a group of three: an English-style decimal
    ("12,000", "en", 12000),
    ("1.5", "en", 1.5),
    ("12,000.5", "en", 12000.5),
    ("1,5", "en", 1.5),
    ("500", "en", 500),
])
def test_parse_number(text, lang, value):
    assert parse_number(text, lang) == value


@pytest.mark.parametrize("text", ["12:30", "abc", "", "1.2.3.4x"])
def test_parse_number_rejects_non_numbers(text):
    assert parse_number(text, "de") is None


# -- bounds --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Russland hat bis zu 12.000 Soldaten entsandt.", "de", ("bis zu 12.000 Soldaten", None, 12000, None, "personnel")),
    ("Russia sent up to 12,000 troops.", "en", ("up to 12,000 troops", None, 12000, None, "personnel")),
    ("Es gab mindestens 40 Tote.", "de", ("mindestens 40 Tote", 40, None, None, "dead")),
    ("At least 3,000 protesters gathered.", "en", ("At least 3,000 protesters", 3000, None, None, "people")),
    ("Es gab mehr als 100 Verletzte.", "de", ("mehr als 100 Verletzte", 101, None, None, "injured")),
    ("Over 1,000 soldiers arrived.", "en", ("Over 1,000 soldiers", 1001, None, None, "personnel")),
    ("Es gab weniger als zehn Tote.", "de", ("weniger als zehn Tote", None, 9, None, "dead")),
    ("Fewer than 10 people died.", "en", ("Fewer than 10 people", None, 9, None, "dead")),
    ("Es gab unter 100 Tote.", "de", ("unter 100 Tote", None, 99, None, "dead")),
])
def test_bound_sets_min_or_max(text, lang, expected):
    assert numbers(text, lang) == expected


def test_strict_bound_on_money_keeps_the_figure():
    assert numbers("Die Hilfe beträgt mehr als 1,5 Millionen Euro.") == (
        "mehr als 1,5 Millionen Euro", 1500000, None, None, "money")


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Rund 500 Soldaten wurden verlegt.", "de", "Rund 500 Soldaten"),
    ("Etwa 500 Soldaten wurden verlegt.", "de", "Etwa 500 Soldaten"),
    ("Ca. 500 Soldaten wurden verlegt.", "de", "Ca. 500 Soldaten"),
    ("Es wurden ca. 500 Soldaten verlegt.", "de", "ca. 500 Soldaten"),
    ("About 500 soldiers were moved.", "en", "About 500 soldiers"),
    ("Some 500 soldiers were moved.", "en", "Some 500 soldiers"),
    ("An estimated 500 soldiers were moved.", "en", "An estimated 500 soldiers"),
])
def test_approximate_bound_keeps_the_value(text, lang, span):
    q = one(text, lang)
    assert (q.text, q.min, q.max, q.value, q.unit, q.approximate) == (span, None, None, 500, "personnel", True)


@pytest.mark.parametrize(("text", "approximate"), [
    ("Es gab mindestens 40 Tote.", True),  # open amount with only a lower bound (the contract)
    ("Es gab bis zu 40 Tote.", False),
    ("Es gab 40 Tote.", False),
    ("Es gab Dutzende Tote.", True),
])
def test_approximate_flag(text, approximate):
    assert one(text).approximate is approximate


# -- number words, vague amounts and scales ------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Es gab Dutzende Tote.", "de", ("Dutzende Tote", 20, 99, None, "dead")),
    ("Dozens of soldiers were wounded.", "en", ("Dozens of soldiers", 20, 99, None, "injured")),
    ("Tausende Menschen demonstrierten.", "de", ("Tausende Menschen", 1000, 9999, None, "people")),
    ("Hundreds of people gathered.", "en", ("Hundreds of people", 100, 999, None, "people")),
    ("Zehntausende Menschen demonstrierten.", "de", ("Zehntausende Menschen", 10000, 99999, None, "people")),
    ("Tens of thousands of people rallied.", "en", ("Tens of thousands of people", 10000, 99999, None, "people")),
    ("Hundreds of thousands of people fled.", "en",
     ("Hundreds of thousands of people", 100000, 999999, None, "displaced")),
    ("Mehrere Soldaten wurden verletzt.", "de", ("Mehrere Soldaten", 3, 9, None, "injured")),
    ("A few soldiers stayed behind.", "en", ("A few soldiers", 2, 9, None, "personnel")),
    ("Mehrere hundert Menschen kamen.", "de", ("Mehrere hundert Menschen", 300, 900, None, "people")),
    ("Several hundred people came.", "en", ("Several hundred people", 300, 900, None, "people")),
])
def test_vague_amount_gives_a_range(text, lang, expected):
    assert numbers(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Es kamen zwölf Soldaten.", "de", ("zwölf Soldaten", None, None, 12, "personnel")),
    ("Three hundred soldiers arrived.", "en", ("Three hundred soldiers", None, None, 300, "personnel")),
    ("A hundred soldiers arrived.", "en", ("A hundred soldiers", None, None, 100, "personnel")),
    ("Rund hundert Soldaten kamen.", "de", ("Rund hundert Soldaten", None, None, 100, "personnel")),
    ("Tausend Menschen kamen.", "de", ("Tausend Menschen", None, None, 1000, "people")),
    ("Zwei Dutzend Soldaten kamen.", "de", ("Zwei Dutzend Soldaten", None, None, 24, "personnel")),
    ("Ein Dutzend Soldaten kam.", "de", ("Ein Dutzend Soldaten", None, None, 12, "personnel")),
    ("Two dozen soldiers arrived.", "en", ("Two dozen soldiers", None, None, 24, "personnel")),
    ("A dozen soldiers arrived.", "en", ("A dozen soldiers", None, None, 12, "personnel")),
    ("Two million people fled.", "en", ("Two million people", None, None, 2000000, "displaced")),
    ("Zwei Millionen Menschen leben dort.", "de", ("Zwei Millionen Menschen", None, None, 2000000, "people")),
])
def test_number_words_and_scales(text, lang, expected):
    assert numbers(text, lang) == expected


def test_bare_millions_is_not_one_million():
    assert quantities("Millionen Menschen leben dort.") == []


# -- money ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "span", "value", "currency"), [
    ("Die Hilfe beträgt 1,5 Millionen Euro.", "de", "1,5 Millionen Euro", 1500000, "EUR"),
    ("Die Hilfe beträgt 1,2 Milliarden Dollar.", "de", "1,2 Milliarden Dollar", 1200000000, "USD"),
    ("Die Hilfe beträgt 5 Mio. Euro.", "de", "5 Mio. Euro", 5000000, "EUR"),
    ("Die Hilfe beträgt 2 Mrd. Euro.", "de", "2 Mrd. Euro", 2000000000, "EUR"),
    ("Das kostet eine Million Euro.", "de", "eine Million Euro", 1000000, "EUR"),
    ("The aid is worth $1.2 billion.", "en", "$1.2 billion", 1200000000, "USD"),
    ("The package is worth €500 million.", "en", "€500 million", 500000000, "EUR"),
    ("The package is worth £5 million.", "en", "£5 million", 5000000, "GBP"),
    ("The package is worth 500 million euros.", "en", "500 million euros", 500000000, "EUR"),
])
def test_money(text, lang, span, value, currency):
    q = one(text, lang)
    assert (q.text, q.value, q.unit, q.currency) == (span, value, "money", currency)


def test_abbreviated_scale_at_sentence_end_does_not_swallow_the_period():
    q = one("The deal is worth $5 bn. Then talks ended.", "en")
    assert (q.text, q.value, q.currency) == ("$5 bn", 5000000000, "USD")


# -- units ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "span", "unit"), [
    ("Germany sent seven Patriot systems.", "en", "seven Patriot systems", "weapons"),
    ("Russia sent 2,000 Ukrainian soldiers home.", "en", "2,000 Ukrainian soldiers", "personnel"),
    ("Russland verlegte 2000 weitere Soldaten.", "de", "2000 weitere Soldaten", "personnel"),
    ("Deutschland schickte sieben Patriot-Systeme.", "de", "sieben Patriot-Systeme", "weapons"),
    ("Vier US-Soldaten wurden verlegt.", "de", "Vier US-Soldaten", "personnel"),
    ("The 24 crew members were questioned.", "en", "24 crew members", "people"),
])
def test_unit_after_words_in_between(text, lang, span, unit):
    q = one(text, lang)
    assert (q.text, q.unit) == (span, unit)


def test_capitalised_word_stops_the_german_unit_search():
    # every German noun is capitalised: "sieben Patriot" counts Patriots, not the systems after them
    assert quantities("Deutschland schickte sieben Patriot Systeme.") == []


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("More than 40 people were killed.", "en", "dead"),
    ("41 people were arrested.", "en", "arrested"),
    ("Police arrested 41 people.", "en", "arrested"),
    ("Protesters threw stones, injuring nine policemen.", "en", "injured"),
    ("Police dispersed the rally, detaining dozens of people after the protest.", "en", "arrested"),
    ("Über 200 Menschen wurden festgenommen.", "de", "arrested"),
    ("Dutzende Menschen wurden getötet.", "de", "dead"),
    ("Tausende Menschen sind geflohen.", "de", "displaced"),
])
def test_people_refined_by_what_happened_to_them(text, lang, unit):
    assert one(text, lang).unit == unit


def test_refinement_does_not_cross_punctuation():
    assert one("Es kamen 40 Menschen. Verletzt wurde niemand.").unit == "people"


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Die Armee erlitt schwere Verluste.", "de", "schwere Verluste"),
    ("Die Armee erlitt hohe Verluste.", "de", "hohe Verluste"),
    ("The army suffered heavy losses.", "en", "heavy losses"),
])
def test_vague_adjective_gives_casualties_without_numbers(text, lang, span):
    q = one(text, lang)
    assert (q.text, q.min, q.max, q.value, q.unit, q.approximate) == (span, None, None, None, "casualties", True)


# -- articles and counts -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Ein Soldat wurde getötet.", "de"),
    ("Dabei wurde ein Soldat getötet.", "de"),
    ("Eine Person wurde verletzt.", "de"),
    ("A soldier was killed.", "en"),
])
def test_indefinite_article_is_not_an_amount(text, lang):
    assert quantities(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("1 Soldat wurde getötet.", "de", ("1 Soldat", None, None, 1, "dead")),
    ("One soldier was killed.", "en", ("One soldier", None, None, 1, "dead")),
    ("At least one civilian was killed.", "en", ("At least one civilian", 1, None, None, "dead")),
])
def test_the_numeral_one_is_a_count(text, lang, expected):
    assert numbers(text, lang) == expected


# -- what is not a quantity ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Die Zahl stammt aus 2024.", "de"),
    ("Um 12 Uhr begann es.", "de"),
    ("Um 12:30 Uhr begann es.", "de"),
    ("Es dauerte 30 Tage.", "de"),
    ("The vote is on 5 March.", "en"),
    ("Im Jahr 2024 starben viele Menschen.", "de"),
    ("In 2023 many people died.", "en"),
    ("Seit 2022 sind Soldaten dort.", "de"),
    ("Im Mai 2024 kamen Soldaten.", "de"),
    ("Es waren 500. Soldaten kamen später.", "de"),
    ("Die Lage ist ernst.", "de"),
])
def test_not_a_quantity(text, lang):
    assert quantities(text, lang) == []


# -- the stage -----------------------------------------------------------------------------------

def test_several_amounts_get_ids_spans_and_sentences_in_order():
    text = "Es gab 5 Tote und 12 Verletzte. Bis zu 300 Soldaten rückten vor."
    found = quantities(text)
    assert [q.id for q in found] == ["Q1", "Q2", "Q3"]
    assert [(q.text, q.unit) for q in found] == [("5 Tote", "dead"), ("12 Verletzte", "injured"),
                                                  ("Bis zu 300 Soldaten", "personnel")]
    assert [q.sentence for q in found] == [0, 0, 1]
    assert all(text[q.start_char:q.end_char] == q.text for q in found)


def test_head_start_points_at_the_counted_noun():
    doc = Doc(text="Bis zu 12.000 Soldaten.", lang="de")
    Segmenter()(doc, RES)
    QuantityExtractor()(doc, RES)
    assert doc.words[doc.quantities[0].head_start] == "soldaten"


def test_to_json_matches_the_contract():
    q = one("Die Hilfe beträgt 1,5 Millionen Euro.")
    assert q.to_json() == {"id": "Q1", "span": [18, 36, "1,5 Millionen Euro"], "min": None, "max": None,
                           "value": 1500000, "unit": "money", "kind": "money", "approximate": False,
                           "currency": "EUR"}


@pytest.mark.parametrize("text, lang, kind", [
    ("Die Polizei sprach von 8.000 Demonstranten.", "de", "protesters"),
    ("Police counted 8,000 protesters.", "en", "protesters"),
    ("Taiwan zählte 27 Kriegsschiffe.", "de", "ships"),
    ("Taiwan detected 27 warships.", "en", "ships"),
    ("Russland setzte 35 Drohnen ein.", "de", "drones"),
    ("Die Armee verlegte 4.000 Soldaten.", "de", "personnel"),
])
def test_kind_is_the_same_word_in_both_languages(text, lang, kind):
    assert one(text, lang).kind == kind


def test_a_bound_word_without_a_number_is_a_vague_amount():
    q = one("Some ships of the navy carried out drills.", "en")
    assert (q.min, q.max, q.kind) == (2, 9, "ships")
    assert one("Some 40,000 troops were deployed.", "en").value == 40000
    assert quantities("Some of the ships left.", "en") == []


def test_a_partitive_is_not_a_total():
    assert quantities("Two of the dead were port workers.", "en") == []
    assert quantities("Zwei der Toten waren Hafenarbeiter.") == []


def test_empty_text_gives_no_quantities():
    assert quantities("") == []
