"""Tokens, sentences and clauses, with German ordinals, abbreviations and quotes handled.

* "am 5. März", "der 2. Weltkrieg": a number + period before a month or after an article is an
  ordinal, not a sentence end; "im Jahr 2024. Die …" ends a sentence.
* "z. B.", "Dr.", "U.S.": abbreviations from ``lang/<xx>/abbreviations.txt`` do not end sentences.
* A closing quote after the final punctuation belongs to the sentence; a line break always ends one.
"""

from __future__ import annotations

import re

from ..lang.lexicon import Lexicon
from ..model import Doc, Token
from ..pipeline import Resources
from .syntax import ge_participle

_TOKEN = re.compile(
    r"(?P<acr>(?:[A-Za-z]\.){2,})"
    r"|(?P<num>\d+(?:[.,:]\d+)*)"
    r"|(?P<word>[^\W\d_][\w]*(?:[-'’.][^\W_][\w]*)*(?:-(?=\s))?)"
    r"|(?P<ell>\.\.\.|…)"
    r"|(?P<other>\S)"
)
QUOTES = set("\"„“”«»‚‘’'‹›")
OPENING = set("„“«‚‹(\"[")
CLOSING = set("“”»‘’›)\"]'")
WEB_PARTS = {"www", "com", "de", "org", "net", "info", "eu", "at", "ch"}  # a word with one is a web address
TERMINAL = {".", "!", "?", "…", "..."}
#: A dash, en dash or em dash standing as a word.
DASHES = frozenset({"–", "—", "-"})
CLAUSE_BREAKS = {",", ";", ":", "(", ")", *DASHES}


