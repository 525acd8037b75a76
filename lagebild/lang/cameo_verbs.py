"""Read CAMEO verb pattern dictionaries in PETRARCH format and compile them into TSV tables.

The input format (CAMEO.2.0.txt, PETR.Validate.verbs.txt) has four kinds of lines, read in order:

* Synsets: ``&NAME`` and then one ``+MEMBER`` line per member. Members are words or phrases (words
  joined by ``_`` or spaces) or, in some files, ``&OTHER`` (a nested synset). A final ``_`` on the
  member or on the name means "no automatic plural"; it is not part of the word.
* Verb blocks: a header ``--- NAME [code] ---`` (``[---]`` or no code: the verbs alone code
  nothing), then the block's verbs, one a line: ``VERB``, ``VERB {IRREGULAR FORMS}``,
  ``+MULTI_WORD`` (the ``+`` marks the word that inflects, ``KEEP_+VERB`` puts it later), each
  optionally with its own ``[code]`` that replaces the block code for that verb.
* Patterns: ``- <before> * <after> [code]``; ``*`` is the verb.
* Transformations: ``~ ...`` lines (rules over coded events). They are kept as raw text in
  :attr:`VerbDictionary.transformations` and not compiled.

Comments: ``#`` or ``;`` up to the end of the line (except inside ``[...]``, so ``[###]`` is a
code), ``<!-- ... -->`` (also over several lines). Blank lines are skipped.

Pattern elements as written to ``cameo_verb_patterns.tsv`` (``before``/``after`` are these
elements, separated by single spaces, in text order):

* ``word`` -- a literal word, lowercase (may hold ``-``, ``.``, ``'``, ``/``).
* ``&name`` -- a synset: any member of that row of ``cameo_synsets.tsv``. Names are lowercase,
  without the final ``_``, and an inner ``_`` becomes ``-`` (``&FIGHT_OF_WORDS`` -> ``&fight-of-words``)
  so that ``_`` only ever joins the parts of a compound.
* ``a_b_c`` -- a compound: ``{A B C}`` or ``A_B_C`` in the source; the parts (words or ``&name``)
  are contiguous tokens of the text.
* ``(prep:x:y)`` -- a prepositional group ``(PREP X Y)``: the preposition, then the elements of its
  object (each a word, ``&name``, compound or marker), separated by ``:``.
* ``$`` source, ``+`` target, ``%`` source and target in one compound actor, ``^`` skip (a noun
  phrase that is passed over). They stay tokens, also inside compounds and groups;
  the ``source``/``target`` columns say on which side of the verb ``$``/``+`` first stood.
* A compound glued to the verb (``IN_*``, ``*_OUT`` in the source) is written ``in_`` (last element
  of ``before``) or ``_out`` (first element of ``after``): it must be adjacent to the verb.

The tables (``write_tables``; rows sorted, exact duplicates dropped):

* ``cameo_verb_forms.tsv`` -- ``form block code``: every form of every verb (lowercase, words
  separated by spaces) and its block; ``code`` is the verb's own code, empty where the block
  default applies. A verb listed twice in a block, once with a code, keeps only the coded row.
* ``cameo_verb_patterns.tsv`` -- ``block code before after source target``; a row with empty
  ``before`` and ``after`` is the block default. Rows with the same block, before and after but
  different codes occur (the dictionary has them); the file order is not kept.
* ``cameo_synsets.tsv`` -- ``name members``: every phrase a synset stands for, nested synsets
  flattened, regular plurals added where PETRARCH adds them (neither name nor member ends in ``_``).

Matching against lowercased tokens: a form matches its words in a row. The ``before`` elements
occur in this order before the verb and the ``after`` elements in this order after it, other
words may come between them (PETRARCH reads them as noun and prepositional phrases of the
verb's parse); the parts of a compound are adjacent tokens; a group ``(p:x)`` is the preposition
``p`` with ``x`` in its object; ``&name`` matches any phrase of that synset; ``$``/``+``/``%`` stand
where the source/target actor phrase is and match that phrase; ``^`` matches a phrase that is
skipped. Where several patterns match, the matcher picks one (the longest match is the most
specific); the code ``---`` means "no event", also where the block has a default.

Dropped: comments, a final ``_`` on a lone word (``IN_``: PETRARCH's "whole word only", which a
token match always is), the commas between irregular forms, a second ``[code]`` in a block header.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from . import LANG_DIR

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = PROJECT_ROOT.parent / "shared" / "data" / "reference" / "phoenix" / "CAMEO.2.0.txt"
DEFAULT_OUT = LANG_DIR / "en"

FORMS_FILE = "cameo_verb_forms.tsv"
PATTERNS_FILE = "cameo_verb_patterns.tsv"
SYNSETS_FILE = "cameo_synsets.tsv"

MARKERS = frozenset("$+%^")
NO_CODE = "---"

_WORD = re.compile(r"[a-z0-9'./-]*[a-z0-9][a-z0-9'./-]*")
_NAME = re.compile(r"&([A-Za-z0-9_-]+)")
_CODE_AT_END = re.compile(r"\[([^\[\]]*)\]\s*$")
_VERB_LINE = re.compile(r"(?P<verb>[^{}\[\]]+?)\s*(?:\{(?P<forms>[^{}\[\]]*)\})?\s*(?:\[(?P<code>[^\[\]]*)\])?")
_HEADER = re.compile(r"(?P<name>[^\[\]]+?)\s*(?:\[(?P<code>[^\[\]]*)\](?P<rest>[\s\[\]:0-9A-Za-z-]*))?")
_PRIMARY = re.compile(r"(?<![0-9])[0-9]{2,4}(?![0-9])")

# Verbs stressed on a final closed syllable, whose last consonant doubles (commit -> committed).
# Other words of more than one syllable keep it single (visit -> visited, offer -> offered).
_STRESSED_FINAL = frozenset((
    "abet", "acquit", "admit", "allot", "annul", "commit", "compel", "concur", "confer", "control", "defer",
    "deter", "dispel", "eavesdrop", "embed", "emit", "equip", "expel", "extol", "forbid", "format", "impel",
    "incur", "infer", "kidnap", "occur", "omit", "outbid", "outfit", "patrol", "permit", "prefer", "propel",
    "rebel", "recur", "refer", "regret", "remit", "repel", "submit", "transfer", "transmit",
))


# ---------------------------------------------------------------------------------------------
# The parsed dictionary


@dataclass(frozen=True, slots=True)
class Member:
    """One synset member: a phrase (words joined by spaces) or ``&name`` for a nested synset."""

    text: str
    plural: bool  # PETRARCH adds the regular plural (neither the member nor the name ends in "_")


@dataclass(frozen=True, slots=True)
class Synset:
    name: str  # normalised: lowercase, no final "_", inner "_" -> "-"
    members: tuple[Member, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Verb:
    """A verb of a block: its words (lowercase), the one that inflects, its irregular forms, its code."""

    words: tuple[str, ...]
    head: int
    irregular: tuple[str, ...] | None  # the forms in {...} (phrases with spaces); None: inflect by rule
    code: str | None  # the verb's own raw code, replacing the block's for this verb
    line: int

    @property
    def base(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True, slots=True)
class Pattern:
    before: tuple[str, ...]  # elements in the notation of the module docstring
    after: tuple[str, ...]
    code: str  # raw, e.g. "042:043", ":173", "---", "+++"
    source: str  # "before", "after" or "" (where "$" stood)
    target: str  # the same for "+"
    line: int


@dataclass(slots=True)
class Block:
    name: str  # as in the header, spaces -> "_"; a repeated name gets "~2", "~3", ...
    code: str | None  # raw header code; None when the header has none
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)

    @property
    def default_code(self) -> str | None:
        """The code of the verbs alone, or None where the header says ``---`` or gives none."""
        return None if self.code in (None, "", NO_CODE) else self.code


@dataclass(slots=True)
class VerbDictionary:
    source: str  # the file name (no folder), written into the table headers
    synsets: dict[str, Synset] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    transformations: list[tuple[int, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "file:line: why" for patterns skipped (strict=False)

    def undefined_synsets(self) -> list[str]:
        """Synset names that patterns use but the file never defines (they can match nothing)."""
        used = {name for b in self.blocks for p in b.patterns for name in _synset_refs(p.before + p.after)}
        return sorted(used - set(self.synsets))


# ---------------------------------------------------------------------------------------------
# Codes and inflection


def primary_code(code: str | None) -> str | None:
    """The first CAMEO event code (2-4 digits) in a raw code (``042:043`` -> ``042``), else None."""
    if not code:
        return None
    m = _PRIMARY.search(code)
    return m.group(0) if m else None


def _is_vowel(word: str, i: int) -> bool:
    return word[i] in "aeiou" and not (word[i] == "u" and i > 0 and word[i - 1] == "q")


def _syllables(word: str) -> int:
    """Vowel groups of a word (a rough syllable count; 'y' after a consonant counts as a vowel)."""
    count, prev = 0, False
    for i, ch in enumerate(word):
        vowel = _is_vowel(word, i) or (ch == "y" and i > 0 and not _is_vowel(word, i - 1))
        count += int(vowel and not prev)
        prev = vowel
    return count


def _doubles_final(word: str) -> bool:
    """Whether the last consonant doubles before -ed/-ing: one-syllable consonant-vowel-consonant
    words (stop, ban) and the listed verbs stressed on the last syllable (commit, regret)."""
    last = word.rsplit("-", 1)[-1]
    if last in _STRESSED_FINAL:
        return True
    n = len(last)
    if n < 3 or not last.isalpha() or last[-1] in "aeiouwxy":
        return False
    return _is_vowel(last, n - 2) and not _is_vowel(last, n - 3) and _syllables(last) == 1


def third_person(word: str) -> str:
    """Present third person singular: plans, goes, pushes, denies, obeys."""
    if word.endswith(("s", "x", "z", "ch", "sh")) or (word.endswith("o") and len(word) > 1
                                                       and word[-2] not in "aeiou"):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def past(word: str) -> str:
    """Regular past tense (and participle): agreed, denied, stopped, committed, visited."""
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ied"
    if _doubles_final(word):
        return word + word[-1] + "ed"
    return word + "ed"


def present_participle(word: str) -> str:
    """The -ing form: making, agreeing, dying, stopping, visiting."""
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "oe", "ye")) and len(word) > 2:
        return word[:-1] + "ing"
    if _doubles_final(word):
        return word + word[-1] + "ing"
    return word + "ing"


def verb_forms(verb: Verb) -> list[str]:
    """Every form of a verb, lowercase phrases: the base plus its irregular forms where the
    dictionary gives them in braces, else the base plus the regular -s, -ed and -ing forms."""
    if verb.irregular is not None:
        return _unique([verb.base, *verb.irregular])
    out = []
    for inflect in (lambda w: w, third_person, past, present_participle):
        words = list(verb.words)
        words[verb.head] = inflect(words[verb.head])
        out.append(" ".join(words))
    return _unique(out)


def plural(phrase: str) -> str | None:
    """The regular plural of a noun phrase (its last word), or None where no rule is safe: words
    that end in a single 's' (often plural already), in something other than a letter or digit."""
    head, _, last = phrase.rpartition(" ")
    if not last or not last[-1].isalnum():
        return None
    if last.endswith(("ss", "x", "z", "ch", "sh")):
        last += "es"
    elif last.endswith("s"):
        return None
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


# ---------------------------------------------------------------------------------------------
# Reading


class _LineError(ValueError):
    """A malformed line; the reader adds file and line number."""


def read_dictionary(path: str | Path, *, strict: bool = True) -> VerbDictionary:
    """Parse a PETRARCH verb dictionary. A malformed line raises :class:`InputError` naming file
    and line; with ``strict=False`` a malformed *pattern* is skipped and listed in ``skipped``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the verb dictionary ({exc})") from None
    lines = list(_content_lines(text))
    known = {_synset_name(line) for _, line in lines if _NAME.fullmatch(line)}
    reader = _Reader(VerbDictionary(source=path.name), known)
    for lineno, line in lines:
        try:
            reader.feed(lineno, line)
        except _LineError as exc:
            message = f"{path}:{lineno}: {exc}: {_excerpt(line)}"
            if strict or not line.startswith("-") or line.startswith("---"):
                raise InputError(message) from None
            reader.d.skipped.append(message)
    reader.check_synsets(path)
    return reader.d


