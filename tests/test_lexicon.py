"""The per-language data files: they load, and a wrong CAMEO code fails at load time with the file named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lagebild.errors import LagebildError
from lagebild.lang import LANG_DIR
from lagebild.lang.lexicon import Lexicon


@pytest.mark.parametrize("lang", ["de", "en"])
def test_language_data_loads(lang):
    lex = Lexicon.from_folder(lang, LANG_DIR / lang)
    assert lex.cues and lex.triggers and lex.roles.first_words() and lex.time and lex.numbers


def test_unknown_cameo_code_is_a_clear_error(tmp_path):
    folder = tmp_path / "de"
    shutil.copytree(LANG_DIR / "de", folder)
    with (folder / "cues.tsv").open("a", encoding="utf-8") as fh:
        fh.write("erfand;erfunden\tverb\treported\t\tals\n")
    with pytest.raises(LagebildError, match="cues.tsv: unknown CAMEO code 'als'"):
        Lexicon.from_folder("de", folder)


@pytest.mark.parametrize(("file", "line", "message"), [
    ("closed_classes.tsv", "negation\tnie\n", "class 'negation' is defined twice"),
    ("hedges.tsv", "vielleicht\tuncertainty\tspeculated\tword\n",
     "scope of 'vielleicht' must be clause, noun or adverb"),
    ("events.tsv", "vorgeladen\tverb\t111\t\t\t\tagent\tenvoys\t\n", "needs of 'vorgeladen' has 'envoys'"),
    ("events.tsv", "vorgeladen\tverb\t111\t\t\t\tagent\tactor,!envoys\t\n", "needs of 'vorgeladen' has '!envoys'"),
    ("cues.tsv", "lobpries\tverb\treported\t\t\t\t\t\t\tpraise\n", "object of 'lobpries' must be empty or topic"),
    ("cues.tsv", "erwog\tverb\tspeculated\t\t\t\t\t\tsubject\n", "needs of 'erwog' must be empty, clause or main"),
    ("tense.tsv", "tagte\tfuture\n", "tense of 'tagte' must be past or present"),
])
def test_malformed_language_data_is_a_clear_error(tmp_path, file, line, message):
    folder = tmp_path / "de"
    shutil.copytree(LANG_DIR / "de", folder)
    with (folder / file).open("a", encoding="utf-8") as fh:
        fh.write(line)
    with pytest.raises(LagebildError, match=message):
        Lexicon.from_folder("de", folder)


def test_language_settings():
    assert Lexicon.from_folder("de", LANG_DIR / "de").setting("nouns_capitalised")
    en = Lexicon.from_folder("en", LANG_DIR / "en")
    assert not en.setting("nouns_capitalised") and not en.setting("no_such_setting")
    assert Lexicon.from_folder("de", LANG_DIR / "de").home_countries()[:2] == ("DEU", "AUT")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_closed_class_is_documented(lang):
    """Each closed class a language defines has its row in docs/languages.md: language knowledge is reviewed data."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "languages.md").read_text(encoding="utf-8")
    rows = (LANG_DIR / lang / "closed_classes.tsv").read_text(encoding="utf-8").splitlines()
    classes = [r.split("\t")[0] for r in rows if r.strip() and not r.startswith("#") and not r.startswith("class\t")]
    assert [c for c in classes if f"`{c}`" not in doc] == []
