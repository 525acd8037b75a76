"""Stages run in order; each declares what it requires and what it assigns; one public analyze().

A stage is any object with ``name``, ``requires``, ``assigns`` and ``__call__(doc, res)``.
:class:`Pipeline` checks at construction time that every requirement is assigned by an earlier
stage, so a mis-ordered or incomplete pipeline fails before it sees a document.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Protocol

from .errors import PipelineError
from .model import Doc

SUPPORTED_LANGS = ("de", "en")


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Doc, res: Resources) -> None: ...


@dataclass
class Resources:
    """What stages share across documents: the knowledge base and per-language lexicons (loaded once)."""

    kb: object
    lexicons: dict = field(default_factory=dict)

    def lex(self, lang: str):
        from .lang import load_lexicon

        if lang not in self.lexicons:
            self.lexicons[lang] = load_lexicon(lang)
        return self.lexicons[lang]


class Pipeline:
    """An ordered list of stages with checked requirements."""

    def __init__(self, stages: Iterable[Stage]):
        self.stages = list(stages)
        have: set[str] = {"text", "published"}
        for st in self.stages:
            missing = [r for r in st.requires if r not in have]
            if missing:
                raise PipelineError(f"stage {st.name!r} requires {missing}, not assigned by an earlier stage")
            have.update(st.assigns)
        self.timings: dict[str, float] = {s.name: 0.0 for s in self.stages}

    def __call__(self, doc: Doc, res: Resources) -> Doc:
        for st in self.stages:
            if doc.lang is not None and doc.lang not in SUPPORTED_LANGS and st.name != "langid":
                break
            t0 = time.perf_counter()
            st(doc, res)
            self.timings[st.name] += time.perf_counter() - t0
            doc.assigned.update(st.assigns)
        return doc


def default_stages() -> list[Stage]:
    from .stages import (
        attribution,
        discourse,
        entities,
        events,
        langid,
        match,
        places,
        quantities,
        relations,
        segment,
        times,
    )

    return [
        langid.LanguageId(),
        segment.Segmenter(),
        discourse.OpinionDetector(),
        match.MentionMatcher(),
        entities.EntityLinker(),
        places.PlaceResolver(),
        times.TimeNormaliser(),
        quantities.QuantityExtractor(),
        attribution.ClaimExtractor(),
        events.EventCoder(),
        attribution.ClaimEventLinker(),
        relations.RelationFinder(),
    ]


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline(default_stages())


_RESOURCES: Resources | None = None


def use_resources(resources: Resources | None) -> None:
    """Make ``resources`` (e.g. a knowledge base with a user's extra actors) the process's default;
    None returns to the shipped knowledge base. Worker processes forked later inherit it."""
    global _RESOURCES
    _RESOURCES = resources


def default_resources() -> Resources:
    return _RESOURCES if _RESOURCES is not None else _shipped_resources()


@lru_cache(maxsize=1)
def _shipped_resources() -> Resources:
    from .kb import default_kb

    return Resources(kb=default_kb())


def normalise_text(text: str) -> str:
    """Newlines to \\n, NFC; offsets in the output refer to this text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


MAX_CHARS = 2_000_000


def analyze(
    text: str,
    *,
    lang: str | None = None,
    published: date | str | None = None,
    doc_id: str = "doc",
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Doc:
    """Analyse one article and return its :class:`Doc` (``doc.to_json()`` gives the contract).

    Texts over :data:`MAX_CHARS` characters are refused with an :class:`InputError` (time and memory
    grow with length; a book is not an article)."""
    if len(text) > MAX_CHARS:
        from .errors import InputError

        raise InputError(f"{doc_id}: too long to analyse ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    doc = Doc(
        text=normalise_text(text), id=doc_id, lang=lang, title=title, source=source, url=url,
        published=published,
    )
    return default_pipeline()(doc, default_resources())
