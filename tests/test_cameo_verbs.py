"""The reader and compiler of PETRARCH-format CAMEO verb dictionaries (lagebild/lang/cameo_verbs.py).

The fixture dictionary below is made up for these tests; the real dictionaries are only read
(and only counted) where ../shared is at hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.cli import main
from lagebild.errors import InputError
from lagebild.lang import read_tsv
from lagebild.lang.cameo_verbs import (
    DEFAULT_OUT,
    FORMS_FILE,
    PATTERNS_FILE,
    SYNSETS_FILE,
    compile_tables,
    past,
    plural,
    present_participle,
    primary_code,
    read_dictionary,
    third_person,
    write_tables,
)

FIXTURE = """\
# A made-up verb dictionary in PETRARCH format.
<!-- a one-line XML comment -->
<!-- an XML comment
     over two lines -->

&VESSEL
+BOAT
+FERRY
+CARGO_SHIP
+PATROL BOAT
+FLEET_          # a final '_': no plural

&HARBOR_AREA_
+PORT
+DOCKS

&CRAFT
+&VESSEL
+RAFT

--- MOOR  [---]  ---
MOOR
DOCK   # a comment after a verb
TIE {TIES TIED TYING}
+PULL_IN {+PULLS_IN, +PULLED_IN , +PULLING_IN} [0874]
+TIED_UP {}
RE_+ANCHOR
- * &VESSEL (AT &HARBOR_AREA)      [0871]   # mooring
- $ * {RESCUE BOAT} (NEAR +)        [042:043]
- * (IN ^) (WITH {HEAVY CARGO})     [:173]
- % * TOGETHER                      [057]
- ALMOST_* ASHORE                   [+++]
- *_AWAY &CRAFT                     [###]  # three hashes in brackets are a code
- QUIETLY *                         [xxy]
- (FROM $) *SAFELY [013]
- QUIETLY *                         [xxy]

--- SAIL  [0233]  ---
SAIL ; a legacy comment
NAVIGATE [0234]
- * (TO +) &HARBOR_AREA_ [0422]

--- SAIL [020] ---
VOYAGE

~ a (a b SAIL) SAY = a b 020
"""


@pytest.fixture()
def fixture_path(tmp_path: Path) -> Path:
    path = tmp_path / "made-up.verbs.txt"
    path.write_text(FIXTURE, encoding="utf-8")
    return path


def forms_of(rows: list[tuple[str, ...]], block: str) -> dict[str, str]:
    return {form: code for form, b, code in rows if b == block}


def test_synsets(fixture_path):
    d = read_dictionary(fixture_path)
    assert sorted(d.synsets) == ["craft", "harbor-area", "vessel"]
    _, _, synsets = compile_tables(d)
    table = {name: members.split(";") for name, members in synsets}
    assert table["vessel"] == ["boat", "boats", "cargo ship", "cargo ships", "ferries", "ferry", "fleet",
                               "patrol boat", "patrol boats"]
    assert table["harbor-area"] == ["docks", "port"]  # the name ends in '_': no plurals
    assert table["craft"] == sorted(table["vessel"] + ["raft", "rafts"])  # a nested synset is flattened


def test_verbs_irregular_and_multi_word(fixture_path):
    forms, _, _ = compile_tables(read_dictionary(fixture_path))
    moor = forms_of(forms, "MOOR")
    assert {f for f in moor if f.startswith(("moor", "dock"))} == {
        "moor", "moors", "moored", "mooring", "dock", "docks", "docked", "docking"}
    assert {f for f in moor if f.startswith(("ti", "ty"))} == {"tie", "ties", "tied", "tying", "tied up"}
    assert {f: moor[f] for f in moor if f.startswith("pull")} == {
        "pull in": "0874", "pulls in": "0874", "pulled in": "0874", "pulling in": "0874"}
    assert {f for f in moor if f.startswith("re ")} == {"re anchor", "re anchors", "re anchored", "re anchoring"}
    assert forms_of(forms, "SAIL") == {"sail": "", "sails": "", "sailed": "", "sailing": "", "navigate": "0234",
                                       "navigates": "0234", "navigated": "0234", "navigating": "0234"}
    assert set(forms_of(forms, "SAIL~2")) == {"voyage", "voyages", "voyaged", "voyaging"}  # a repeated name


def test_patterns(fixture_path):
    d = read_dictionary(fixture_path)
    assert [b.name for b in d.blocks] == ["MOOR", "SAIL", "SAIL~2"]
    assert [b.default_code for b in d.blocks] == [None, "0233", "020"]
    assert d.transformations == [(46, "~ a (a b SAIL) SAY = a b 020")]
    _, patterns, _ = compile_tables(d)
    assert sorted(patterns) == patterns
    assert patterns == [
        ("MOOR", "###", "", "_away &craft", "", ""),
        ("MOOR", "+++", "almost_", "ashore", "", ""),
        ("MOOR", "013", "(from:$)", "safely", "before", ""),
        ("MOOR", "042:043", "$", "rescue_boat (near:+)", "before", "after"),
        ("MOOR", "057", "%", "together", "", ""),
        ("MOOR", "0871", "", "&vessel (at:&harbor-area)", "", ""),
        ("MOOR", ":173", "", "(in:^) (with:heavy_cargo)", "", ""),
        ("MOOR", "xxy", "quietly", "", "", ""),  # the repeated pattern is one row
        ("SAIL", "0233", "", "", "", ""),
        ("SAIL", "0422", "", "(to:+) &harbor-area", "", "after"),
        ("SAIL~2", "020", "", "", "", ""),
    ]


@pytest.mark.parametrize(("code", "primary"), [
    ("042:043", "042"), (":173", "173"), ("0871", "0871"), ("080!", "080"), ("025?", "025"),
    ("---", None), ("+++", None), ("###", None), ("xxy", None), ("1", None), ("12345", None), (None, None),
])
def test_primary_code(code, primary):
    assert primary_code(code) == primary


@pytest.mark.parametrize(("base", "s", "ed", "ing"), [
    ("plan", "plans", "planned", "planning"),
    ("stop", "stops", "stopped", "stopping"),
    ("commit", "commits", "committed", "committing"),
    ("visit", "visits", "visited", "visiting"),
    ("offer", "offers", "offered", "offering"),
    ("open", "opens", "opened", "opening"),
    ("agree", "agrees", "agreed", "agreeing"),
    ("free", "frees", "freed", "freeing"),
    ("bake", "bakes", "baked", "baking"),
    ("argue", "argues", "argued", "arguing"),
    ("die", "dies", "died", "dying"),
    ("deny", "denies", "denied", "denying"),
    ("obey", "obeys", "obeyed", "obeying"),
    ("push", "pushes", "pushed", "pushing"),
    ("watch", "watches", "watched", "watching"),
    ("fix", "fixes", "fixed", "fixing"),
    ("discuss", "discusses", "discussed", "discussing"),
    ("veto", "vetoes", "vetoed", "vetoing"),
    ("snow", "snows", "snowed", "snowing"),
    ("rain", "rains", "rained", "raining"),
    ("re-arm", "re-arms", "re-armed", "re-arming"),
])
def test_inflection(base, s, ed, ing):
    assert (third_person(base), past(base), present_participle(base)) == (s, ed, ing)


@pytest.mark.parametrize(("noun", "plural_form"), [
    ("boat", "boats"), ("ferry", "ferries"), ("day", "days"), ("church", "churches"), ("press", "presses"),
    ("patrol boat", "patrol boats"), ("f-16", "f-16s"), ("sanctions", None), ("anti-", None),
])
def test_plural(noun, plural_form):
    assert plural(noun) == plural_form


def test_write_tables_is_deterministic(fixture_path, tmp_path):
    counts = write_tables(read_dictionary(fixture_path), tmp_path / "a")
    write_tables(read_dictionary(fixture_path), tmp_path / "b")
    assert counts == {FORMS_FILE: 33, PATTERNS_FILE: 11, SYNSETS_FILE: 3}
    for name in (FORMS_FILE, PATTERNS_FILE, SYNSETS_FILE):
        text = (tmp_path / "a" / name).read_bytes()
        assert text == (tmp_path / "b" / name).read_bytes()
        assert text.startswith(b"# Generated by `lagebild kb verbs` from made-up.verbs.txt (Open Event Data"
                               b" Alliance, MIT licence). Do not edit by hand.\n")
    rows = read_tsv(tmp_path / "a" / PATTERNS_FILE)
    assert list(rows[0]) == ["block", "code", "before", "after", "source", "target"]
    assert list(read_tsv(tmp_path / "a" / FORMS_FILE)[0]) == ["form", "block", "code"]
    assert list(read_tsv(tmp_path / "a" / SYNSETS_FILE)[0]) == ["name", "members"]


@pytest.mark.parametrize(("text", "line", "why"), [
    ("--- GO [010] ---\nGO\n- * HOME\n", 3, "must end in a [code]"),
    ("--- GO [010] ---\nGO\n- HOME [011]\n", 3, "one '*'"),
    ("--- GO [010] ---\nGO\n- * * HOME [011]\n", 3, "more than one '*'"),
    ("--- GO [010] ---\nGO\n\n- * (TO HOME [011]\n", 4, "without its closing"),
    ("--- GO [010] ---\nGO\n- * TO HOME) [011]\n", 3, "without its opening"),
    ("--- GO [010] ---\nGO\n- * {} [011]\n", 3, "empty compound"),
    ("--- GO [010] ---\nGO\n- * HO!ME [011]\n", 3, "not a word"),
    ("# no block yet\nGO\n", 2, "before the first"),
    ("&TWO WORDS\n+X\n", 1, "'&NAME' alone"),
    ("&A\n+X\n&A\n+Y\n", 3, "defined twice"),
    ("&A\n+(X)\n", 2, "synset member"),
    ("--- [010] ---\nGO\n", 1, "block header"),
    ("--- GO [010] ---\nGO {WENT\n", 2, "a verb line"),
    ("--- GO [010] ---\n+GO_+ON\n", 2, "one word with '+'"),
])
def test_malformed_line_is_one_line_input_error(tmp_path, text, line, why):
    path = tmp_path / "bad.verbs.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_dictionary(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: ") and why in message and "\n" not in message


def test_lenient_reading_skips_malformed_patterns_only(tmp_path):
    path = tmp_path / "bad.verbs.txt"
    path.write_text("--- GO [010] ---\nGO\n- * TO HOME) [011]\n- * AWAY [012]\n", encoding="utf-8")
    d = read_dictionary(path, strict=False)
    assert [p.code for p in d.blocks[0].patterns] == ["012"]
    assert len(d.skipped) == 1 and d.skipped[0].startswith(f"{path}:3: ")
    path.write_text("GO\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_dictionary(path, strict=False)


def test_undefined_synset_is_reported(tmp_path):
    path = tmp_path / "v.txt"
    path.write_text("--- GO [010] ---\nGO\n- * &NOWHERE [011]\n", encoding="utf-8")
    assert read_dictionary(path).undefined_synsets() == ["nowhere"]


def test_cli_kb_verbs(fixture_path, tmp_path, capsys):
    assert main(["kb", "verbs", "--source", str(fixture_path), "--out", str(tmp_path / "out")]) == 0
    assert '"cameo_verb_patterns.tsv": 11' in capsys.readouterr().out
    assert (tmp_path / "out" / FORMS_FILE).is_file()
    bad = tmp_path / "bad.txt"
    bad.write_text("GO\n", encoding="utf-8")
    assert main(["kb", "verbs", "--source", str(bad), "--out", str(tmp_path / "out2")]) == InputError.exit_code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{bad}:1:" in err and "Traceback" not in err
    assert main(["kb", "verbs", "--source", str(tmp_path / "missing.txt")]) == InputError.exit_code


# --- the real dictionaries (counts and structure only) ---------------------------------------


def test_cameo_dictionary(shared, tmp_path):
    source = shared / "data" / "reference" / "phoenix" / "CAMEO.2.0.txt"
    d = read_dictionary(source, strict=False)
    assert len(d.blocks) >= 300 and len(d.synsets) >= 30
    assert sum(len(b.patterns) for b in d.blocks) >= 4000
    assert len(d.skipped) <= 5
    forms, patterns, synsets = compile_tables(d)
    assert len(forms) >= 5000 and len(patterns) >= 4000 and len(synsets) == len(d.synsets)
    assert sum(1 for row in patterns if primary_code(row[1])) >= 3000
    # the shipped tables are what `lagebild kb verbs` makes of this file
    write_tables(d, tmp_path)
    for name in (FORMS_FILE, PATTERNS_FILE, SYNSETS_FILE):
        assert (tmp_path / name).read_bytes() == (DEFAULT_OUT / name).read_bytes(), f"{name} is stale"


def test_petrarch_validation_dictionary(shared):
    source = shared / "data" / "dev" / "petrarch2" / "PETR.Validate.verbs.txt"
    if not source.is_file():
        pytest.skip("PETR.Validate.verbs.txt not present")
    d = read_dictionary(source)
    assert len(d.blocks) >= 100 and len(d.synsets) >= 5
    assert sum(len(b.patterns) for b in d.blocks) >= 300
    forms, patterns, synsets = compile_tables(d)
    assert forms and patterns and len(synsets) == len(d.synsets)
    assert all(len(row) == 6 for row in patterns)
