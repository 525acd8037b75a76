"""Read articles from files and directories: .txt, .md, .html/.htm (main text via trafilatura),
.jsonl, .csv/.tsv, RSS/Atom feeds (.rss, .atom, .xml; see :mod:`.web`) and WARC archives
(.warc, .warc.gz; see :mod:`.warc`); and from http(s) URLs (:func:`read_inputs`).

A Markdown file may open with a front-matter block (``---`` lines around ``key: value`` lines:
title, source, url, published, lang, id) that gives the article's metadata; the text after it is
the article. In a directory, Markdown files without front matter (READMEs) are not articles.
A CSV/TSV file holds one article per row: with a header that has a ``text`` column, the columns
title, source, url, published, lang and id are used too; without one, the longest field of each
row is the text (``label;'text'`` corpora). Delimiter and quote character are detected.

Bytes are decoded strictly: UTF-8 (a BOM is dropped) or UTF-16 with a BOM, or the encoding the
caller names. Empty, binary, undecodable and oversized inputs raise :class:`InputError` with a
one-line message; nothing is guessed silently.
"""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".csv", ".tsv", ".rss", ".atom", ".xml", ".warc"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
DEFAULT_MAX_BYTES = 10_000_000


@dataclass
class Article:
    """One article as read, before analysis."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    lang: str | None = None


def decode(data: bytes, where: str, encoding: str | None = None) -> str:
    """Bytes to text; a clear InputError for empty, binary or undecodable input."""
    if not data.strip():
        raise InputError(f"{where}: empty input")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: invalid UTF-16 at byte {exc.start}") from None
        if not text.strip():
            raise InputError(f"{where}: empty input")
        return text
    if encoding is None and (b"\x00" in data[:8192] or _control_share(data[:8192]) > 0.1):
        raise InputError(f"{where}: binary data, not text")
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start});"
            " convert it or pass --encoding (e.g. latin-1)"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    if not text.strip():
        raise InputError(f"{where}: empty input")
    return text


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    bad = sum(1 for b in data if b < 9 or 13 < b < 32)
    return bad / len(data)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if size > max_bytes:
        raise InputError(f"{path}: too large ({size:,} bytes; the limit is {max_bytes:,}, see --max-bytes)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def html_article(html: str, where: str, doc_id: str) -> Article:
    """Main text and metadata of an HTML page (trafilatura)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None:
        raise InputError(f"{where}: no article text found in the HTML")
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(f"{where}: no article text found in the HTML")
    return Article(doc_id, text, title=data.get("title"), url=data.get("url"), source=data.get("sitename"),
                   published=data.get("date"), lang=None)


FRONT_MATTER_KEYS = ("id", "title", "source", "url", "published", "lang")


