"""Fuzz the input readers with atheris for a bounded time (pip install atheris).

    python benchmarks/fuzz_readers.py -max_total_time=60

Every input must give Articles or InputErrors (the readers' contract): any other exception is a
finding. Covers byte decoding, front matter, JSONL, CSV/TSV, RSS/Atom and HTML extraction.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from lagebild.errors import InputError
    from lagebild.io.readers import (
        Article,
        decode,
        front_matter_article,
        html_article,
        jsonl_articles,
        table_articles,
    )
    from lagebild.io.web import feed_articles


def one(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    kind = fdp.ConsumeIntInRange(0, 5)
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        if kind == 5:
            items = list(feed_articles(raw, "fuzz", None))
        else:
            text = decode(raw, "fuzz")
            if kind == 0:
                items = [front_matter_article(text, "fuzz.md")]
            elif kind == 1:
                items = list(jsonl_articles(text, "fuzz.jsonl"))
            elif kind == 2:
                items = list(table_articles(text, "fuzz.csv"))
            elif kind == 3:
                items = [html_article(text, "fuzz.html", "fuzz")]
            else:
                items = [Article("fuzz", text)]
    except InputError:
        return
    for item in items:
        assert isinstance(item, Article | InputError), type(item)


def main() -> None:
    atheris.Setup(sys.argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
