"""Quantities: amounts with bounds and units ("bis zu 12.000 Soldaten" = at most 12,000 personnel).

An amount is digits (German "12.000"/"1,5", English "12,000"/"1.5"), number words, or a vague
amount ("Dutzende", "Tausende", "hundreds of") with an optional scale ("1,5 Millionen",
"$1.2 billion"); a bound phrase before it (``bounds.tsv``) sets min/max; a unit noun after it
(``units.tsv``, up to two adjectives in between) says what is counted. Amounts without a unit
are not reported (a bare number says nothing about the situation), nor is a year after a time word
("im Jahr 2024 starben viele Menschen"). "ein Soldat"/"a soldier" is an article, not a count; "one
soldier" and "1 Soldat" are counts. An unquantified amount with a vague adjective ("schwere Verluste",
"heavy losses") is kept with no numbers.
"""

from __future__ import annotations

import math
import re

from ..model import Doc, Quantity
from ..pipeline import Resources
from .times import year_context

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP"}


def parse_number(text: str, lang: str) -> float | None:
    """Digits in the conventions of a language: de "12.000,5", en "12,000.5"; groups of three win."""
    if not _DIGITS.match(text):
        return None
    thousands, decimal = (".", ",") if lang == "de" else (",", ".")
    parts = text.split(thousands)
    if len(parts) > 1 and all(len(p.split(decimal)[0]) == 3 for p in parts[1:]):
        text = "".join(parts)  # "12.000" (de), "12,000" (en), "1.234,5" (de)
    elif thousands in text and decimal not in text and text.count(thousands) == 1:
        # "1.5" in German or "1,5" in English: read as a decimal in the other convention
        text = text.replace(thousands, ".")
        value = float(text)
        return value if math.isfinite(value) else None
    text = text.replace(decimal, ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class _Finder:
    def __init__(self, doc: Doc, res: Resources):
        self.doc, self.lex = doc, res.lex(doc.lang)
        self.words = doc.words
        self.out: list[Quantity] = []

    def amount(self, i: int) -> tuple[int, float | None, float | None, float | None, str | None] | None:
        """(next token, value, min, max, currency) of an amount starting at token i."""
        words, toks = self.words, self.doc.tokens
        currency = None
        j = i
        s1 = self.doc.sentence_tokens[self.doc.token_sentence[i]][1]
        if toks[j].text in CURRENCY_SIGNS and j + 1 < s1:
            currency = CURRENCY_SIGNS[toks[j].text]
            j += 1
        value = lo = hi = None
        if toks[j].kind == "num":
            value = parse_number(toks[j].text, self.doc.lang)
            if value is None or (currency is None and year_context(self.lex, words, j)):
                return None  # "im Jahr 2024 starben viele Menschen": a year, not 2024 people
            j += 1
        else:
            w, size = self._number_words(j)
            num = self.lex.numbers.get(w)
            if num is None or (num[3] and (num[0] or 0) >= 1e6):
                return None  # "Millionen Menschen" is not one million; a bare "hundert"/"dozen" is the number
            if num[0] is not None:
                if w in ("ein", "eine", "einen", "einem", "einer", "a", "an") and not self._scale_next(j):
                    return None  # an article, not an amount
                value = num[0]
            else:
                lo, hi = num[1], num[2]
            j += size
            if j < len(words) and words[j] == "of" and value is None:
                j += 1  # "hundreds of"
        if j < len(words):
            sc = self.lex.numbers.get(words[j])
            if sc is not None and sc[3] and sc[0]:
                if value is not None:
                    value *= sc[0]
                elif lo is not None:
                    lo, hi = lo * sc[0], (hi * sc[0] if hi else None)
                j += 1
                sent = self.doc.token_sentence
                if j + 1 < len(words) and words[j] == "." and toks[j].start == toks[j - 1].end \
                        and sent[j + 1] == sent[j]:
                    j += 1  # "5 Mio. Euro": the period of an abbreviated scale, not a sentence end
        return j, value, lo, hi, currency

    def _number_words(self, j: int) -> tuple[str, int]:
        """The longest number phrase at token j ("tens of thousands", "a few") and its length in tokens."""
        for size in (3, 2):
            phrase = " ".join(self.words[j:j + size])
            if phrase in self.lex.numbers and all(t.kind == "word" for t in self.doc.tokens[j:j + size]):
                return phrase, size
        return self.words[j], 1

    def _scale_next(self, j: int) -> bool:
        nxt = self.words[j + 1] if j + 1 < len(self.words) else ""
        sc = self.lex.numbers.get(nxt)
        return bool(sc and sc[3])

    def unit(self, j: int, limit: int) -> tuple[int, str, str | None, str] | None:
        """(token after the unit, unit, currency, kind) within two adjective tokens of j."""
        for k in range(j, min(j + 3, limit)):
            m = self.lex.units.match(self.words, k)
            if m is None and "-" in self.words[k]:
                m = self.lex.units.match([self.words[k].rsplit("-", 1)[1]], 0)  # "Patriot-Systeme", "US-Soldaten"
                m = (1, m[1]) if m is not None else None
            if m is None:
                m = self.compound_unit(k)
            if m is not None:
                return k + m[0], m[1][0], m[1][1], m[1][2]
            tok = self.doc.tokens[k]
            if tok.kind != "word" or (tok.text[:1].isupper() and self.lex.setting("nouns_capitalised")):
                return None
            if self.lex.is_("preposition", self.words[k]) or self.lex.is_("determiner", self.words[k]):
                return None  # "two of the dead", "zwei der Toten" count a part, not the dead
        return None

    def compound_unit(self, k: int):
        """German compounds ending in a unit noun: "Militärflugzeuge", "Kriegsschiffe"."""
        tok = self.doc.tokens[k]
        w = self.words[k]
        if not self.lex.setting("compound_nouns") or tok.kind != "word" or not tok.text[:1].isupper() or len(w) < 9:
            return None
        for cut in range(3, len(w) - 4):
            m = self.lex.units.match([w[cut:]], 0)
            if m is not None and m[0] == 1:
                return 1, m[1]
        return None

    def run(self) -> list[Quantity]:
        doc, words = self.doc, self.words
        i = 0
        n = len(words)
        while i < n:
            s1 = doc.sentence_tokens[doc.token_sentence[i]][1]
            bound = self.lex.bounds.match(words, i)
            start = i
            j = i
            kind, strict = None, False
            if bound is not None:
                kind, strict = bound[1]
                j = i + bound[0]
                if j >= s1:
                    i += 1
                    continue
            got = self.amount(j) if j < s1 else None
            if got is None and bound is not None:  # "some ships": the bound word is itself a vague amount
                got = self.amount(i)
                if got is not None:
                    kind, strict = None, False
            if got is None:
                got_vague = self.vague(i, s1) if bound is None else None
                i = got_vague or i + 1
                continue
            after, value, lo, hi, currency = got
            u = self.unit(after, s1)
            if u is None and currency is None:
                i += 1
                continue
            end, unit, cur2, kind_of = u if u is not None else (after, "money", None, "money")
            currency = currency or cur2
            if unit in ("people", "personnel"):
                refined = self.refined(start, end, s1)
                if refined:
                    unit = kind_of = refined
            approx = kind == "approx"
            if value is not None and kind in ("max", "min"):
                step = 1 if strict and value == int(value) and unit != "money" else 0
                if kind == "max":
                    lo, hi, value = None, value - step, None
                else:
                    lo, hi, value = value + step, None, None
            a, b = doc.tokens[start].start, doc.tokens[end - 1].end
            self.out.append(Quantity("", a, b, doc.text[a:b], lo, hi, value, unit, doc.token_sentence[start],
                                     currency=currency, approximate=approx or (value is None and lo is not None),
                                     head_start=end - 1, kind=kind_of))
            i = end
        return self.out

    def refined(self, start: int, end: int, s1: int) -> str | None:
        """What happened to counted people, from a word just before or after ("41 people were arrested")."""
        s0 = self.doc.sentence_tokens[self.doc.token_sentence[start]][0]
        for ks in (range(end, min(end + 4, s1)), range(start - 1, max(start - 3, s0) - 1, -1)):
            for k in ks:  # each direction stops at its own punctuation
                m = self.lex.unit_context.match(self.words, k)
                if m is not None:
                    return m[1]
                if self.doc.tokens[k].kind != "word":
                    break
        return None

    def vague(self, i: int, s1: int) -> int | None:
        """"schwere Verluste": an unquantified amount; returns the next token or None."""
        if not self.lex.is_("vague_amount_adj", self.words[i]):
            return None
        u = self.unit(i + 1, s1)
        if u is None or u[1] not in ("dead", "injured", "casualties"):
            return None
        end = u[0]
        doc = self.doc
        a, b = doc.tokens[i].start, doc.tokens[end - 1].end
        self.out.append(Quantity("", a, b, doc.text[a:b], None, None, None, u[1], doc.token_sentence[i],
                                 approximate=True, head_start=end - 1, kind=u[3]))
        return end


class QuantityExtractor:
    name = "quantities"
    requires = ("tokens", "words", "sentences")
    assigns = ("quantities",)

    def __call__(self, doc: Doc, res: Resources) -> None:
        doc.quantities = _Finder(doc, res).run()
        for k, q in enumerate(doc.quantities, 1):
            q.id = f"Q{k}"