def front_matter_article(text: str, where: str) -> Article:
    """An article from Markdown with an optional front-matter block of ``key: value`` lines."""
    if not text.startswith("---\n"):
        return Article(where, text)
    end = text.find("\n---\n", 3)
    if end < 0:
        raise InputError(f"{where}: front matter opened with '---' is never closed")
    meta: dict[str, str] = {}
    for n, line in enumerate(text[4:end].split("\n"), 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or key not in FRONT_MATTER_KEYS:
            raise InputError(f"{where}:{n}: front matter lines are 'key: value' with a key among "
                             f"{', '.join(FRONT_MATTER_KEYS)}")
        meta[key] = value.strip().strip('"')
    body = text[end + 5:].lstrip("\n")
    if not body.strip():
        raise InputError(f"{where}: no article text after the front matter")
    return Article(meta.get("id") or where, body, title=meta.get("title"), url=meta.get("url"),
                   source=meta.get("source"), published=meta.get("published"), lang=meta.get("lang"))


def jsonl_articles(text: str, where: str) -> Iterator[Article | InputError]:
    """One article per line; a bad line becomes an InputError in the stream, the next lines still count."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}:{n}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            yield InputError(f"{where}:{n}: each line must be an object with a non-empty \"text\"")
            continue
        yield Article(
            str(obj.get("id") or f"{where}:{n}"), obj["text"], title=obj.get("title"), url=obj.get("url"),
            source=obj.get("source"), published=obj.get("published"), lang=obj.get("lang"),
        )


def table_articles(text: str, where: str) -> Iterator[Article | InputError]:
    """One article per CSV/TSV row (see the module docstring)."""
    import csv

    dialect = _table_dialect(text, where)
    csv.field_size_limit(DEFAULT_MAX_BYTES)
    rows = csv.reader(io.StringIO(text, newline=""), dialect)  # quoted fields keep their newlines
    try:
        first = next(rows, None)
    except csv.Error as exc:
        yield InputError(f"{where}:1: not a readable table ({exc})")
        return
    if first is None:
        return
    header = [h.strip().lower() for h in first]
    named = "text" in header
    if not named:
        rows = _chain([first], rows)
    n = 1 if named else 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"{where}:{n + 1}: not a readable row ({exc})")
            return
        n += 1
        if not any(f.strip() for f in row):
            continue
        if named:
            rec = dict(zip(header, row, strict=False))
            body = (rec.get("text") or "").strip()
            if not body:
                yield InputError(f"{where}:{n}: empty text")
                continue
            yield Article(rec.get("id") or f"{where}:{n}", body, title=rec.get("title") or None,
                          url=rec.get("url") or None, source=rec.get("source") or None,
                          published=rec.get("published") or None, lang=rec.get("lang") or None)
        else:
            yield Article(f"{where}:{n}", max(row, key=len).strip())


def _table_dialect(text: str, where: str):
    """Delimiter and quote character under which the first rows have the most regular width (ties: the
    fewer columns, since a delimiter inside an unquoted text adds some)."""
    import csv
    from collections import Counter

    lines = list(itertools.islice(io.StringIO(text[:200_000], newline=""), 200))
    best, best_score = None, (-1.0, 0)
    for delimiter in ("\t", ";", ",") if where.lower().endswith(".tsv") else (";", ",", "\t"):
        for quote in ('"', "'"):
            try:
                widths = [len(r) for r in csv.reader(lines, delimiter=delimiter, quotechar=quote)]
            except csv.Error:
                continue
            if not widths:
                continue
            width, count = Counter(widths).most_common(1)[0]
            score = (count / len(widths) if width >= 2 else 0.0, -width)
            if score > best_score:
                best, best_score = (delimiter, quote), score
    delimiter, quote = best or (",", '"')

    class Dialect(csv.excel):
        pass

    Dialect.delimiter, Dialect.quotechar = delimiter, quote
    return Dialect


def _chain(*iterables):
    for it in iterables:
        yield from it


def read_inputs(specs: list[str], *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                web=None) -> Iterator:
    """Articles from paths and http(s) URLs, in order; ``web`` (:class:`.web.WebOptions`) governs fetching."""
    for spec in specs:
        if spec.lower().startswith(("http://", "https://")):
            from .web import WebOptions, url_articles

            yield from url_articles(spec, web or WebOptions(max_bytes=max_bytes))
        elif "://" in spec:
            yield InputError(f"{spec}: only http and https URLs are fetched")
        else:
            yield from read_path(Path(spec), encoding=encoding, max_bytes=max_bytes, web=web)


def read_path(path: Path, *, encoding: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES, web=None) -> Iterator[Article | InputError]:
    """Articles in a file or (recursively, sorted) a directory.

    A file or line that cannot be read is yielded as an :class:`InputError`, so one bad input never
    hides the others; the caller reports it.
    """
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and (
            p.suffix.lower() in SUFFIXES or p.name.lower().endswith(".warc.gz"))
            and not (p.suffix.lower() == ".md" and not _has_front_matter(p)))
        if not files:
            yield InputError(f"{path}: no .txt, .html or .jsonl files in this directory")
        for f in files:
            yield from read_path(f, encoding=encoding, max_bytes=max_bytes, web=web)
        return
    try:
        yield from _read_file(path, encoding, max_bytes, web)
    except InputError as exc:
        yield exc


def _has_front_matter(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(8).removeprefix(b"\xef\xbb\xbf").replace(b"\r", b"").startswith(b"---\n")
    except OSError:
        return True  # let the reader report it


def _read_file(path: Path, encoding: str | None, max_bytes: int, web=None) -> Iterator[Article | InputError]:
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    where = str(path)
    from .warc import is_warc, warc_articles

    if is_warc(path):
        yield from warc_articles(path, max_bytes)
        return
    if path.suffix.lower() in FEED_SUFFIXES:
        from .web import feed_articles, is_feed

        data = read_bytes(path, max_bytes)
        if not is_feed(data):
            raise InputError(f"{path}: not an RSS or Atom feed")
        yield from feed_articles(data, where, web)
        return
    text = decode(read_bytes(path, max_bytes), where, encoding)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        yield html_article(text, where, where)
    elif suffix == ".jsonl":
        yield from jsonl_articles(text, where)
    elif suffix in (".csv", ".tsv"):
        yield from table_articles(text, where)
    elif suffix == ".md":
        yield front_matter_article(text.replace("\r\n", "\n"), where)
    else:
        yield Article(where, text)