def _excerpt(line: str, limit: int = 70) -> str:
    line = " ".join(line.split())
    return repr(line if len(line) <= limit else line[:limit] + "...")


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of the lines that carry content: comments removed, stripped, not blank."""
    in_xml = False
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw
        if in_xml:
            end = line.find("-->")
            if end < 0:
                continue
            line, in_xml = line[end + 3:], False
        while "<!--" in line:
            start = line.index("<!--")
            end = line.find("-->", start + 4)
            if end < 0:
                line, in_xml = line[:start], True
                break
            line = line[:start] + " " + line[end + 3:]
        line = _strip_comment(line).strip()
        if line:
            yield lineno, line


def _strip_comment(line: str) -> str:
    """The line up to its first '#' or ';' outside brackets ('[###]' is a code, not a comment)."""
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch in "#;" and depth == 0:
            return line[:i]
    return line


def _synset_name(raw: str) -> str:
    """&FIGHT_OF_WORDS_ -> fight-of-words (lowercase, final '_' dropped, inner '_' -> '-')."""
    return raw.lstrip("&").rstrip("_").lower().replace("_", "-")


class _Reader:
    """The line-by-line state of :func:`read_dictionary`."""

    def __init__(self, d: VerbDictionary, known_synsets: set[str]) -> None:
        self.d = d
        self.known = known_synsets
        self.block: Block | None = None
        self.synset: tuple[str, bool, int, list[Member]] | None = None  # name, plurals, line, members
        self.names: dict[str, int] = {}

    def feed(self, lineno: int, line: str) -> None:
        if line.startswith("+") and self.synset is not None:
            self.synset[3].append(_member(line[1:], plurals=self.synset[1]))
            return
        self._close_synset()
        if line.startswith("&"):
            self._open_synset(lineno, line)
        elif line.startswith("---"):
            self._header(lineno, line)
        elif line.startswith("~"):
            self.d.transformations.append((lineno, line))
        else:
            if self.block is None:
                raise _LineError("a verb or pattern before the first '--- NAME [code] ---' block header")
            if line.startswith("-"):
                self.block.patterns.append(_pattern(lineno, line, self.known))
            else:
                self.block.verbs.append(_verb(lineno, line))

    def check_synsets(self, path: Path) -> None:
        self._close_synset()
        for s in self.d.synsets.values():
            for m in s.members:
                if m.text.startswith("&") and m.text[1:] not in self.d.synsets:
                    raise InputError(f"{path}:{s.line}: synset &{s.name} names an undefined synset {m.text}")

    def _open_synset(self, lineno: int, line: str) -> None:
        if not _NAME.fullmatch(line):
            raise _LineError("a synset line must be '&NAME' alone")
        name = _synset_name(line)
        if name in self.d.synsets:
            raise _LineError(f"synset &{name} is defined twice")
        self.synset = (name, not line.endswith("_"), lineno, [])

    def _close_synset(self) -> None:
        if self.synset is not None:
            name, _, lineno, members = self.synset
            self.d.synsets[name] = Synset(name, tuple(members), lineno)
            self.synset = None

    def _header(self, lineno: int, line: str) -> None:
        m = _HEADER.fullmatch(line.strip("-").strip())
        if not m or not _WORDS_OF_NAME.fullmatch(m.group("name")):
            raise _LineError("a block header must be '--- NAME [code] ---'")
        name = "_".join(m.group("name").split())
        n = self.names[name] = self.names.get(name, 0) + 1
        code = m.group("code")
        self.block = Block(name if n == 1 else f"{name}~{n}", code.strip() if code is not None else None, lineno)
        self.d.blocks.append(self.block)


_WORDS_OF_NAME = re.compile(r"[A-Za-z0-9'._/-]+(?:\s+[A-Za-z0-9'._/-]+)*")


def _member(text: str, plurals: bool) -> Member:
    """A synset member line without its '+': a phrase (spaces or '_') or a nested '&NAME'."""
    text = text.strip()
    if _NAME.fullmatch(text):
        return Member("&" + _synset_name(text), False)
    words = text.replace("_", " ").lower().split()
    if not words or not all(_WORD.fullmatch(w) for w in words):
        raise _LineError("a synset member must be words (joined by '_' or spaces) or one '&NAME'")
    return Member(" ".join(words), plurals and not text.endswith("_"))


def _verb(lineno: int, line: str) -> Verb:
    """A verb line: VERB, VERB {FORMS}, +MULTI_WORD {+FORMS_OF IT}, KEEP_+VERB, each with [code]."""
    m = _VERB_LINE.fullmatch(line)
    if not m:
        raise _LineError("a verb line must be 'VERB', 'VERB {FORMS}' or '+MULTI_WORD', with an optional [code]")
    words, head = _verb_words(m.group("verb"))
    irregular = None
    if m.group("forms") is not None:
        irregular = tuple(_unique(" ".join(_verb_words(f)[0]) for f in m.group("forms").replace(",", " ").split()))
    code = m.group("code")
    return Verb(words, head, irregular, code.strip() if code is not None else None, lineno)


def _verb_words(text: str) -> tuple[tuple[str, ...], int]:
    """The lowercase words of a verb phrase and the index of the word that inflects (marked '+')."""
    words, head = [], None
    for raw in text.replace("_", " ").split():
        if raw.startswith("+"):
            if head is not None:
                raise _LineError("a multi-word verb marks one word with '+'")
            head, raw = len(words), raw[1:]
        word = raw.lower()
        if not _WORD.fullmatch(word):
            raise _LineError(f"not a word in a verb: {raw!r}")
        words.append(word)
    if not words:
        raise _LineError("an empty verb")
    return tuple(words), head or 0


# ---------------------------------------------------------------------------------------------
# Patterns

_LEXEME = re.compile(r"[(){}]|[^\s(){}]+")


def _pattern(lineno: int, line: str, known: set[str]) -> Pattern:
    """A pattern line '- <before> * <after> [code]' in the element notation of the module docstring."""
    m = _CODE_AT_END.search(line)
    if not m:
        raise _LineError("a pattern must end in a [code]")
    code = m.group(1).strip()
    if not code or " " in code:
        raise _LineError("a pattern code must be one word in brackets")
    parser = _PatternParser(_LEXEME.findall(line[1:m.start()]), known)
    parser.parse()
    return Pattern(tuple(parser.before), tuple(parser.after), code, parser.sides.get("$", ""),
                   parser.sides.get("+", ""), lineno)


class _PatternParser:
    """Turns the lexemes of a pattern body into before/after elements and notes where $ and + are."""

    def __init__(self, lexemes: list[str], known: set[str]) -> None:
        self.lexemes = lexemes
        self.pos = 0
        self.known = known
        self.before: list[str] = []
        self.after: list[str] = []
        self.verb_seen = False
        self.sides: dict[str, str] = {}

    def parse(self) -> None:
        while self.pos < len(self.lexemes):
            lex = self._next()
            if lex == "(":
                self._emit(self._group())
            elif lex == "{":
                self._emit(self._compound())
            elif lex in (")", "}"):
                raise _LineError(f"'{lex}' without its opening bracket")
            else:
                self._bare(lex)
        if not self.verb_seen:
            raise _LineError("a pattern needs one '*' for the verb")

    def _next(self) -> str:
        lex = self.lexemes[self.pos]
        self.pos += 1
        return lex

    def _emit(self, element: str) -> None:
        (self.after if self.verb_seen else self.before).append(element)

    def _bare(self, lex: str) -> None:
        """A token outside brackets: a word, marker, &synset, A_B compound, or one holding '*'."""
        if lex != "*" and re.search(r"[^_]\*|\*[^_]", lex):  # '*SCEPTICAL': a '*' glued without '_'
            for piece in re.split(r"(\*)", lex):
                if piece:
                    self._bare(piece)
            return
        parts = lex.split("_")
        if "*" not in lex:
            element = self._join(parts)
            if element:
                self._emit(element)
            return
        if parts.count("*") != 1 or lex.count("*") != 1:
            raise _LineError("a pattern needs exactly one '*' for the verb, standing alone or joined by '_'")
        if self.verb_seen:
            raise _LineError("a pattern has more than one '*'")
        star = parts.index("*")
        left = self._join(parts[:star])
        if left:
            self._emit(left + "_")
        self.verb_seen = True
        right = self._join(parts[star + 1:])
        if right:
            self._emit("_" + right)

    def _group(self) -> str:
        """'(PREP X {Y Z})' -> '(prep:x:y_z)'."""
        items = []
        while True:
            if self.pos >= len(self.lexemes):
                raise _LineError("'(' without its closing ')'")
            lex = self._next()
            if lex == ")":
                break
            if lex == "{":
                items.append(self._compound())
            elif lex in ("(", "}"):
                raise _LineError(f"'{lex}' inside a prepositional group")
            elif "*" in lex:
                raise _LineError("'*' inside a prepositional group")
            elif element := self._join(lex.split("_")):
                items.append(element)
        if not items:
            raise _LineError("an empty prepositional group '()'")
        return "(" + ":".join(items) + ")"

    def _compound(self) -> str:
        """'{A B_C &SYN}' -> 'a_b_c_&syn' (contiguous words)."""
        parts: list[str] = []
        while True:
            if self.pos >= len(self.lexemes):
                raise _LineError("'{' without its closing '}'")
            lex = self._next()
            if lex == "}":
                break
            if lex in ("(", ")", "{") or "*" in lex:
                raise _LineError(f"'{lex}' inside a compound '{{...}}'")
            if element := self._join(lex.split("_")):
                parts.append(element)
        if not parts:
            raise _LineError("an empty compound '{}'")
        return "_".join(parts)

    def _join(self, raw_parts: list[str]) -> str:
        """The parts of a '_'-joined token as one element; '&NAME' takes the longest run of parts
        that names a synset of the file (&FIGHT_OF_WORDS), empty parts (a final '_') drop out."""
        out: list[str] = []
        i = 0
        while i < len(raw_parts):
            raw = raw_parts[i]
            i += 1
            if not raw:
                continue
            if raw in MARKERS:
                self.sides.setdefault(raw, "after" if self.verb_seen else "before")
                out.append(raw)
            elif raw.startswith("&"):
                name, used = self._synset_run(raw_parts[i - 1:])
                out.append("&" + name)
                i += used - 1
            else:
                word = raw.lower()
                if not _WORD.fullmatch(word):
                    raise _LineError(f"not a word, marker or synset: {raw!r}")
                out.append(word)
        return "_".join(out)

    def _synset_run(self, parts: list[str]) -> tuple[str, int]:
        """(normalised name, number of parts used) for the synset reference at parts[0]."""
        if not _NAME.fullmatch(parts[0]):
            raise _LineError(f"not a synset name: {parts[0]!r}")
        for n in range(len(parts), 1, -1):
            if all(parts[:n]) and _synset_name("_".join(parts[:n])) in self.known:
                return _synset_name("_".join(parts[:n])), n
        return _synset_name(parts[0]), 1


def _synset_refs(elements: Iterable[str]) -> Iterator[str]:
    """The synset names in pattern elements."""
    for element in elements:
        for m in re.finditer(r"&([a-z0-9-]+)", element):
            yield m.group(1)


# ---------------------------------------------------------------------------------------------
# Tables

FORMS_HEADER = ("form", "block", "code")
PATTERNS_HEADER = ("block", "code", "before", "after", "source", "target")
SYNSETS_HEADER = ("name", "members")


def compile_tables(d: VerbDictionary) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Sorted, duplicate-free rows of the forms, patterns and synsets tables (see the module docstring)."""
    codes: dict[tuple[str, str], set[str]] = {}
    for b in d.blocks:
        for v in b.verbs:
            for form in verb_forms(v):
                codes.setdefault((form, b.name), set()).add(v.code or "")
    # a verb listed twice in a block, once with its own code (BEAT; BEAT {...} [182]): the code holds
    forms = {(form, block, code) for (form, block), cs in codes.items() for code in cs if code or len(cs) == 1}
    patterns = {(b.name, p.code, " ".join(p.before), " ".join(p.after), p.source, p.target)
                for b in d.blocks for p in b.patterns}
    patterns |= {(b.name, b.default_code, "", "", "", "") for b in d.blocks if b.default_code}
    synsets = {(name, ";".join(synset_members(d, name))) for name in d.synsets}
    return sorted(forms), sorted(patterns), sorted(synsets)


