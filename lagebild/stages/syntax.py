"""Shallow syntax shared by attribution and event coding: clauses, and the slot of an actor in one.

Without a parser, the slot of an actor mention is read off what stands before it: a preposition
("gegen Russland" → ``pp:gegen``), a noun ("Rückzug ukrainischer Kräfte", "withdrawal of
Russian troops" → ``gen``), or nothing (``bare``: subject or object). Coordination ("zwischen X
und Y") gives both conjuncts the slot of the first.
"""

from __future__ import annotations

from bisect import bisect_left

from ..lang.lexicon import Lexicon
from ..model import Doc


def clause_range(doc: Doc, i: int) -> tuple[int, int, str]:
    c = doc.token_clause[i] if 0 <= i < len(doc.token_clause) else -1
    if c < 0:
        s0, s1 = doc.sentence_tokens[doc.token_sentence[i]]
        return s0, s1, "main"
    return doc.clauses[c]


def refs_between(doc: Doc, a: int, b: int) -> list[tuple[int, int, str, object]]:
    """Actor references whose first token lies in [a, b), in text order (binary search; refs are sorted)."""
    starts = [r[0] for r in doc.actor_refs] if len(doc.actor_refs) < 16 else _starts(doc)
    return doc.actor_refs[bisect_left(starts, a):bisect_left(starts, b)]


def _starts(doc: Doc) -> list[int]:
    """First tokens of the (sorted) actor references, cached until the list changes."""
    cache = doc.__dict__.get("_ref_starts")
    if cache is None or cache[0] is not doc.actor_refs or cache[1] != len(doc.actor_refs):
        cache = (doc.actor_refs, len(doc.actor_refs), [r[0] for r in doc.actor_refs])
        doc.__dict__["_ref_starts"] = cache
    return cache[2]


#: Closed classes whose words are never an adjective between a preposition and its noun.
#: The auxiliaries and modals that stand as a clause's finite verb; the stages add what each test needs (a modal
#: verb, an obligation, a conditional verb first), so the common part cannot drift apart.
AUXILIARY_CORE = ("aux_perfect", "aux_passive", "future_aux", "hypothetical", "planning_modal")
NOT_ADJECTIVE_CLASSES = ("preposition", "determiner", "subordinator", *AUXILIARY_CORE, "sentence_adverb", "negation")


def slot(doc: Doc, lex: Lexicon, ts: int, seen: int = 0) -> str:
    got = _slot(doc, lex, ts, seen)
    if got in ("pp:von", "pp:vom"):
        ref_end = next((r[1] for r in refs_between(doc, ts, ts + 1)), ts + 1)
        if ref_end < len(doc.words) and lex.is_("locative_postposition", doc.words[ref_end]):
            return "loc"  # "von Ecuador aus": from where, not by whom
        k = ts - 1
        while k > 0 and lex.is_("determiner", doc.words[k]):
            k -= 1
        if k > 0 and lex.is_("genitive_marker", doc.words[k]) and lex.is_("locative_noun", doc.words[k - 1]):
            return "loc"  # "im Norden von Paris", "in der Nähe von Casablanca"
    return got


