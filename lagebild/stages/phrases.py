"""Noun phrases without a parser: the object of an event when it is no actor the knowledge base or
a role phrase knows ("überfielen einen Militärkonvoi", "nahm mehr als 100 Demonstranten fest",
"struck an oil refinery", "released Israeli hostages").

Where the language writes nouns with a capital (``nouns_capitalised`` in language.tsv: German), a
noun phrase is read off capitalisation: determiners, numbers and lowercase adjectives
before a capitalised noun or a name of the knowledge base, and a genitive attribute after them ("die Stellungen der
ukrainischen Armee"). Elsewhere (English) it is the run of words up to a preposition, conjunction,
punctuation, verb form of the language's verb tables or time word, at most five words long ("of"
after an amount goes on: "dozens of protesters").
"""

from __future__ import annotations

from ..lang.lexicon import Lexicon
from ..model import Doc
from .match import candidate_at

MAX_WORDS = 5
#: Closed classes of words that open a sentence and are no adjective, though they end like one ("Neben", "Zudem").
OPENING_WORD_CLASSES = ("preposition", "subordinator", "sentence_adverb", "coordinator", "negation")
#: Closed classes that end an English noun phrase (the words themselves are not part of it).
STOP_CLASSES = ("preposition", "coordinator", "subordinator", "relative", "relative_pronoun", "aux_passive",
                "aux_perfect", "future_aux", "hypothetical", "planning_modal", "negation", "sentence_adverb",
                "infinitive_marker", "complementizer", "verb_before", "future", "contrast")


def _stop(doc: Doc, lex: Lexicon, k: int) -> bool:
    tok, word = doc.tokens[k], doc.words[k]
    if tok.kind not in ("word", "num"):
        return True
    return any(lex.is_(cls, word) for cls in STOP_CLASSES) or word in lex.cues or word in lex.time \
        or word in lex.pronouns and not lex.is_("determiner", word)


def _german_phrase(doc: Doc, lex: Lexicon, k: int, end: int, demonyms: dict) -> tuple[int, int] | None:
    """[start, stop) of a German noun phrase that starts at token k, or None (also where an article follows the
    first word, which is then a pronoun: "gegen *den* die Staatsanwaltschaft ermittelt")."""
    if k + 1 < end and lex.is_("determiner", doc.words[k]) and lex.is_("determiner", doc.words[k + 1]):
        return None
    j = k
    while j < end and (doc.tokens[j].kind == "num" or lex.is_("determiner", doc.words[j])
                       or doc.words[j] in lex.numbers or _adjective(doc, lex, j, j > k) or doc.words[j] in demonyms
                       and not _demonym_noun(doc, lex, j, end) or doc.tokens[j].text == "-" and j > k
                       and doc.tokens[j - 1].kind == "num" and j + 1 < end
                       and (_adjective(doc, lex, j + 1, True) or _noun(doc, lex, j + 1))
                       or _opening_adjective(doc, lex, j, end) or _place_adjective(doc, lex, j, end)):
        j += 1  # "Israelische Kampfjets": a capitalised demonym is an adjective; "der 31-jährige Blogger", "dem
        # 31-Jährigen"
    if j == end or not _noun(doc, lex, j) or lex.is_("indefinite_pronoun", doc.words[j]):
        return None
    name = candidate_at(doc, j)
    j = min(end, name.tok_end) if name is not None else j + 1  # one noun, or a whole name ("Xi Jinping")
    while j + 1 < end and doc.tokens[j - 1].text.endswith("-") and lex.is_("coordinator", doc.words[j]) \
            and _noun(doc, lex, j + 1):
        j += 2  # "einem neuen Streik- und Protesttag": a truncated compound and the noun it shares its end with
    if (name is None or name.compound) and j < end and doc.tokens[j].kind == "word" \
            and doc.tokens[j].text[:1].isupper() and not _stop_word(lex, doc.words[j]) \
            and doc.words[j - 1].endswith(lex.endings("name_classifier")):  # not "in der Nacht Charkiw"
        after = candidate_at(doc, j)  # a name after its noun: "die Stadt Charkiw", "der US-Stadt Aurora", also one
        # the knowledge base lacks that ends like no plural noun and is no role noun ("im Stadtteil Gnigl"; not "in
        # der Region Kurden fest", "in der Stadt Demonstranten verhaftet", "im Dorf Häuser niedergebrannt")
        if after is not None:
            j = min(end, after.tok_end)
        elif not doc.words[j].endswith(lex.endings("plural_noun_ending")) and lex.roles.match(doc.words, j) is None:
            j += 1
    if j + 1 < end and lex.genitive_article(doc.words[j]):
        got = _german_phrase(doc, lex, j + 1, end, demonyms)  # "die Stellungen der ukrainischen Armee"
        if got is not None:
            j = got[1]
    return k, j