def tokenize(text: str) -> list[Token]:
    """Split text into tokens with character offsets (whitespace is dropped)."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        s = m.group()
        if kind == "word" and "." in s and not _dotted_ok(s):
            # "Ende.Die" (missing space): words and the periods between them
            pos = m.start()
            for k, part in enumerate(s.split(".")):
                if k:
                    out.append(Token(pos, pos + 1, ".", "punct"))
                    pos += 1
                if part:
                    out.append(Token(pos, pos + len(part), part, "word"))
                    pos += len(part)
            continue
        if kind in ("acr", "word"):
            kind = "word"
        elif kind == "num":
            kind = "num"
        elif s in QUOTES:
            kind = "quote"
        else:
            kind = "punct"
        out.append(Token(m.start(), m.end(), s, kind))
    return out


def _dotted_ok(word: str) -> bool:
    """Periods inside a word token are fine for web addresses and initials such as "z.B"."""
    parts = word.split(".")
    return all(len(p) <= 2 for p in parts) or any(p.lower() in WEB_PARTS for p in parts)


def _is_boundary(tokens: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """Whether the terminal punctuation at ``tokens[i]`` ends a sentence."""
    tok = tokens[i]
    j = i + 1
    while j < len(tokens) and tokens[j].text in CLOSING:
        j += 1
    if j >= len(tokens):
        return True
    nxt = tokens[j]
    if tok.text != ".":
        return nxt.text[:1].isupper() or nxt.kind in ("num", "quote") or nxt.text in OPENING
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.end == tok.start:
        low = prev.text.lower()
        if prev.kind == "word" and (low in lex.abbreviations or low.rstrip(".") in lex.abbreviations):
            return False
        if prev.kind == "word" and len(prev.text) == 1 and prev.text.isupper():
            return False  # an initial: "J. Smith"
        if prev.kind == "num" and _ordinal(tokens, i, lex):
            return False
    if "\n" in text[tok.end:nxt.start]:
        return True
    return nxt.text[:1].isupper() or nxt.kind == "num" or nxt.text in OPENING or nxt.kind == "quote"


def _ordinal(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """"5." before a month, or after an article/preposition with a short number, is an ordinal."""
    num = tokens[i - 1]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and lex.time.get(nxt.text.lower(), ("",))[0] == "month":
        return True
    if nxt is not None and nxt.text[:1].islower():
        return True
    before = tokens[i - 2].text.lower() if i >= 2 else ""
    return len(num.text) <= 3 and lex.is_("ordinal_context", before)


def _quote_open(tokens: list[Token], i: int, is_open: bool) -> bool:
    """Whether a quotation is open after token i, given whether one was before it (pairing as in
    ``syntax.quote_spans``: an opening mark opens one, the next closing mark closes it; an apostrophe in a word
    is no quote)."""
    t = tokens[i]
    if t.kind != "quote":
        return is_open
    if not is_open and t.text in "„“«\"‚'‹" and i + 1 < len(tokens):
        return not (t.text in "'‚" and i > 0 and tokens[i - 1].end == t.start)
    if is_open and t.text in "“”»\"‘’›'":
        return False
    return is_open


def sentences(tokens: list[Token], text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Token index ranges [start, end) of sentences."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(tokens)
    i = 0
    quoted = False  # inside a quotation
    while i < n:
        tok = tokens[i]
        if i > start and "\n" in text[tokens[i - 1].end:tok.start]:
            out.append((start, i))
            start = i
        quoted = _quote_open(tokens, i, quoted)
        if tok.text in TERMINAL and _is_boundary(tokens, i, text, lex):
            j = i + 1
            # closing marks right after the punctuation, and a closing quotation mark after a space that closes an
            # open quotation ("„ Wir sind bereit . “", as in tokenised text)
            while j < n and tokens[j].text in CLOSING and (tokens[j].start == tokens[j - 1].end or (
                    quoted and tokens[j].kind == "quote" and "\n" not in text[tokens[j - 1].end:tokens[j].start])):
                quoted = _quote_open(tokens, j, quoted)
                j += 1
            out.append((start, j))
            start = j
            i = j
            continue
        i += 1
    if start < n:
        out.append((start, n))
    return out


def clauses(tokens: list[Token], sent: tuple[int, int], lex: Lexicon) -> list[tuple[int, int, str]]:
    """Clause-like chunks of a sentence: token ranges split at commas/colons/dashes, with a kind."""
    out: list[tuple[int, int, str]] = []
    s, e = sent
    start = s
    inside = _short_parentheticals(tokens, s, e)
    for i in range(s, e + 1):
        if i < e and (i in inside or _attached_dash(tokens, i, s, e)):
            continue
        if i < e and tokens[i].text == "," and (_noun_list_comma(tokens, i, e, lex, start)
                                                 or _genitive_list_comma(tokens, i, e, lex)):
            continue
        if i == e or tokens[i].text in CLAUSE_BREAKS:
            if i > start:
                out.append((start, i, _clause_kind(tokens, start, i, s, lex)))
            start = i + 1
        elif i > start + 1 and _opens_clause(tokens, i, lex):
            out.append((start, i, _clause_kind(tokens, start, i, s, lex)))
            start = i
    return out


MAX_PARENTHETICAL = 10  # tokens inside "( … )" that stay in their clause: "Ministerin X (SPD) sagte"
NOUN_LIST_REACH = 6  # tokens after a comma within which a German noun list reaches its coordinator
GENITIVE_ITEM_REACH = 6  # tokens of one item of a list of genitives after its article and noun
#: closed classes of finite verbs that, right after a list's last noun, make the list the subject of a new clause
LIST_END_VERBS = ("aux_perfect", "aux_passive", "future_aux", "hypothetical", "planning_modal")


def _noun_list_comma(tokens: list[Token], i: int, e: int, lex: Lexicon, start: int) -> bool:
    """Whether the comma at token i separates nouns of a German list that a coordinator closes, no clauses: a noun
    before it, and after it only nouns and adjectives before their noun (no article: that is an apposition) up to
    "und"/"sowie"/"oder" and a last noun phrase that no verb of a clause of its own follows (:func:`_list_ends`):
    "werden Aktenfälschung, Geldwäsche sowie Beteiligung an Steuerhinterziehung vorgeworfen", "hat Deutschland,
    Frankreich und Italien scharf kritisiert"; not "Die Polizei räumte das Lager, Demonstranten und Anwohner
    protestierten dagegen")."""
    if not lex.setting("nouns_capitalised") or i + 2 >= e or tokens[i - 1].kind != "word" \
            or not tokens[i - 1].text[:1].isupper() or not (tokens[i + 1].text[:1].isupper() or i >= 2 and (
                _adjective_before_noun(tokens, i - 2, lex) and _adjective_before_noun(tokens, i + 1, lex))):
        return False  # a next item with an adjective only after one with an adjective ("gewerbsmäßiger Betrug, schwere
        # Geldwäsche und …"; not the apposition "Karl Beispiel, kanadischer General und Kommandeur")
    for k in range(i + 1, min(e - 1, i + 1 + NOUN_LIST_REACH)):
        w = tokens[k].text
        low = w.lower()
        if lex.is_("coordinator", low):
            m = k + 2 if k + 2 < e and lex.is_("determiner", tokens[k + 1].text.lower()) else k + 1  # "und der Ukraine"
            if k == i + 1 or tokens[m].kind != "word" or not tokens[m].text[:1].isupper():
                return False
            if not any(_verb_like(tokens, j, lex) for j in range(start, i)):
                return True  # a list before its clause's verb: "Slowenien, Kroatien und Mazedonien haben …"
            return not _new_clause_verb(tokens, m, e, lex) and (
                _after_preposition(tokens, i, start, lex) or _list_ends(tokens, m, e, lex))
            # after a verb: a list in a prepositional phrase ("mit Messern, Autos oder …") or one the clause ends with
        if tokens[k].kind != "word" or any(lex.is_(c, low) for c in ("subordinator", "relative", "determiner")):
            return False  # a phrase with an article of its own is an apposition ("Steinhart, Obmann der …")
        if not w[:1].isupper() and not _adjective_before_noun(tokens, k, lex):
            return False
    return False


