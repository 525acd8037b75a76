"""Readers: Markdown front matter gives metadata; malformed front matter is a clear error."""

from __future__ import annotations

import pytest

from lagebild.errors import InputError
from lagebild.io.readers import front_matter_article, read_path


def test_front_matter_gives_metadata_and_the_body_is_the_text():
    art = front_matter_article("---\ntitle: Truppen\nsource: Der Spreebote\npublished: 2025-03-04\n"
                               "url: https://spreebote.example/a\nlang: de\n---\n\nRussland verlegt Truppen.\n", "a.md")
    assert (art.title, art.source, art.published, art.url, art.lang) == (
        "Truppen", "Der Spreebote", "2025-03-04", "https://spreebote.example/a", "de")
    assert art.text == "Russland verlegt Truppen.\n"
    assert art.id == "a.md"


def test_markdown_without_front_matter_is_plain_text():
    art = front_matter_article("Russland verlegt Truppen.", "a.md")
    assert art.text == "Russland verlegt Truppen." and art.title is None


@pytest.mark.parametrize("text, message", [
    ("---\ntitle: x\n\nText", "never closed"),
    ("---\nauthor: x\n---\nText", "key: value"),
    ("---\ntitle: x\n---\n\n", "no article text"),
])
def test_malformed_front_matter_is_an_input_error(text, message):
    with pytest.raises(InputError, match=message):
        front_matter_article(text, "a.md")


def test_markdown_files_are_read_from_directories(tmp_path):
    (tmp_path / "a.md").write_text("---\nsource: Isarpost\n---\nDie Armee zieht ab.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\nsource: Isarpost\n", encoding="utf-8")
    got = list(read_path(tmp_path))
    assert got[0].source == "Isarpost" and got[0].text == "Die Armee zieht ab.\n"
    assert isinstance(got[1], InputError)


def test_csv_with_a_text_header_uses_its_columns(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text('title,text,source,published\nT1,"Die Armee zieht ab, sagte er.",Isarpost,2025-03-01\n'
                 'T2,"Second; text",Isarpost,2025-03-02\n', encoding="utf-8")
    got = list(read_path(f))
    assert [(a.title, a.text, a.source, a.published) for a in got] == [
        ("T1", "Die Armee zieht ab, sagte er.", "Isarpost", "2025-03-01"),
        ("T2", "Second; text", "Isarpost", "2025-03-02")]


def test_headerless_label_text_csv_with_single_quotes(tmp_path):
    f = tmp_path / "corpus.csv"
    f.write_text("Politik;'Die Regierung sagte, es gebe \"keine\" Pläne; das Parlament widersprach.'\n"
                 "Sport;'Ein zweiter Text mit; Semikolon.'\n", encoding="utf-8")
    got = list(read_path(f))
    assert [a.text for a in got] == ['Die Regierung sagte, es gebe "keine" Pläne; das Parlament widersprach.',
                                     "Ein zweiter Text mit; Semikolon."]
    assert got[1].id.endswith(":2")


def test_readme_without_front_matter_in_a_directory_is_not_an_article(tmp_path):
    (tmp_path / "README.md").write_text("# A corpus\n\nAbout these files.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Die Armee zieht ab.", encoding="utf-8")
    assert [a.text for a in read_path(tmp_path)] == ["Die Armee zieht ab."]
    assert [a.text for a in read_path(tmp_path / "README.md")] == ["# A corpus\n\nAbout these files.\n"]


def test_quoted_csv_fields_keep_their_paragraphs(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text('id,text\n1,"Erster Absatz.\n\nZweiter Absatz mit\u2028Trenner."\n', encoding="utf-8")
    (art,) = list(read_path(f))
    assert art.text == "Erster Absatz.\n\nZweiter Absatz mit\u2028Trenner."


def test_front_matter_with_crlf_or_bom_is_read_in_directories(tmp_path):
    (tmp_path / "a.md").write_bytes(b"---\r\nsource: Isarpost\r\n---\r\nDie Armee zieht ab.\r\n")
    (tmp_path / "b.md").write_bytes("\ufeff---\nsource: Spreebote\n---\nDer Stab bleibt.\n".encode())
    got = list(read_path(tmp_path))
    assert [a.source for a in got] == ["Isarpost", "Spreebote"]