def _stop_word(lex: Lexicon, word: str) -> bool:
    """A word of a closed class that ends a noun phrase, which no name after a noun of a kind of place can be."""
    return word in lex.pronouns or any(lex.is_(cls, word) for cls in (*STOP_CLASSES, "determiner", "clause_adverb"))


def _opening_adjective(doc: Doc, lex: Lexicon, j: int, end: int) -> bool:
    """An adjective capitalised because it opens the sentence, before a noun ("Aktuelle Ausgabe … beschlagnahmt");
    not a preposition, subordinator or sentence adverb, though it ends like one ("Neben Intransparenz", "Zudem"); a
    role word only before another role noun ("Bewaffnete Polizisten")."""
    return j == doc.sentence_tokens[doc.token_sentence[j]][0] and j + 1 < end and doc.tokens[j + 1].kind == "word" \
        and doc.tokens[j + 1].text[:1].isupper() and doc.words[j].endswith(lex.endings("adjective_ending")) \
        and candidate_at(doc, j) is None and (doc.words[j] not in lex.roles or lex.roles.match(doc.words, j + 1)) \
        and not lex.is_("determiner", doc.words[j]) \
        and not any(lex.is_(cls, doc.words[j]) for cls in OPENING_WORD_CLASSES)


def _place_adjective(doc: Doc, lex: Lexicon, j: int, end: int) -> bool:
    """A capitalised adjective made from a place name (ending of the closed class ``place_adjective_ending``: "-er"),
    before a role noun ("die *Tiroler* Polizei", "die *Wiener* Staatsanwaltschaft", "der *Berliner* Senat") or a
    noun of a kind of place ("im *Salzburger* Stadtteil Gnigl"): it does not inflect, and the noun is the head."""
    tok = doc.tokens[j]
    endings = lex.endings("place_adjective_ending")
    return tok.kind == "word" and tok.text[:1].isupper() and bool(endings) and doc.words[j].endswith(endings) \
        and j + 1 < end and doc.tokens[j + 1].text[:1].isupper() and (
            lex.roles.match(doc.words, j + 1) is not None
            or doc.words[j + 1].endswith(lex.endings("name_classifier"))) and candidate_at(doc, j) is None


def _demonym_noun(doc: Doc, lex: Lexicon, j: int, end: int) -> bool:
    """A capitalised demonym before a finite auxiliary, or a counted one before a finite verb in the past, is the noun
    itself ("Zwei Palästinenser sind …", "Tausende Isländer protestierten"; not the headline "Zwei Palästinenser
    erschossen", whose participle has no subject)."""
    if not doc.tokens[j].text[:1].isupper():
        return False
    if j + 1 < end:
        return any(lex.is_(c, doc.words[j + 1]) for c in ("aux_perfect", "aux_passive", "future_aux", "hypothetical"))
    # a counted people that ends the phrase at a finite verb in the past ("Tausende Isländer protestierten"): its
    # subject (not "Die 28-jährige Italienerin reiste", one person, whom a demonym makes no state's)
    nxt = doc.tokens[end] if end < len(doc.tokens) else None
    counted = j > 0 and (doc.tokens[j - 1].kind == "num" or doc.words[j - 1] in lex.numbers)
    return counted and nxt is not None and nxt.kind == "word" and nxt.text[:1].islower() and (
        lex.tense.get(doc.words[end]) == "past" or doc.words[end].endswith(lex.endings("weak_past_ending") or ("\0",))
        and len(doc.words[end]) > 5)


