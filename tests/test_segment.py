"""Sentence and token segmentation (German ordinals, abbreviations, quotes; English)."""

from __future__ import annotations

import pytest

from lagebild.model import Doc
from lagebild.pipeline import Resources
from lagebild.stages.segment import Segmenter, tokenize

RES = Resources(kb=None)


def segmented(text: str, lang: str = "de") -> Doc:
    doc = Doc(text=text, lang=lang)
    Segmenter()(doc, RES)
    return doc


def sents(text: str, lang: str = "de") -> list[str]:
    return [text[a:b] for a, b in segmented(text, lang).sentences]


@pytest.mark.parametrize(("text", "expected"), [
    ("Er kam am 5. März 2024 an. Dann ging er.", ["Er kam am 5. März 2024 an.", "Dann ging er."]),
    ("Das geschah im Jahr 2024. Die Lage blieb unklar.", ["Das geschah im Jahr 2024.", "Die Lage blieb unklar."]),
    ("Das gilt z. B. für Kiew. Dr. Müller widersprach.", ["Das gilt z. B. für Kiew.", "Dr. Müller widersprach."]),
    ("Im 2. Weltkrieg war es anders. Heute nicht.", ["Im 2. Weltkrieg war es anders.", "Heute nicht."]),
    ("Er sagte: „Wir bleiben.“ Dann ging er.", ["Er sagte: „Wir bleiben.“", "Dann ging er."]),
    ("Titel ohne Punkt\nDer erste Satz. Der zweite!", ["Titel ohne Punkt", "Der erste Satz.", "Der zweite!"]),
])
def test_german_sentences(text, expected):
    assert sents(text) == expected


def test_a_closing_quote_after_a_space_belongs_to_the_sentence():
    """Tokenised text puts spaces around quotation marks: a closing mark after the final stop closes the open
    quotation and ends the sentence; the next one opens a new quotation."""
    assert sents("Er sagte : „ Wir bleiben . “ „ Das ist sicher . “") == [
        "Er sagte : „ Wir bleiben . “", "„ Das ist sicher . “"]
    assert sents('He said: "We stay." "It is certain."', "en") == ['He said: "We stay."', '"It is certain."']


def test_english_abbreviations_and_initials():
    text = "Mr. Smith met Gen. J. Doe in the U.S. capital. They talked."
    assert sents(text, "en") == ["Mr. Smith met Gen. J. Doe in the U.S. capital.", "They talked."]


def test_tokens_keep_offsets_and_numbers():
    text = "Bis zu 12.000 Soldaten, 1,5 Millionen Euro und US-amerikanische F-16."
    toks = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    words = [t.text for t in toks]
    assert "12.000" in words and "1,5" in words and "US-amerikanische" in words


def test_empty_text_gives_no_sentences():
    assert sents("") == []


def test_a_comma_inside_short_parentheses_separates_no_clauses():
    """"(Awoda, dt. etwa Arbeiterpartei)" is an aside: the clause runs on over it to the verb after it."""
    text = "Der Präsident hat mit Max Muster (Awoda, dt. etwa Arbeiterpartei) gesprochen, sagte sie."
    doc = segmented(text)
    first = doc.clauses[0]
    assert " ".join(doc.words[first[0]:first[1]]).endswith("arbeiterpartei ) gesprochen")


@pytest.mark.parametrize(("text", "kinds"), [
    # after a dateline's dash the article opens a main clause
    ("Innsbruck – Die Tiroler Polizei hat am Freitag einen Einbrecher festgenommen.", ["main", "main"]),
    ("Den Haag – Der Strafgerichtshof hat Ermittlungen eingeleitet.", ["main", "main"]),
    # after a comma, or after a dash deeper in the sentence, it opens a relative clause
    ("Er nannte die Männer, die den Laden überfallen hatten.", ["main", "rel"]),
    ("Man könne sie nicht zurückschicken – was ihm Protest einbrachte.", ["main", "rel"]),
])
def test_a_clause_after_a_dateline_is_a_main_clause(text, kinds):
    doc = segmented(text)
    assert [kind for _a, _b, kind in doc.clauses] == kinds


