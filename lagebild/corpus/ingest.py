"""Ingest articles into a store: analyse (in parallel), then write each in input order.

Documents already in the store (same outlet, same text) are skipped before analysis, so a second
run adds nothing and an interrupted run continues where it stopped. Analysis runs in worker
processes (``jobs``); one writer stores the results in input order, each document in its own
transaction with its cross-document links, so the store after a resumed run equals the store
after an uninterrupted one.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .. import __version__
from ..errors import InputError
from ..io.readers import Article
from ..pipeline import normalise_text
from ..store import Store, document_key
from . import store_analysed


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0
    failed: int = 0
    crashed: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"added": self.added, "skipped": self.skipped, "failed": self.failed, "crashed": self.crashed,
                "seconds": round(self.seconds, 2),
                "articles_per_second": round(self.added / self.seconds, 1) if self.seconds else None}


@dataclass
class _Options:
    lang: str | None = None
    published: date | None = None


_OPTIONS = _Options()


def _analyse(art: Article) -> tuple[Article, str, dict[str, Any] | None, str | None]:
    """Worker: (article, normalised text, analysis or None, error or None)."""
    from ..pipeline import analyze

    published = _OPTIONS.published or published_date(art.published)
    try:
        doc = analyze(art.text, lang=_OPTIONS.lang or art.lang, published=published, doc_id=art.id,
                      title=art.title, source=art.source, url=art.url)
    except InputError as exc:
        return art, "", None, f"input:{exc}"
    except Exception as exc:  # a bug must not cost the other articles; name the article
        return art, "", None, f"internal error analysing {art.id}: {type(exc).__name__}: {exc} (please report it)"
    return art, doc.text, doc.to_json(), None


def published_date(value: str | None) -> date | None:
    """The date of a publication field ('2025-03-04', '2025-03-04T10:00'), or None if it is none."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _init_worker(options: _Options) -> None:
    global _OPTIONS
    _OPTIONS = options


def analyser_id() -> str:
    from ..pipeline import default_resources

    kb = default_resources().kb
    return f"lagebild {__version__}; kb {getattr(kb, 'fingerprint', '')[:12]}"


def ingest(
    inputs: Iterable[Article | InputError | object],
    store: Store,
    *,
    jobs: int = 1,
    lang: str | None = None,
    published: date | None = None,
    progress: bool = False,
    on_error: Callable[[str], None] | None = None,
) -> IngestReport:
    """Analyse and store articles; bad inputs are reported through ``on_error`` and counted."""
    report = IngestReport()
    started = time.perf_counter()

    def fail(message: str, crashed: bool = False) -> None:
        if crashed:
            report.crashed += 1
        else:
            report.failed += 1
        report.errors.append(message)
        if on_error:
            on_error(message)

    known = store.keys()
    todo: list[Article] = []
    for art in inputs:
        if isinstance(art, InputError):
            fail(str(art))
            continue
        if not isinstance(art, Article):  # a linked page the store already holds
            report.skipped += 1
            continue
        key = document_key(normalise_text(art.text), art.source)
        if key in known:
            report.skipped += 1
            continue
        known.add(key)
        todo.append(art)
    options = _Options(lang, published)
    analyser = analyser_id()
    bar = _progress(len(todo), progress)
    try:
        for art, text, analysis, error in _results(todo, options, jobs):
            bar.update(1)
            if analysis is None:
                error = error or f"{art.id}: not analysed"
                if error.startswith("input:"):
                    fail(error[len("input:"):])
                else:
                    fail(error, crashed=True)
                continue
            if store_analysed(store, text, analysis, ext_id=art.id, analyser=analyser) is None:
                report.skipped += 1  # a concurrent ingest stored it first
            else:
                report.added += 1
    finally:
        bar.close()
        report.seconds = time.perf_counter() - started
    return report


def _results(todo: list[Article], options: _Options, jobs: int) -> Iterator[tuple]:
    if jobs <= 1 or len(todo) < 2:
        _init_worker(options)
        yield from map(_analyse, todo)
        return
    from ..pipeline import default_resources

    default_resources()  # load once in the parent; forked workers share it
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(options,)) as pool:
        yield from pool.imap(_analyse, todo, chunksize=4)


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="art", desc="ingest", file=sys.stderr, disable=not enabled, smoothing=0.1,
                dynamic_ncols=True)
