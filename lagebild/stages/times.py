"""Time expressions normalised against the publication date.

Recognised (German and English, words from ``lang/<xx>/time.tsv``): full dates ("5. März 2024",
"March 5, 2024", "5.3.2024", "2024-03-05"), day + month ("am 5. März"), month + year ("März
2024"), month alone, years ("im Jahr 2024", "2024"), year ranges ("2022 bis 2024", "from 2022
to 2024"), decades ("in den 1990er Jahren"), weekdays ("am Montag", "on Tuesday"; the past one,
or the next one in a future clause), relative days ("gestern"), "vor drei Tagen"/"three days
ago", "vergangene Woche"/"last month"/"next year", and "Anfang/Mitte/Ende" + month/year ("Ende Januar",
"mid-2023"), and spans from a time the narrative tells ("drei Tage später", "two weeks earlier", kept with start/end
null). A month without a year lies from nine months before to two after publication. A year-like
number before a counted noun ("2000 weitere Soldaten") is an amount unless a time word precedes it
("im Jahr 2024 starben viele Menschen"). Without a publication date, relative expressions are kept
with start/end null.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from ..lang.lexicon import Lexicon
from ..model import Doc, TimeExpr
from ..pipeline import Resources

YEAR_MIN, YEAR_MAX = 1800, 2100


YEAR_WORDS = frozenset({"im", "in", "seit", "bis", "ab", "jahr", "jahre", "jahres", "year", "since", "until", "during"})


def _is_year(text: str) -> bool:
    return text.isascii() and text.isdecimal() and len(text) == 4 and YEAR_MIN <= int(text) <= YEAR_MAX


def year_context(lex: Lexicon, words: list[str], i: int) -> bool:
    """Whether a year-like number at token i is a year by the word before it ("im Jahr 2024 starben viele
    Menschen", "seit 2022", "Mitte 2023"), even when a counted noun follows it."""
    if i == 0 or not _is_year(words[i]):
        return False
    prev = words[i - 1]
    return prev in YEAR_WORDS or lex.time.get(prev, ("", ""))[0] in ("month", "part")


def month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _part(rng: tuple[date, date], part: str) -> tuple[date, date]:
    a, b = rng
    span = (b - a).days + 1
    third = max(span // 3, 1)
    if part == "early":
        return a, a + timedelta(days=third - 1)
    if part == "mid":
        return a + timedelta(days=third), b - timedelta(days=third)
    return b - timedelta(days=third - 1), b


class _Finder:
    def __init__(self, doc: Doc, res: Resources):
        self.doc = doc
        self.lex = res.lex(doc.lang)
        self.words = [w.lower() for w in doc.words]  # names keep their case among the words ("in May")
        self.pub = doc.published
        self.out: list[TimeExpr] = []

    def kind(self, i: int) -> tuple[str, str] | None:
        if i < 0 or i >= len(self.words):
            return None
        return self.lex.time.get(self.words[i])

    def number(self, i: int) -> int | None:
        if 0 <= i < len(self.words):
            w = self.words[i]
            if w.isdecimal():
                return int(w)
            val = self.lex.numbers.get(w)
            if val and val[0] is not None and not val[3]:
                return int(val[0])
        return None

    def future(self, i: int) -> bool:
        """A future marker ("will", "plant") in the clause of token i — or in the clause that governs a
        subordinate one ("expect … before the meeting ends on Friday") —, or "wird/werden" with a final infinitive."""
        for a, b, kind in self.doc.clauses:
            if a <= i < b:
                words = self.words[a:b]
                if kind.startswith("sub:"):
                    s0 = self.doc.sentence_tokens[self.doc.token_sentence[a]][0]
                    words = self.words[s0:b]  # the governing clauses before it in the sentence
                if any(self.lex.is_("future", w) for w in words):
                    return True
                if not any(self.lex.is_("future_aux", w) for w in words):
                    return False
                last = next((self.words[k] for k in range(b - 1, a - 1, -1) if self.doc.tokens[k].kind == "word"), "")
                return last.endswith(("en", "ln", "rn")) and not last.startswith("ge") and "ge" not in last[2:5]
        return False

    def abbr_dot(self, j: int) -> int:
        """Skip the period of an abbreviated month ("Dec. 13", "5. Sept. 2024") when a number follows it."""
        if j + 1 < len(self.words) and self.words[j] == "." and self.doc.tokens[j + 1].kind == "num" \
                and self.doc.token_sentence[j] == self.doc.token_sentence[j + 1]:
            return j + 1
        return j

    def with_preposition(self, i: int) -> int:
        """Start a month expression at a preceding "im"/"in" ("im Mai", "in March 2024")."""
        return i - 1 if i > 0 and self.words[i - 1] in ("im", "in") else i

    def emit(self, a: int, b: int, start: date | None, end: date | None, precision: str,
             relative: bool = False) -> int:
        doc = self.doc
        s, e = doc.tokens[a].start, doc.tokens[b - 1].end
        self.out.append(TimeExpr("", s, e, doc.text[s:e], start.isoformat() if start else None,
                                 end.isoformat() if end else None, precision, doc.token_sentence[a], relative))
        return b

    def guess_year(self, month: int) -> int | None:
        """The year of a month named without one: from nine months before to two after publication."""
        if self.pub is None:
            return None
        if month > self.pub.month + 2:
            return self.pub.year - 1
        if month < self.pub.month - 9:
            return self.pub.year + 1
        return self.pub.year

    def at(self, i: int) -> int | None:
        """Try every pattern at token i; return the token after the match, or None."""
        w = self.words[i]
        tok = self.doc.tokens[i]
        k = self.kind(i)
        # "drei Tage später", "Siebzig Jahre später", "two weeks earlier": a span from a time the narrative tells
        k1, k2 = self.kind(i + 1), self.kind(i + 2)
        if self.number(i) is not None and k1 and k1[0] == "relunit" and k2 and k2[0] == "narrative":
            return self.emit(i, i + 3, None, None, k1[1], True)
        # 2024-03-05 / 5.3.2024
        if tok.kind == "num" and tok.text.count(".") == 2:
            d, m, y = tok.text.split(".")
            if d.isdecimal() and m.isdecimal() and _is_year(y):
                try:
                    day = date(int(y), int(m), int(d))
                    return self.emit(i, i + 1, day, day, "day")
                except ValueError:
                    return None
        if tok.kind == "num" and _is_year(w) and i + 4 < len(self.words) and self.words[i + 1] == "-" \
                and self.words[i + 2].isdecimal() and self.words[i + 3] == "-" and self.words[i + 4].isdecimal():
            try:
                day = date(int(w), int(self.words[i + 2]), int(self.words[i + 4]))
                return self.emit(i, i + 5, day, day, "day")
            except ValueError:
                return None
        # "5. März 2024", "5 March 2024", "am 5. März"
        if tok.kind == "num" and w.isdecimal() and 1 <= int(w) <= 31:
            j = i + 1
            if j < len(self.words) and self.words[j] == ".":
                j += 1
            km = self.kind(j)
            if km and km[0] == "month" and self.doc.tokens[j].text[:1].isupper():
                month = int(km[1])
                end = self.abbr_dot(j + 1)
                year = int(self.words[end]) if end < len(self.words) and _is_year(self.words[end]) else None
                if year is not None:
                    end += 1
                else:
                    end = j + 1
                    year = self.guess_year(month)
                if year is None:
                    return self.emit(i, end, None, None, "day", True)
                try:
                    day = date(year, month, int(w))
                except ValueError:
                    return None
                return self.emit(i, end, day, day, "day", relative=end == j + 1)
        # "mid-2023", "mid-March": one token in English
        if tok.kind == "word" and "-" in w:
            head, _, tail = tok.text.partition("-")
            kh, kt = self.lex.time.get(head.lower()), self.lex.time.get(tail.lower())
            if kh and kh[0] == "part" and _is_year(tail):
                y = int(tail)
                a, b = _part((date(y, 1, 1), date(y, 12, 31)), kh[1])
                return self.emit(i, i + 1, a, b, "range")
            if kh and kh[0] == "part" and kt and kt[0] == "month" and tail[:1].isupper():
                return self.part_month(i, i + 1, kh[1], int(kt[1]))
        if k is None:
            return self.plain_year(i)
        kind, value = k
        if kind == "month":
            month = int(value)
            if not tok.text[:1].isupper():
                return None
            # "March 5, 2024", "Dec. 13"
            d = self.abbr_dot(i + 1)
            if d < len(self.words) and self.words[d].isdecimal() and 1 <= int(self.words[d]) <= 31:
                end = d + 1
                if end < len(self.words) and self.words[end] == ",":
                    end += 1
                year = int(self.words[end]) if end < len(self.words) and _is_year(self.words[end]) else None
                end = end + 1 if year is not None else d + 1
                guessed = year is None
                year = year or self.guess_year(month)
                if year is None:
                    return self.emit(i, end, None, None, "day", True)
                try:
                    day = date(year, month, int(self.words[d]))
                except ValueError:
                    return None
                return self.emit(i, end, day, day, "day", guessed)
            if i + 1 < len(self.words) and _is_year(self.words[i + 1]):
                a, b = month_range(int(self.words[i + 1]), month)
                return self.emit(self.with_preposition(i), i + 2, a, b, "month")
            if w == "mai" or (i > 0 and self.words[i - 1] in ("im", "in", "seit", "bis", "ab", "since", "until", "by")):
                year = self.guess_year(month)
                start = self.with_preposition(i)
                if year is None:
                    return self.emit(start, i + 1, None, None, "month", True)
                a, b = month_range(year, month)
                return self.emit(start, i + 1, a, b, "month", True)
            return None
        if kind == "part":
            k2 = self.kind(i + 1)
            if k2 and k2[0] == "month" and self.doc.tokens[i + 1].text[:1].isupper():
                return self.part_month(i, i + 2, value, int(k2[1]))
            if i + 1 < len(self.words) and _is_year(self.words[i + 1]):
                y = int(self.words[i + 1])
                a, b = _part((date(y, 1, 1), date(y, 12, 31)), value)
                return self.emit(i, i + 2, a, b, "range")
            return None
        if kind == "weekday":
            start = i - 1 if i > 0 and self.words[i - 1] in ("am", "on", "last", "this", "next") else i
            if self.pub is None:
                return self.emit(start, i + 1, None, None, "day", True)
            wd = int(value)
            since = i > 0 and self.words[i - 1] in ("seit", "since")
            if self.future(i) and not since:
                delta = (wd - self.pub.weekday()) % 7 or 7
                day = self.pub + timedelta(days=delta)
            else:
                day = self.pub - timedelta(days=(self.pub.weekday() - wd) % 7)
            return self.emit(start, i + 1, day, day, "day", True)
        if kind == "relday":
            if self.pub is None:
                return self.emit(i, i + 1, None, None, "day", True)
            day = self.pub + timedelta(days=int(value))
            return self.emit(i, i + 1, day, day, "day", True)
        if kind == "direction":
            k2 = self.kind(i + 1)
            if k2 and k2[0] == "relunit":
                start = i - 1 if i > 0 and self.words[i - 1] in ("im", "in", "am", "der", "die", "das") else i
                return self.relative_unit(start, i + 2, int(value), k2[1])
            if k2 and k2[0] == "weekday" and self.pub is None:
                return self.emit(i, i + 2, None, None, "day", True)
            if k2 and k2[0] == "weekday" and self.pub is not None:
                wd = int(k2[1])
                back = (self.pub.weekday() - wd) % 7 or 7
                ahead = (wd - self.pub.weekday()) % 7 or (7 if int(value) > 0 else 0)  # "this Friday" may be today
                day = self.pub - timedelta(days=back) if int(value) < 0 else self.pub + timedelta(days=ahead)
                return self.emit(i, i + 2, day, day, "day", True)
            return None
        if kind == "ago":
            n = self.number(i + 1)
            k2 = self.kind(i + 2)
            if n is not None and k2 and k2[0] == "relunit":
                return self.relative_count(i, i + 3, -n, k2[1])
            return None
        if kind == "relunit" and i > 0:
            n = self.number(i - 1)
            if n is not None and i + 1 < len(self.words) and self.words[i + 1] == "ago":
                return self.relative_count(i - 1, i + 2, -n, value)
        return self.plain_year(i)

    def counted(self, j: int) -> bool:
        """A unit noun at token j or after up to two words (the quantities stage's rule for an amount's noun)."""
        limit = min(j + 3, self.doc.sentence_tokens[self.doc.token_sentence[j - 1]][1])
        for k in range(j, limit):
            if self.lex.units.match(self.words, k) is not None:
                return True
            tok = self.doc.tokens[k]
            if tok.kind != "word" or (tok.text[:1].isupper() and self.lex.setting("nouns_capitalised")):
                return False
        return False

    def part_month(self, a: int, j: int, part: str, month: int) -> int:
        """"Anfang März 2024", "Ende Januar": part of a month named before token j; a year at j, else a guessed one."""
        if j < len(self.words) and _is_year(self.words[j]):
            s, e = _part(month_range(int(self.words[j]), month), part)
            return self.emit(a, j + 1, s, e, "range")
        year = self.guess_year(month)
        if year is None:
            return self.emit(a, j, None, None, "range", True)
        s, e = _part(month_range(year, month), part)
        return self.emit(a, j, s, e, "range", True)

    def plain_year(self, i: int) -> int | None:
        w = self.words[i]
        if not _is_year(w) or self.doc.tokens[i].kind != "num":
            return None
        nxt = self.words[i + 1] if i + 1 < len(self.words) else ""
        if nxt in ("er", "s") and w.endswith("0") and self.doc.tokens[i + 1].start == self.doc.tokens[i].end:
            y = int(w)
            end = i + 3 if i + 2 < len(self.words) and self.words[i + 2] in ("jahre", "jahren") else i + 2
            return self.emit(i, end, date(y, 1, 1), date(y + 9, 12, 31), "decade")
        if not year_context(self.lex, self.words, i) and self.counted(i + 1):
            return None  # "2024 Soldaten", "2000 weitere Soldaten" are amounts
        # ranges: 2022 bis 2024 / 2022-2024 / from 2022 to 2024 / zwischen 2022 und 2024
        if nxt in ("bis", "to", "until", "-", "–", "und", "and") and i + 2 < len(self.words) and _is_year(
                self.words[i + 2]):
            a, b = int(w), int(self.words[i + 2])
            if a < b:
                start = i - 1 if i > 0 and self.words[i - 1] in ("von", "from", "zwischen", "between") else i
                return self.emit(start, i + 3, date(a, 1, 1), date(b, 12, 31), "range")
        start = i
        if i >= 2 and self.words[i - 1] in ("jahr", "jahre", "jahres", "year") and self.words[i - 2] in (
                "dem", "im", "das", "des", "the"):
            start = i - 2
            if i >= 3 and self.words[i - 3] in ("aus", "in", "seit", "im", "von"):
                start = i - 3
        elif i >= 1 and self.words[i - 1] in ("jahr", "year"):
            start = i - 1
        y = int(w)
        return self.emit(start, i + 1, date(y, 1, 1), date(y, 12, 31), "year")

    def relative_unit(self, a: int, b: int, direction: int, unit: str) -> int:
        """"vergangene Woche", "next year": the calendar week, month or year before/after publication."""
        if unit == "week" and self.pub is not None:
            monday = self.pub - timedelta(days=self.pub.weekday()) + timedelta(weeks=direction)
            return self.emit(a, b, monday, monday + timedelta(days=6), "week", True)
        return self.relative_count(a, b, direction, unit)

    def relative_count(self, a: int, b: int, n: int, unit: str) -> int:
        """"vor drei Tagen", "two years ago": n units from the publication date."""
        p = self.pub
        if p is None:
            return self.emit(a, b, None, None, unit, True)
        if unit == "day":
            day = p + timedelta(days=n)
            return self.emit(a, b, day, day, "day", True)
        if unit == "week":
            day = p + timedelta(weeks=n)
            return self.emit(a, b, day - timedelta(days=3), day + timedelta(days=3), "week", True)
        if unit == "month":
            y, m = p.year, p.month + n
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1  # wraps both ways: "next month" in December
            s, e = month_range(y, m)
            return self.emit(a, b, s, e, "month", True)
        y = p.year + n
        return self.emit(a, b, date(y, 1, 1), date(y, 12, 31), "year", True)

    def run(self) -> list[TimeExpr]:
        i = 0
        n = len(self.words)
        while i < n:
            try:
                nxt = self.at(i)
            except (ValueError, OverflowError):
                nxt = None  # a date outside the calendar ("vor 8000 Jahren", published 0001-01-01): no time
            i = nxt if nxt is not None and nxt > i else i + 1
        return self.out


class TimeNormaliser:
    name = "times"
    requires = ("tokens", "words", "clauses", "published")
    assigns = ("times",)

    def __call__(self, doc: Doc, res: Resources) -> None:
        doc.times = _Finder(doc, res).run()
        for k, t in enumerate(doc.times, 1):
            t.id = f"T{k}"