def _genitive_list_comma(tokens: list[Token], i: int, e: int, lex: Lexicon) -> bool:
    """Whether the comma at token i joins items of a list of genitives: a noun before it and an article after it that
    only a genitive takes (closed class ``genitive_only_article``: "werden des Diebstahls, *des* illegalen Zugriffs
    auf ein Computersystem und des Bruchs der Schweigepflicht beschuldigt"); no clause opens with one."""
    if i < 1 or i + 2 >= e or tokens[i - 1].kind != "word" or not tokens[i - 1].text[:1].isupper():
        return False
    nxt = tokens[i + 1].text.lower()
    if lex.is_("genitive_only_article", nxt):
        return True
    # an article that may also be a relative pronoun ("der Weitergabe von Geschäftsgeheimnissen") continues the list
    # only where the list goes on after its phrase: a comma and a genitive-only article, or a coordinator and a
    # genitive article ("…, der Weitergabe von Geschäftsgeheimnissen, des Bruchs …"; not "des Ministers, der Russland
    # kritisierte")
    if not (lex.genitive_article(nxt) and tokens[i + 2].text[:1].isupper()):
        return False
    for k in range(i + 3, min(e - 1, i + 3 + GENITIVE_ITEM_REACH)):
        low = tokens[k].text.lower()
        if tokens[k].text == ",":
            return lex.is_("genitive_only_article", tokens[k + 1].text.lower())
        if lex.is_("coordinator", low):
            return lex.genitive_article(tokens[k + 1].text.lower())
        if _verb_like(tokens, k, lex):
            return False  # a clause of its own: "des Ministers, der Russland kritisierte und der Ukraine half"
    return False


