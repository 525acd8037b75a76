"""Language identification: script first, then function-word profiles (lang/langid.tsv).

Cheap and deterministic; it only has to tell the analysed languages (de, en) reliably from
others, which are reported in ``doc.lang`` with an "unsupported language" note.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..lang import LANG_DIR, read_tsv, split_list
from ..model import Doc
from ..pipeline import SUPPORTED_LANGS, Resources

_WORD = re.compile(r"[^\W\d_]+")
_SCRIPT_LANG = {"ARABIC": "ar", "HEBREW": "he", "GREEK": "el", "HANGUL": "ko", "HIRAGANA": "ja",
                "KATAKANA": "ja", "CJK": "zh", "THAI": "th", "DEVANAGARI": "hi", "GEORGIAN": "ka",
                "ARMENIAN": "hy"}
_UK_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэёъЫЭЁЪ")


@lru_cache(maxsize=1)
def profiles() -> dict[str, frozenset[str]]:
    return {row["lang"]: frozenset(split_list(row["words"].replace(" ", ";")))
            for row in read_tsv(LANG_DIR / "langid.tsv")}


def identify(text: str, sample: int = 5000) -> tuple[str, float]:
    """(ISO 639-1 code or "und", confidence 0..1) of a text."""
    text = text[:sample]
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "und", 0.0
    scripts: dict[str, int] = {}
    for c in letters[:1000]:
        name = unicodedata.name(c, "")
        key = "LATIN" if name.startswith("LATIN") else "CYRILLIC" if name.startswith("CYRILLIC") else next(
            (s for s in _SCRIPT_LANG if name.startswith(s)), "OTHER")
        scripts[key] = scripts.get(key, 0) + 1
    script, count = max(scripts.items(), key=lambda kv: kv[1])
    share = count / sum(scripts.values())
    if script == "CYRILLIC":
        uk = sum(c in _UK_ONLY for c in text)
        ru = sum(c in _RU_ONLY for c in text)
        return ("uk" if uk > ru else "ru"), share
    if script in _SCRIPT_LANG:
        return _SCRIPT_LANG[script], share
    if script != "LATIN":
        return "und", 0.0
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return "und", 0.0
    scores = {lang: sum(w in prof for w in words) / len(words) for lang, prof in profiles().items()}
    best = max(scores, key=lambda k: scores[k])
    near = [lang for lang in SUPPORTED_LANGS if scores.get(lang, 0) >= 0.8 * scores[best]]
    if best not in SUPPORTED_LANGS and near:  # short texts: an analysed language that is nearly as likely wins
        best = max(near, key=lambda k: scores[k])
    second = max((v for k, v in scores.items() if k != best), default=0.0)
    if scores[best] < 0.05:
        return "und", scores[best]
    confidence = min(1.0, (scores[best] - second) / max(scores[best], 1e-9) + 0.3)
    return best, round(confidence, 3)


class LanguageId:
    name = "langid"
    requires = ("text",)
    assigns = ("lang",)

    def __call__(self, doc: Doc, res: Resources) -> None:
        if doc.lang is None:
            doc.lang, doc.lang_confidence = identify(doc.text)
        else:
            doc.lang_confidence = 1.0
        if doc.lang == "und":
            doc.notes.append("language not identified: the text has too few words; nothing was extracted")
        elif doc.lang not in SUPPORTED_LANGS:
            doc.notes.append(
                f"unsupported language: {doc.lang!r} (analysed languages: {', '.join(SUPPORTED_LANGS)});"
                " no entities, events or claims were extracted"
            )