def _slot(doc: Doc, lex: Lexicon, ts: int, seen: int = 0) -> str:
    """"pp:<preposition>", "gen", "dat", "loc" or "bare" for an actor reference starting at token ``ts``; "loc" is
    the genitive of a place noun ("im Nordosten Nigerias", "an der Grenze Israels"): where, not who."""
    s0 = doc.sentence_tokens[doc.token_sentence[ts]][0]
    j = ts - 1
    if j < s0:  # a reference that opens with its article: "Der Unterrichtsministerin … wirft Lugar … vor"
        return "dat" if oblique_feminine(doc, lex, ts) else "bare"
    prev = doc.words[j]
    if prev == "(" and j - 1 >= s0 and doc.tokens[j - 1].kind == "word" and seen < 3:
        # "von der separatistischen Terrororganisation (PKK)", "Kämpfer der Jihadistenmiliz Islamischer Staat (IS)":
        # a name in brackets after a noun phrase names it again, so it stands where the phrase stands; the phrase
        # runs back over its words to its article
        m = j - 1
        while m - 1 >= s0 and not lex.is_("determiner", doc.words[m]) and doc.tokens[m - 1].kind == "word" and (
                lex.is_("determiner", doc.words[m - 1]) or _modifier(doc, lex, m - 1)
                or doc.tokens[m - 1].text[:1].isupper() and not lex.is_("preposition", doc.words[m - 1])):
            m -= 1
        return _slot(doc, lex, m, seen + 1)
    m = j
    while m > s0 and j - m < 3 and (doc.tokens[m].kind == "num" or doc.words[m] in lex.numbers or (
            doc.tokens[m].text[:1].islower() and doc.words[m].endswith(lex.endings("adjective_ending") or ("\0",))
            and doc.words[m] not in lex.triggers and doc.words[m] not in lex.cues
            and not any(lex.is_(c, doc.words[m]) for c in NOT_ADJECTIVE_CLASSES))
            or doc.words[m] in lex.compass.get("adjective", {}) or lex.is_("extent_word", doc.words[m]) or (
                doc.words[m] in lex.compass.get("noun", {}) and not lex.setting("nouns_capitalised"))):
        m -= 1  # "auf zwei türkische Polizisten", "in ganz Deutschland", "in south Lebanon" (a German compass noun
        # takes a genitive: "im Norden Syriens" is a place); not the verb in "Vor allem griffen Russland"
    if m < j and lex.is_("preposition", doc.words[m]) and not lex.is_("subordinator", doc.words[m]):
        return "pp:" + doc.words[m]
    if m < j and lex.genitive_article(doc.words[m]) and m - 1 >= s0 and lex.is_("locative_noun", doc.words[m - 1]):
        return "loc"  # "im Norden des besetzten Westjordanlandes"
    if m < j and lex.is_("determiner", doc.words[m]) and m - 1 >= s0 and lex.is_("preposition", doc.words[m - 1]) \
            and not lex.is_("subordinator", doc.words[m - 1]):
        return "pp:" + doc.words[m - 1]  # "mit den beiden Staaten"
    if lex.is_("determiner", prev) and j - 1 >= s0 and lex.is_("preposition", doc.words[j - 1]) \
            and not lex.is_("subordinator", doc.words[j - 1]) and not lex.is_("determiner", doc.words[ts]):
        return "pp:" + doc.words[j - 1]  # "mit den USA"; not "gegen den die Staatsanwaltschaft ermittelt", where
        # the reference opens with an article of its own and the word before is a relative pronoun
    d = j
    while d > s0 and j - d < 2 and _modifier(doc, lex, d):
        d -= 1  # "to the affected Lebanese villages": lower-case words between an article and a name modify it
    if d < j and lex.is_("determiner", doc.words[d]) and d - 1 >= s0 and lex.is_("preposition", doc.words[d - 1]) \
            and not lex.is_("subordinator", doc.words[d - 1]) and not lex.setting("nouns_capitalised"):
        return "pp:" + doc.words[d - 1]
    k = j - 1 if lex.is_("determiner", prev) and j - 1 >= s0 else j  # "Israel und der Hisbollah"
    if (lex.is_("coordinator", doc.words[k]) or doc.words[k] == "," and clause_range(doc, k)[0] == clause_range(
            doc, ts)[0]) and seen < 3:
        for r in doc.actor_refs:
            if r[1] == k:
                return _slot(doc, lex, r[0], seen + 1)  # a conjunct has its list's slot: "aus Deutschland,
                # Russland und der Ukraine" (a comma only inside one clause: a list, no clause break)
    if prev == "of":
        return "loc" if j - 1 >= s0 and lex.is_("locative_noun", doc.words[j - 1]) else "gen"  # "the north of Syria"
    if lex.is_("preposition", prev) and not lex.is_("subordinator", prev):
        return "pp:" + prev
    if prev in ("'s", "’s"):
        return "gen"
    before = doc.tokens[j - 1] if j - 1 > s0 else None
    if lex.genitive_article(prev) and before is not None \
            and before.kind == "word" and before.text[:1].isupper() and lex.setting("nouns_capitalised") \
            and not any(lex.is_(c, doc.words[j - 1]) for c in ("determiner", "preposition", "subordinator")):
        # "Stellungen der Hisbollah": an article of the genitive after a noun; "im Osten der Ukraine": a place
        return "loc" if lex.is_("locative_noun", doc.words[j - 1]) else "gen"
    if oblique_feminine(doc, lex, j) or (oblique_feminine(doc, lex, ts) and not doc.tokens[j].text[:1].isupper()):
        return "dat"  # "der Regierung", "der Ministerin": with a feminine noun the article is dative or genitive
    tok = doc.tokens[j]
    if lex.setting("nouns_capitalised") and tok.kind == "word" and tok.text[:1].isupper() and j > s0 and not lex.is_(
            "determiner", prev) and not lex.is_("subordinator", prev) and not lex.is_("relative", prev):
        if any(r[1] == j + 1 for r in doc.actor_refs) or _opens_object(doc, lex, ts) or (
                lex.is_("direct_case_article", doc.words[ts]) and doc.tokens[ts].text[:1].islower()):
            return "bare"  # "traf in Kairo seinen ägyptischen Amtskollegen": no genitive of "Kairo"; "sind am
            # Mittwoch die Behörden aktiv geworden": an article that no genitive has (not one inside a name: "der
            # Partei Die Linke")
        return "loc" if lex.is_("locative_noun", prev) else "gen"
    return "bare"