def _adjective_before_noun(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether token k is a lower-case word with an adjective's ending right before a capitalised word ("schwere
    Geldwäsche")."""
    return tokens[k].kind == "word" and k + 1 < len(tokens) and tokens[k].text[:1].islower() \
        and tokens[k].text.lower().endswith(lex.endings("adjective_ending") or ("\0",)) \
        and tokens[k + 1].text[:1].isupper()


def _verb_like(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether token j may be a verb: a lower-case word that is no article, preposition, coordinator, time or number
    word and no adjective right before a capitalised noun ("In Berlin", "Aus Protest gegen die neue Regierung" hold
    none; "Der Präsident entließ den Minister" does)."""
    low = tokens[j].text.lower()
    if tokens[j].kind != "word" or not tokens[j].text[:1].islower() or low in lex.time or low in lex.numbers or any(
            lex.is_(c, low) for c in ("determiner", "preposition", "coordinator")):
        return False
    return not (_adjective_before_noun(tokens, j, lex) and low not in lex.triggers)


def _new_clause_verb(tokens: list[Token], k: int, e: int, lex: Lexicon) -> bool:
    """Whether a finite auxiliary or a past form follows the last conjunct of a list starting at token k: the list
    is the subject of a clause of its own ("im Ausstand, Straßen- und Eisenbahnlinien werden blockiert",
    "…, Demonstranten und Anwohner protestierten dagegen")."""
    while k < e and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
        k += 1
    if k >= e or tokens[k].kind != "word":
        return False
    first = tokens[k].text.lower()
    nxt = tokens[k + 1] if k + 1 < e else None
    return any(lex.is_(c, first) for c in LIST_END_VERBS) or first.endswith(
        lex.endings("weak_past_ending") or ("\0",)) and nxt is not None and nxt.kind == "word" \
        and not nxt.text[:1].isupper()  # not an adjective ("verübten Angriffen") nor a verb closing it ("warten")


def _after_preposition(tokens: list[Token], i: int, start: int, lex: Lexicon) -> bool:
    """Whether the noun before the comma at token i opens its list in a prepositional phrase: a preposition before it,
    its article and adjectives between ("mit Messern, …", "auf Weihnachtsgeld, …")."""
    j = i - 2
    while j >= start and tokens[j].kind == "word" and tokens[j].text[:1].islower() and not lex.is_(
            "preposition", tokens[j].text.lower()):
        j -= 1  # an article, adjectives
    return j >= start and lex.is_("preposition", tokens[j].text.lower())


def _list_ends(tokens: list[Token], k: int, e: int, lex: Lexicon) -> bool:
    """Whether the last conjunct of a noun list, starting at token k, ends with the clause: after its words and
    prepositional phrases ("Beteiligung an Steuerhinterziehung") comes the clause's end or lower-case words up to it
    that a participle, an auxiliary or a subjunctive closes ("… und Steuerhinterziehung vorgeworfen", "… scharf
    kritisiert", "… zurückschicken könne"), no verb with an object of its own."""
    while k < e and tokens[k].kind == "word" and (tokens[k].text[:1].isupper() or (
            lex.is_("preposition", tokens[k].text.lower()) or lex.is_("determiner", tokens[k].text.lower()))):
        k += 1
    if k >= e or tokens[k].kind != "word":
        return True
    last = k
    while last + 1 < e and tokens[last + 1].kind == "word":
        if tokens[last + 1].text[:1].isupper():
            return False  # a verb with its object: a clause of its own ("…, Hamas und Hisbollah feuerten Raketen")
        last += 1
    low = tokens[last].text.lower()
    return ge_participle(lex, low) or low.endswith(lex.endings("participle_ending") or ("\0",)) or any(
        lex.is_(c, low) for c in (*LIST_END_VERBS, "subjunctive"))  # not "… zogen sich zurück"


def _attached_dash(tokens: list[Token], i: int, s: int, e: int) -> bool:
    """A hyphen or dash with no space on either side ("84-jährige", "1997–2005") joins words, it breaks nothing."""
    return (tokens[i].text in ("-", "–") and s < i < e - 1
            and tokens[i - 1].end == tokens[i].start and tokens[i].end == tokens[i + 1].start)


def _short_parentheticals(tokens: list[Token], s: int, e: int) -> set[int]:
    """Token indexes of short parentheses and their content ("(SPD)", "(IAEO)", "(Awoda, dt. etwa Arbeiterpartei)"):
    they stay in their clause; a comma inside one separates no clauses of the sentence."""
    out: set[int] = set()
    i = s
    while i < e:
        if tokens[i].text == "(":
            close = next((j for j in range(i + 1, min(e, i + MAX_PARENTHETICAL + 2)) if tokens[j].text == ")"), None)
            if close is not None and not any(tokens[j].text in CLAUSE_BREAKS - {","} for j in range(i + 1, close)):
                out.update(range(i, close + 1))
                i = close
        i += 1
    return out


def _opens_clause(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Conjunctions that open a clause without a comma before them (closed class ``clause_opener``; English:
    "… detain dozens as thousands rally", "… if the United States attacked"; German sets clauses off by
    commas and leaves the class empty)."""
    w = tokens[i].text.lower()
    if not lex.is_("clause_opener", w):
        return False
    nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    if lex.is_("comparison_opener", w) and (lex.is_("not_clause_after", nxt) or lex.is_(
            "not_clause_before", tokens[i - 1].text.lower())):
        return False  # "as well as", "as part of", "such as": a comparison, no clause
    return tokens[i + 1].kind == "word" if i + 1 < len(tokens) else False


def _clause_kind(tokens: list[Token], start: int, end: int, sent_start: int, lex: Lexicon) -> str:
    first = next((t for t in tokens[start:end] if t.kind == "word"), None)
    if first is None:
        return "main"
    low = first.text.lower()
    if lex.is_("subordinator", low):
        return "sub:" + low
    if start > sent_start and lex.is_("relative", low) and not _after_dateline(tokens, start, sent_start):
        return "rel"
    if start > sent_start and lex.is_("preposition", low) and _relative_after_preposition(tokens, start, end, lex):
        return "rel"  # "ein Apotheker, gegen den die Staatsanwaltschaft ermittelt"
    return "main"


def _relative_after_preposition(tokens: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """Whether the clause at ``start`` opens with a preposition and a relative pronoun: a word of the closed class
    ``relative`` that is no article of the word after it, because no capitalised word follows it ("gegen *den* die
    Staatsanwaltschaft ermittelt", "mit *dem* er verhandelte", "against *whom* the prosecutors"; not "gegen den
    Willen der Regierung"), or a relative possessive (``relative_possessive``: "gegen *dessen* Regierung")."""
    after = tokens[start + 1:min(end, start + 3)]
    if not after or after[0].kind != "word":
        return False
    low = after[0].text.lower()
    if lex.is_("relative_possessive", low):
        return True
    nxt = after[1] if len(after) > 1 else None
    return lex.is_("relative", low) and nxt is not None and nxt.kind == "word" and not nxt.text[:1].isupper()


DATELINE_WORDS = 3  # capitalised words of a dateline before its dash ("Innsbruck –", "Den Haag –")


def _after_dateline(tokens: list[Token], start: int, sent_start: int) -> bool:
    """Whether the clause opens after a dateline, a few capitalised words and a dash at the start of the sentence
    ("Innsbruck – Die Tiroler Polizei hat …"): a main clause, whose first word is an article."""
    dash = start - 1
    return tokens[dash].text in DASHES and 0 < dash - sent_start <= DATELINE_WORDS and all(
        t.kind == "word" and t.text[:1].isupper() for t in tokens[sent_start:dash])


def _keep_case_of_names(doc: Doc, sents: list[tuple[int, int]], lex: Lexicon) -> None:
    """A word of the closed class ``cased_homograph`` written with a capital inside a sentence is a name, and keeps
    its case among the words ("in May", "on 3 May", "Theresa May": the month and the name, not the modal "may"),
    unless a capitalised word follows, as in a headline's title case ("Iran May Strike Israel")."""
    cased = lex.closed.get("cased_homograph")
    if not cased:
        return
    for a, b in sents:
        for i in range(a + 1, b):
            nxt = doc.tokens[i + 1] if i + 1 < b else None
            if doc.words[i] in cased and doc.tokens[i].text[:1].isupper() and doc.tokens[i - 1].kind in (
                    "word", "num") and not (nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper()):
                doc.words[i] = doc.tokens[i].text  # not in a title's capitals: "Iran May Strike Israel"


class Segmenter:
    name = "segment"
    requires = ("text", "lang")
    assigns = ("tokens", "words", "sentences", "clauses", "token_clause")

    def __call__(self, doc: Doc, res: Resources) -> None:
        lex = res.lex(doc.lang)
        doc.tokens = tokenize(doc.text)
        doc.words = [t.text.lower() for t in doc.tokens]
        doc.token_starts = [t.start for t in doc.tokens]
        sents = sentences(doc.tokens, doc.text, lex)
        _keep_case_of_names(doc, sents, lex)
        doc.sentence_tokens = sents
        doc.sentences = [(doc.tokens[a].start, doc.tokens[b - 1].end) for a, b in sents]
        doc.token_sentence = [0] * len(doc.tokens)
        doc.clauses = []
        for k, (a, b) in enumerate(sents):
            for i in range(a, b):
                doc.token_sentence[i] = k
            doc.clauses.extend(clauses(doc.tokens, (a, b), lex))
        doc.token_clause = [-1] * len(doc.tokens)
        for c, (a, b, _kind) in enumerate(doc.clauses):
            for i in range(a, b):
                doc.token_clause[i] = c