def synset_members(d: VerbDictionary, name: str, _seen: tuple[str, ...] = ()) -> list[str]:
    """Every phrase a synset matches, sorted: its members, their regular plurals where PETRARCH
    forms them, and the members of nested synsets."""
    if name in _seen:
        raise InputError(f"{d.source}:{d.synsets[name].line}: synset &{name} contains itself")
    out: set[str] = set()
    for m in d.synsets[name].members:
        if m.text.startswith("&"):
            out.update(synset_members(d, m.text[1:], (*_seen, name)))
            continue
        out.add(m.text)
        if m.plural and (p := plural(m.text)):
            out.add(p)
    return sorted(out)


def render_table(header: tuple[str, ...], rows: Iterable[tuple[str, ...]], source: str, about: str) -> str:
    """The text of one TSV table: the origin comment, a comment on the columns, header, rows."""
    lines = [f"# Generated by `lagebild kb verbs` from {source} (Open Event Data Alliance, MIT licence)."
             " Do not edit by hand.", f"# {about}", "\t".join(header)]
    lines += ["\t".join(row) for row in rows]
    return "\n".join(lines) + "\n"


_ABOUT = {
    FORMS_FILE: "Every form of every verb of a block; code: the verb's own code where it has one"
                " (else the block default in cameo_verb_patterns.tsv applies).",
    PATTERNS_FILE: "Patterns per block; before/after: elements around the verb (see"
                   " lagebild/lang/cameo_verbs.py); source/target: the side of $ and +."
                   " A row with empty before and after is the block default.",
    SYNSETS_FILE: "Synsets: every phrase each &name in the patterns stands for (regular plurals added).",
}


def write_tables(d: VerbDictionary, folder: str | Path) -> dict[str, int]:
    """Write the three tables into ``folder`` (same bytes for the same input); rows per file."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for (name, header), rows in zip(((FORMS_FILE, FORMS_HEADER), (PATTERNS_FILE, PATTERNS_HEADER),
                                     (SYNSETS_FILE, SYNSETS_HEADER)), compile_tables(d), strict=True):
        (folder / name).write_bytes(render_table(header, rows, d.source, _ABOUT[name]).encode("utf-8"))
        counts[name] = len(rows)
    return counts