def _opens_object(doc: Doc, lex: Lexicon, ts: int) -> bool:
    """Whether a reference opens with an accusative or dative article or a possessive in those cases ("den",
    "einen", "seinen", "ihrem"), which a genitive attribute never has."""
    w = doc.words[ts]
    return lex.is_("oblique_article", w) or lex.pronoun_kind(w) == "possessive" and w.endswith(("en", "em"))


def _modifier(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Whether token k is a lower-case word that may modify a noun (no function word, trigger or speech verb)."""
    w = doc.words[k]
    return doc.tokens[k].kind == "word" and doc.tokens[k].text[:1].islower() and w not in lex.triggers \
        and w not in lex.cues and not any(lex.is_(c, w) for c in (*NOT_ADJECTIVE_CLASSES, "coordinator", "relative"))


def oblique_feminine(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Whether token k is an article that, before a feminine noun (read off its ending, or a feminine country
    name of ``country_f``), can only be dative or genitive: "der Regierung", "der Unterrichtsministerin", "der
    Ukraine" (never a subject)."""
    return lex.is_("oblique_feminine_article", doc.words[k]) and k + 1 < len(doc.words) and (
        doc.words[k + 1].endswith(lex.endings("feminine_suffix")) or lex.is_("country_f", doc.words[k + 1]))


def after_superlative(doc: Doc, lex: Lexicon, j: int) -> bool:
    """Whether the preposition at token j follows a German superlative adverb ("am öftesten von allen Medien", closed
    classes ``superlative_marker`` and ``superlative_ending``): its phrase names whom the subject is compared with, no
    agent of a passive."""
    return j >= 2 and lex.is_("superlative_marker", doc.words[j - 2]) and doc.words[j - 1].endswith(
        lex.endings("superlative_ending") or ("\0",))


def nominative_person(doc: Doc, lex: Lexicon, j: int, b: int) -> bool:
    """Whether a masculine person in the German nominative opens at token j: "der" (closed class
    ``subject_article``), adjectives, and a role noun for a person, also as a compound's last part, without a feminine
    suffix ("fordert *der langjährige Caritas-Präsident* Küberl"; not "wirft der Regierung vor", "der Sprecherin"). A
    phrase after the finite verb that opens so is its subject, so the prefield holds the object."""
    if j >= b or doc.words[j] != "der" or not lex.is_("subject_article", doc.words[j]):
        return False
    k = j + 1
    while k < b - 1 and doc.tokens[k].kind == "word" and doc.tokens[k].text[:1].islower():
        k += 1  # adjectives
    head = doc.words[k].rsplit("-", 1)[-1]
    role = lex.roles.match([head], 0)
    return role is not None and role[1].type == "person" and not head.endswith(
        lex.endings("feminine_suffix") or ("\0",))


def attributive_participle(doc: Doc, lex: Lexicon, i: int, s1: int) -> bool:
    """A participle used as an adjective where nouns are capitalised: a participle stem (ending in -t or -n)
    with an adjective ending, a capitalised noun right after it, and an article or preposition before it
    (adverbs may stand between): "der kritisierten Bevorzugung", "mit international scharf kritisierten
    Luftangriffen"; not "Sie kritisierten Russland", not "Nach wie vor kritisieren Menschenrechtler …"."""
    words = doc.words
    if not lex.setting("nouns_capitalised") or i + 1 >= s1 or not doc.tokens[i + 1].text[:1].isupper():
        return False
    stems = [words[i][:-len(e)] for e in lex.endings("adjective_ending") if words[i].endswith(e)]
    if not any(stem.endswith(("t", "n")) for stem in stems):
        return False
    s0 = doc.sentence_tokens[doc.token_sentence[i]][0]
    j = i - 1
    while j >= s0 and i - j <= 3 and doc.tokens[j].kind == "word" and doc.tokens[j].text[:1].islower() \
            and not any(lex.is_(c, words[j]) for c in ("determiner", "preposition")) and words[j] not in lex.pronouns:
        j -= 1  # adverbs: "international scharf"
    return j >= s0 and (lex.is_("determiner", words[j]) or lex.is_("preposition", words[j]))


def ge_participle(lex: Lexicon, word: str) -> bool:
    """A past participle by its "ge-": first ("getötet") or after a separable prefix ("freigelassen",
    "vorgeworfen"; the language's ``separable_prefix`` class)."""
    return word.startswith("ge") or any(word.startswith(p + "ge") for p in lex.closed.get("separable_prefix", ()))


def last_word(doc: Doc, a: int, b: int) -> int:
    """The last word token in [a, b) (punctuation and numbers skipped), or -1."""
    return max((k for k in range(a, b) if doc.tokens[k].kind == "word"), default=-1)


def past_participle(lex: Lexicon, word: str) -> bool:
    """Whether a verb form after a passive auxiliary reads as a past participle, not an infinitive: no infinitive
    ending ("bestätigt", "kritisiert"), or "ge-" first or after a separable prefix ("vorgeworfen", "aufgefordert")."""
    return not word.endswith("n") or ge_participle(lex, word)


def in_time(doc: Doc, lex: Lexicon, a: int, b: int) -> bool:
    """Whether tokens [a, b) overlap a time expression or hold a word of the language's time table ("Ende Juni",
    "am Montag", "gestern")."""
    x, y = doc.tokens[a].start, doc.tokens[b - 1].end
    return any(t.start_char < y and x < t.end_char for t in doc.times) or any(
        doc.words[k] in lex.time for k in range(a, b))


def preposition_before(doc: Doc, lex: Lexicon, k: int, lo: int) -> int | None:
    """The preposition that governs the noun at token k, walking back over articles, numbers and lower-case
    words (adjectives) no further than token lo ("auf *den schweren* Angriff"); None when there is none."""
    j = k - 1
    while j > lo and (lex.is_("determiner", doc.words[j]) or doc.tokens[j].kind == "num" or doc.words[j] in lex.numbers
                      or doc.tokens[j].text[:1].islower() and not lex.is_("preposition", doc.words[j])):
        j -= 1
    return j if j >= lo and lex.is_("preposition", doc.words[j]) else None


def bare_infinitive(lex: Lexicon, word: str) -> bool | None:
    """Whether a German verb form in -n is an infinitive without "zu" ("angreifen", "verhaften", "beschießen") or
    a participle or other form ("angegriffen", "beschossen", "Luftangriffen"); None when it can be both
    ("beraten", "entlassen"). An infinitive has no "ge-" and opens with a separable prefix, ends in "-ieren", or
    its stem with "-t"/"-et" is a form the lexicon knows ("verhaftet", "beschießt"); a form whose stem the
    lexicon knows by itself ("beschoss", "Luftangriff") is none."""
    if not word.endswith(("en", "ern", "eln")) or ge_participle(lex, word):
        return False
    if word.endswith("ieren") or any(word.startswith(p) and len(word) > len(p) + 3
                                     for p in lex.closed.get("separable_prefix", ())):
        return True
    stem = word[:-2] if word.endswith("en") else word[:-1]
    if any(stem + ending in lex.triggers for ending in ("t", "et")):
        return True
    return False if stem in lex.triggers else None


def zu_infinitive(lex: Lexicon, word: str) -> bool:
    """An infinitive with its "zu" inside, after a separable prefix ("freizulassen", "abzuziehen",
    "anzugreifen"): the language's ``separable_prefix`` class, then an ``infinitive_marker``, then a verb."""
    for prefix in lex.closed.get("separable_prefix", ()):
        if word.startswith(prefix) and len(word) > len(prefix) + 4:
            rest = word[len(prefix):]
            if any(rest.startswith(m) and rest.endswith("n") for m in lex.closed.get("infinitive_marker", ())):
                return True
    return False


#: kinds of time.tsv words that name a day, a month or a season ("Donnerstag", "Januar", "morgen"), after which a
#: particle-like word is a preposition of time
DATE_KINDS = frozenset({"weekday", "month", "relday", "season"})


def separated_particle(doc: Doc, lex: Lexicon, k: int, b: int) -> bool:
    """Whether token k can be a verb's separated particle: it closes the clause (the right bracket), so it is
    not followed by an article, a preposition, a pronoun, a noun or a number ("warfen … vor dem Gebäude" is a
    preposition, "warfen der Regierung Betrug vor" the particle); no particle is followed by a time word or a
    number ("findet ab Donnerstag statt"). Otherwise only particles that can also be a preposition or an article are
    in doubt, and only where the language's setting ``particle_at_clause_end`` says so."""
    if k + 1 >= b or not lex.setting("particle_at_clause_end"):
        return True
    nxt = doc.tokens[k + 1]
    if nxt.kind == "num" or nxt.kind == "word" and (lex.time.get(doc.words[k + 1]) or ("",))[0] in DATE_KINDS:
        return False  # "findet ab Donnerstag statt", "ab 18 Uhr": a preposition of time
    if not any(lex.is_(c, doc.words[k]) for c in ("preposition", "determiner")):
        return True  # only a particle that can be a preposition or an article is in doubt ("sich" is not)
    if nxt.kind == "quote" and k + 2 < b and doc.tokens[k + 2].kind == "word":
        return False  # an opening quote: a quoted name follows the preposition ("sagte … zu \"Bloomberg\"")
    if nxt.kind in ("punct", "quote"):
        return True
    if nxt.kind != "word" or (nxt.text[:1].isupper() and lex.setting("nouns_capitalised")):
        return False
    return not any(lex.is_(c, doc.words[k + 1]) for c in ("determiner", "preposition")) and \
        doc.words[k + 1] not in lex.pronouns


def other_particle_verb(doc: Doc, lex: Lexicon, i: int, b: int) -> bool:
    """Whether the finite verb at token i has a separated particle closing its clause (``separable_prefix``), so
    that it is another verb than its bare form ("fordert … heraus" is "herausfordern", "lieferte … aus"
    "ausliefern"); not for an infinitive or participle, nor when a coordinated verb stands between ("besuchte …
    und regte an")."""
    w = doc.words[i]
    if not lex.setting("particle_at_clause_end") or bare_infinitive(lex, w) or ge_participle(lex, w):
        return False
    last = last_word(doc, i + 1, b)
    if last > i + 1 and lex.is_("separable_prefix", doc.words[last]) and separated_particle(doc, lex, last, b) \
            and not has_word(doc, lex, "coordinator", i + 1, last):
        return True
    # the particle closing the verb's own conjunct, before a coordinator ("traf am Sonntag in Quito *ein* und
    # wurde … empfangen")
    return any(lex.is_("separable_prefix", doc.words[k]) and lex.is_("coordinator", doc.words[k + 1])
               and not lex.is_("preposition", doc.words[k]) and not has_word(doc, lex, "coordinator", i + 1, k)
               for k in range(i + 2, b - 1))


def follows_common_noun(doc: Doc, lex: Lexicon, k: int, names: set[int]) -> bool:
    """Whether the preposition at token k follows a capitalised common noun that names no act (not an event
    trigger) and no actor (not in ``names``), where nouns are capitalised: the phrase it opens is that noun's
    attribute ("die Attentäter *von* Paris", "dem Flughafen *von* Beirut"; not "Kritik von Moskau")."""
    j = k - 1
    s0 = doc.sentence_tokens[doc.token_sentence[k]][0]
    return bool(lex.setting("nouns_capitalised")) and j > s0 and doc.tokens[j].kind == "word" \
        and doc.tokens[j].text[:1].isupper() and doc.words[j] not in lex.triggers and j not in names \
        and doc.words[j] not in lex.time  # "am Montag von Moskau abgelehnt": a time, the agent follows


def closing_question(doc: Doc, k: int) -> int | None:
    """The question mark that ends the sentence of token k (closing quotation marks after it aside), or None."""
    s0, s1 = doc.sentence_tokens[doc.token_sentence[k]]
    last = next((j for j in range(s1 - 1, s0 - 1, -1) if doc.tokens[j].kind != "quote"), None)
    return last if last is not None and doc.tokens[last].text == "?" else None


def own_question(doc: Doc, lex: Lexicon, t: int) -> bool:
    """Whether token t stands in a yes/no question of its own: the sentence's closing question mark ends t's stretch
    of the sentence (no comma, colon, semicolon, dash, quotation mark or other end mark between them, none before t
    in the stretch either) and no question word stands in that stretch ("Hat Russland die Stadt bombardiert?",
    "Rücktritt vom Rücktritt?"; not "Die Polizei nahm den Mann fest, aber wer hat ihn angestiftet?", "Russland
    bombardiert Aleppo – was nun?", "Warum hat Russland …?")."""
    q = closing_question(doc, t)
    if q is None or q <= t:
        return False
    s0 = doc.sentence_tokens[doc.token_sentence[t]][0]
    breaks = (",", ":", ";", "–", "—", "-", "?", "!")
    if any(doc.tokens[k].kind == "quote" or doc.tokens[k].text in breaks for k in range(t + 1, q)):
        return False
    start = next((k + 1 for k in range(t - 1, s0 - 1, -1) if doc.tokens[k].text in breaks
                  or doc.tokens[k].kind == "quote"), s0)
    return not has_word(doc, lex, "question_word", start, q)


def has_word(doc: Doc, lex: Lexicon, cls: str, a: int, b: int) -> bool:
    return any(lex.is_(cls, w) for w in doc.words[a:b])


def adjective_before_noun(doc: Doc, lex: Lexicon, j: int) -> bool:
    """Whether token j is a lowercase word with an adjective's ending (closed class ``adjective_ending``) and a
    capitalised word follows it: an inflected adjective of a German noun phrase ("manipulierter Prüfberichte",
    "junge Demonstranten")."""
    if j + 1 >= len(doc.tokens):
        return False
    adj, noun = doc.tokens[j], doc.tokens[j + 1]
    return adj.kind == "word" and adj.text[:1].islower() and doc.words[j].endswith(
        lex.endings("adjective_ending")) and noun.kind == "word" and noun.text[:1].isupper()


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks, paired opening to closing (they may span sentences);
    an apostrophe inside a word ("Russia's" is one token, "don't" likewise) is not a quote."""
    out: list[tuple[int, int]] = []
    open_at = None
    for i, t in enumerate(doc.tokens):
        if t.kind != "quote":
            continue
        ch = t.text
        if open_at is None and ch in "„“«\"‚'‹" and i + 1 < len(doc.tokens):
            if ch in "'‚" and i > 0 and doc.tokens[i - 1].end == t.start:
                continue  # an apostrophe
            open_at = i
        elif open_at is not None and ch in "“”»\"‘’›'":
            if i - open_at > 1:
                out.append((open_at + 1, i))
            open_at = None
    return out


def ceased(doc: Doc, lex: Lexicon, i: int) -> bool:
    """Whether the event at token i is what an end is asked for ("ein Ende der Luftangriffe", "die Angriffe
    müssten aufhören", "a halt to the strikes"): a word of the closed class ``cessation_word`` right before the
    event noun (a genitive between) or later in its clause. The act goes on; what is demanded is its end."""
    a, b, _kind = clause_range(doc, i)

    def cessation(j: int) -> bool:  # not "bis Ende Juni", "by the end of June"
        at = doc.tokens[j].start
        return lex.is_("cessation_word", doc.words[j]) and not any(
            t.start_char <= at < t.end_char for t in doc.times) and not any(
            w in lex.time for w in doc.words[j + 1:j + 3])
    return any(cessation(j) for j in range(max(a, i - 3), i)) or any(cessation(j) for j in range(i + 1, b))


def framing_clause(doc: Doc, lex: Lexicon, t: int, cue: int, content_start: int) -> bool:
    """Whether token t lies in an adverbial clause (of time, reason, condition: closed class
    ``adverbial_subordinator``) that a claim's content holds apart from its cue (token ``cue``; the content opens at
    token ``content_start``): the clause frames what is demanded, announced or feared, it is not part of it
    ("forderte, die Waffenruhe wiederzubeleben, *bevor* im Mai die nächste Runde der Friedensgespräche beginne")."""
    a, b, kind = doc.clauses[doc.token_clause[t]]
    if not kind.startswith("sub:") or not lex.is_("adverbial_subordinator", kind[4:]):
        return False
    return not a <= cue < b and content_start < a


def ends_in(lex: Lexicon, word: str, cls: str, stem: int = 0) -> bool:
    """Whether a noun, singular or plural, ends in a word or ending of the closed class ("Änderung",
    "Diskussionen", "Ergebnisse" in ``abstract_noun_ending``; "Gewerkschaften" in ``not_abstract_noun``), after a
    stem of at least ``stem`` letters (three for an ending: not the name "Jung")."""
    return any(word.endswith(form) and len(word) >= len(form) + stem for e in lex.endings(cls)
               for form in (e, e + "en", e + "e", e + "se", e + "sen"))


def abstract_noun(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Whether token k is a capitalised abstract noun (closed class ``abstract_noun_ending`` after a stem of three
    letters; not ``not_abstract_noun``, not a role noun): "Verwässerung", "Einigung"; not "Regierung",
    "Opposition"."""
    word = doc.words[k]
    return doc.tokens[k].text[:1].isupper() and ends_in(lex, word, "abstract_noun_ending", 3) \
        and not ends_in(lex, word, "not_abstract_noun") and lex.roles.match(doc.words, k) is None