def _noun(doc: Doc, lex: Lexicon, j: int) -> bool:
    tok, word = doc.tokens[j], doc.words[j]
    return tok.kind == "word" and tok.text[:1].isupper() and not lex.is_("determiner", word) \
        and word not in lex.pronouns and not any(lex.is_(cls, word) for cls in (
            "preposition", "subordinator", "sentence_adverb", "clause_adverb")) and not (
            (m := lex.hedges.match(doc.words, j)) and m[1][2] != "noun")  # "Immerhin", "Angeblich": first words


def _adjective(doc: Doc, lex: Lexicon, j: int, inside: bool) -> bool:
    """A lowercase inflected adjective ("ukrainischen", "mehrere", "politische": endings of the closed class
    ``adjective_ending``); a time word only inside a phrase ("in den kommenden Jahren", not "heute")."""
    tok, word = doc.tokens[j], doc.words[j]
    endings = lex.endings("adjective_ending")
    return tok.kind == "word" and tok.text[:1].islower() and bool(endings) and word.endswith(endings) \
        and not any(lex.is_(cls, word) for cls in STOP_CLASSES) and word not in lex.cues \
        and (word not in lex.pronouns or lex.is_("determiner", word) or lex.pronoun_kind(word) == "possessive") \
        and word not in lex.triggers and (inside or word not in lex.time)


def _english_phrase(doc: Doc, lex: Lexicon, k: int, end: int) -> tuple[int, int] | None:
    j = k
    while j < end and j - k < MAX_WORDS and not (_stop(doc, lex, j) and not _partitive(doc, lex, j)) and not (
            j > k and (doc.words[j] in lex.triggers or _past_form(doc, lex, j))):
        j += 1
    if j < end and j > k and doc.words[j] in lex.triggers and not _past_form(doc, lex, j):
        return None  # "the new sanctions package": the object is an event or a thing named by one
    words = [w for w in doc.words[k:j] if not lex.is_("determiner", w)]
    if len(words) == 1 and lex.is_("indefinite_pronoun", words[0]):
        return None  # "did not detain anyone"
    return (k, j) if words and doc.tokens[j - 1].kind == "word" else None


def _partitive(doc: Doc, lex: Lexicon, j: int) -> bool:
    """ "of" after an amount ("dozens of protesters") goes on with the phrase."""
    return j > 0 and lex.is_("genitive_marker", doc.words[j]) and (
        doc.words[j - 1] in lex.numbers or doc.tokens[j - 1].kind == "num")


def _past_form(doc: Doc, lex: Lexicon, j: int) -> bool:
    """A finite verb after the phrase ("… drew condemnation", "the gunmen that killed two soldiers fled"):
    a lowercase verb form of the language's verb tables that is no event trigger, or one in "-ed"."""
    word = doc.words[j]
    patterns = lex.verb_patterns()
    return bool(patterns and patterns.forms_at(doc.words, j)) and doc.tokens[j].text[:1].islower() and (
        word not in lex.triggers or word.endswith("ed"))


def phrase_at(doc: Doc, lex: Lexicon, k: int, end: int, demonyms: dict | None = None) -> tuple[int, int] | None:
    """The noun phrase that starts at token k and ends before token *end*, or None; *demonyms* are
    the knowledge base's demonym forms (adjectives even when capitalised)."""
    if k >= end:
        return None
    if lex.setting("nouns_capitalised"):
        return _german_phrase(doc, lex, k, end, demonyms or {})
    return _english_phrase(doc, lex, k, end)