@pytest.mark.parametrize(("text", "lang", "kinds"), [
    # a preposition and a relative pronoun open a relative clause where no capitalised word follows the pronoun (it
    # would be the pronoun's noun: an article), a relative possessive whatever follows
    ("Das Los ging an einen Apotheker, gegen den die Staatsanwaltschaft ermittelt.", "de", ["main", "rel"]),
    ("Er traf den Minister, mit dem er verhandelt hatte.", "de", ["main", "rel"]),
    ("Das ist Assad, gegen dessen Regierung die EU Sanktionen verhängt hat.", "de", ["main", "rel"]),
    ("Die Polizei griff ein, gegen den Willen der Regierung.", "de", ["main", "main"]),
    ("He named the minister, against whom the prosecutors had filed charges.", "en", ["main", "rel"]),
])
def test_a_preposition_and_a_relative_pronoun_open_a_relative_clause(text, lang, kinds):
    doc = segmented(text, lang)
    assert [kind for _a, _b, kind in doc.clauses] == kinds


@pytest.mark.parametrize(("text", "clauses"), [
    # the commas of a German noun list that a coordinator closes separate no clauses (s27c line 13)
    ("Ihm werden Aktenfälschung, Geldwäsche sowie Beteiligung an Steuerhinterziehung vorgeworfen.", 1),
    ("Die Polizei hätte Pistolen, Messer und Feuerwerkskörper beschlagnahmt.", 1),
    # a new clause after the comma, an apposition with its article, a list that a finite verb follows: clauses
    ("Die Polizei kam, Demonstranten flohen und warfen Steine.", 2),
    ("Das kritisierte Johannes Steinhart, Obmann der Kurie und Vizepräsident der Kammer.", 2),
    ("In Wien streiken 145 Betriebe, Straßen- und Eisenbahnlinien werden blockiert.", 2),
    # two main clauses: a verb with an object or an adverb follows the list (fourth diff review of session 27)
    ("Die Polizei räumte das Lager, Demonstranten und Anwohner protestierten dagegen.", 2),
    ("Israel bombardierte Gaza, Hamas und Hisbollah feuerten Raketen auf Israel ab.", 2),
    # a verb cluster that an auxiliary closes ends the list's clause
    ("Dass man sie nicht nach Griechenland, Serbien oder Mazedonien zurückschicken könne, sagte sie.", 2),
    # a list before its clause's verb, or in a prepositional phrase, is the clause's (fifth diff review)
    ("Slowenien, Kroatien und Mazedonien haben ihre Kandidaten vorgeschlagen.", 1),
    ("In Berlin, Hamburg und München demonstrierten Tausende gegen die Regierung.", 1),
    ("Bei mit Messern, Autos oder Schusswaffen verübten Angriffen wurden 24 Menschen getötet.", 1),
    ("Die Regierung hat Deutschland, Frankreich und Italien scharf kritisiert.", 1),
    # but not one a finite auxiliary follows after a prepositional phrase that ends a clause
    ("In Wien sind 145 Betriebe im Ausstand, Straßen- und Eisenbahnlinien werden blockiert.", 2),
])
def test_a_noun_list_is_one_clause(text, clauses):
    doc = segmented(text)
    assert len(doc.clauses) == clauses


@pytest.mark.parametrize(("text", "count"), [
    # a comma before an article that only a genitive takes, or before "der" where the list goes on after the item,
    # joins items of a list of genitives
    ("Sie werden des Diebstahls, des Betrugs und der Untreue beschuldigt.", 1),
    ("Sie werden des Diebstahls, der Weitergabe von Geheimnissen, des Betrugs und der Untreue beschuldigt.", 1),
    # a relative clause after a genitive stays a clause
    ("Der Sprecher des Ministers, der Russland kritisierte und der Ukraine half, trat zurück.", 3),
])
def test_a_list_of_genitives_is_no_clause_break(text, count):
    doc = segmented(text)
    assert len(doc.clauses) == count
