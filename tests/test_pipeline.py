"""The pipeline: checked stage requirements, stage declarations, schema-valid output with exact spans, empty input."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import pytest

from lagebild import analyze
from lagebild.errors import LagebildError, PipelineError
from lagebild.model import Doc
from lagebild.pipeline import Pipeline, Resources, default_stages, normalise_text

ARRAYS = ("sentences", "entities", "places", "times", "quantities", "events", "claims", "relations")


@dataclass
class FakeStage:
    name: str
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, doc: Doc, res: Resources) -> None:
        doc.notes.append(self.name)


# -- requirements are checked when the pipeline is built ---------------------------------------------------------

def test_stage_requiring_what_nobody_assigns_is_rejected():
    with pytest.raises(PipelineError, match="'claims'.*'entities'"):
        Pipeline([FakeStage("tokens", ("text",), ("tokens",)), FakeStage("claims", ("tokens", "entities"), ("x",))])


def test_stage_requiring_what_only_a_later_stage_assigns_is_rejected():
    a = FakeStage("a", ("text",), ("tokens",))
    b = FakeStage("b", ("tokens",), ("entities",))
    with pytest.raises(PipelineError, match="'b'"):
        Pipeline([b, a])
    Pipeline([a, b])  # the same stages in the right order are fine


def test_pipeline_error_is_a_lagebild_error_with_its_own_exit_code():
    assert issubclass(PipelineError, LagebildError)
    assert PipelineError.exit_code not in (0, LagebildError.exit_code)


def test_text_and_published_are_given_and_stages_run_in_order():
    stages = [FakeStage("one", ("text", "published"), ("a",)), FakeStage("two", ("a",), ("b",))]
    doc = Pipeline(stages)(Doc(text="x", lang="de"), Resources(kb=None))
    assert doc.notes == ["one", "two"]
    assert {"a", "b"} <= doc.assigned


def test_empty_pipeline_is_allowed():
    assert Pipeline([]).stages == []


# -- the default stages ------------------------------------------------------------------------------------------

def test_every_default_stage_declares_name_requires_and_assigns():
    stages = default_stages()
    assert stages
    for st in stages:
        assert isinstance(st.name, str) and st.name, st
        assert isinstance(st.requires, tuple) and all(isinstance(r, str) and r for r in st.requires), st.name
        assert isinstance(st.assigns, tuple) and st.assigns and all(isinstance(x, str) and x for x in st.assigns), \
            st.name
        assert callable(st)
    names = [st.name for st in stages]
    assert len(names) == len(set(names))


def test_default_stages_are_correctly_ordered():
    Pipeline(default_stages())


def test_default_stages_in_reverse_order_are_rejected():
    with pytest.raises(PipelineError):
        Pipeline(list(reversed(default_stages())))


# -- output validates and spans are exact --------------------------------------------------------------------------

TEXTS = [
    ("de", "Nordkorea hat nach Angaben westlicher Geheimdienste bis zu 12.000 Soldaten nach Russland geschickt. "
           "Moskau dementierte dies am Montag. Das ukrainische Militär widersprach dieser Darstellung.\n"
           "„Wir werden nicht nachgeben“, sagte Selenskyj in Kiew."),
    ("de", "KIEW (dpa) - Bei einem russischen Drohnenangriff auf Charkiw sollen gestern mindestens vier Menschen "
           "verletzt worden sein. In der Ostukraine wird weiter gekämpft. Es wird spekuliert, dass die Offensive "
           "bald beginnt."),
    ("en", "WASHINGTON — The United States announced the deployment of 2,000 troops to Poland on Tuesday. "
           "\"We will not give in,\" Zelensky said. Ukrainian officials said 300 soldiers were killed. "
           "The Russian defence ministry said 40 soldiers were killed."),
    ("en", "Russia did not attack the convoy, according to the Kremlin. The Ukrainian military disputed this "
           "account. Shelling reportedly continued in eastern Ukraine."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_output_validates_and_spans_match_the_text(validate, lang, text):
    a = validate(analyze(text, lang=lang, published="2025-03-14").to_json(), text)
    assert a["doc"]["text_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert a["doc"]["chars"] == len(text)
    assert a["claims"] and a["events"] and (a["entities"] or a["places"])  # the span check had spans to check
    for start, end in a["sentences"]:
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_ids_are_numbered_in_order_and_references_resolve(lang, text):
    a = analyze(text, lang=lang, published="2025-03-14").to_json()
    for key, prefix in (("entities", "E"), ("places", "P"), ("times", "T"), ("quantities", "Q"), ("events", "V"),
                        ("claims", "C")):
        assert [x["id"] for x in a[key]] == [f"{prefix}{k}" for k in range(1, len(a[key]) + 1)], key
    assert [e["mentions"][0][0] for e in a["entities"]] == sorted(e["mentions"][0][0] for e in a["entities"])
    assert [p["mentions"][0][0] for p in a["places"]] == sorted(p["mentions"][0][0] for p in a["places"])
    ids = {x["id"] for key in ("entities", "places", "times", "quantities", "events", "claims") for x in a[key]}
    for v in a["events"]:
        for p in (v["source"], v["target"]):
            assert p is None or p["entity"] is None or re.fullmatch(r"E\d+", p["entity"]) and p["entity"] in ids
        assert v["place"] is None or v["place"] in ids
        assert v["time"] is None or v["time"] in ids
        assert set(v["quantities"] + v["claims"]) <= ids
        assert 0 <= v["sentence"] < len(a["sentences"])
    for c in a["claims"]:
        assert c["speaker"] is None or c["speaker"] in ids
        assert set(c["events"]) <= ids
        for v in a["events"]:
            assert (v["id"] in c["events"]) == (c["id"] in v["claims"])
    for r in a["relations"]:
        assert r["from"] in ids and r["to"] in ids and r["from"] != r["to"]


def test_offsets_refer_to_the_normalised_text(validate):
    raw = "Moskau dementierte den Bericht.\r\nDie Delegation traf in Moskau ein.\rCafe\u0301 Kiew."
    text = normalise_text(raw)
    assert text != raw
    a = validate(analyze(raw, lang="de", published="2025-03-14").to_json(), text)
    assert a["doc"]["text_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert a["doc"]["chars"] == len(text)
    assert a["doc"]["newlines"] == "normalised to \\n"
    assert a["places"] and a["entities"]


# -- empty input --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   ", " \n\t \n", "\r\n\r\n"])
@pytest.mark.parametrize("lang", [None, "de", "en"])
def test_empty_or_blank_text_gives_a_valid_empty_analysis(validate, text, lang):
    a = validate(analyze(text, lang=lang).to_json(), normalise_text(text))
    assert a["schema"] == "lagebild.analysis/1"
    assert all(a[key] == [] for key in ARRAYS), {key: a[key] for key in ARRAYS if a[key]}
    assert a["doc"]["chars"] == len(normalise_text(text))


def test_unsupported_language_gives_empty_arrays_and_a_note(validate):
    text = "Le gouvernement russe a démenti le rapport hier soir."
    a = validate(analyze(text, lang="fr").to_json(), text)
    assert all(a[key] == [] for key in ARRAYS if key != "sentences")
    assert any("fr" in note for note in a["doc"]["notes"])


@pytest.mark.parametrize("text", [
    "Russian troops attacked the US military base in Syria on Monday.",
    "The army has not fought a war like this since World War I, the general said.",
])
def test_capitalised_us_and_roman_i_are_not_first_person(text):
    doc = analyze(text, lang="en", published="2025-01-06")
    assert not doc.opinion_sentences


@pytest.mark.parametrize("text", ["²²²² Soldaten", "Im März ² griffen mehr als 500 Soldaten an.",
                                  "Er sagte, – die Lage sei ernst.", "Preis: $", "1" * 400 + " Soldaten"])
def test_odd_input_gives_a_valid_analysis(text, validate):
    validate(analyze(text, lang="de", published="2025-01-06").to_json(), text)
