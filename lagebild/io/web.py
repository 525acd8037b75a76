"""Articles from the web: URLs of pages and RSS/Atom feeds (feedparser), fetched safely.

A feed's entries become articles: the linked page is fetched (:mod:`.fetch`: size and time
limits, no private addresses unless allowed) and its main text extracted; when it cannot be
fetched, an entry's own content of at least :data:`MIN_ENTRY_CHARS` characters stands in, else
the entry is reported. The feed's title is the articles' outlet unless a page names its own site.
A feed that declares XML entities is refused (entity expansion is how XML bombs work).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from ..errors import InputError
from .fetch import DEFAULT_TIMEOUT, fetch
from .readers import DEFAULT_MAX_BYTES, Article, decode, html_article

MIN_ENTRY_CHARS = 200


@dataclass
class WebOptions:
    allow_private: bool = False
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    known_url: Callable[[str], bool] | None = None  # pages already stored are not fetched again


@dataclass
class AlreadyStored:
    """A linked page the store already holds (not fetched again)."""

    url: str


Item = Article | InputError | AlreadyStored


def is_feed(data: bytes) -> bool:
    head = data[:4096].lstrip().lower()
    return head.startswith(b"<?xml") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf")) or \
        head.startswith((b"<rss", b"<feed", b"<rdf:rdf"))


def url_articles(url: str, options: WebOptions) -> Iterator[Item]:
    """The article at a URL, or the articles of the feed there."""
    try:
        got = fetch(url, allow_private=options.allow_private, timeout=options.timeout, max_bytes=options.max_bytes)
    except InputError as exc:
        yield exc
        return
    if is_feed(got.body):
        yield from feed_articles(got.body, got.url, options)
        return
    try:
        yield page_article(got.body, got.url, got.content_type, got.charset)
    except InputError as exc:
        yield exc


def page_article(body: bytes, url: str, content_type: str, charset: str | None) -> Article:
    text = decode(body, url, charset)
    if "html" in content_type or text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        art = html_article(text, url, url)
        art.url = art.url or url
        return art
    if content_type.startswith("text/"):
        return Article(url, text, url=url)
    raise InputError(f"{url}: unsupported content type {content_type}")


def feed_articles(data: bytes, where: str, options: WebOptions | None) -> Iterator[Item]:
    """Entries of an RSS/Atom feed; their links are fetched when ``options`` are given."""
    import feedparser

    if b"<!entity" in data[:65536].lower():
        yield InputError(f"{where}: the feed declares XML entities; refused")
        return
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield InputError(f"{where}: no entries in the feed{reason}")
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        title = entry.get("title")
        published = _entry_date(entry)
        own_text = _entry_text(entry)
        if link and options is not None:
            if options.known_url and options.known_url(link):
                yield AlreadyStored(link)
                continue
            try:
                got = fetch(link, allow_private=options.allow_private, timeout=options.timeout,
                            max_bytes=options.max_bytes)
                art = page_article(got.body, got.url, got.content_type, got.charset)
                art.id, art.url = link, link
                art.title = art.title or title
                art.source = outlet or art.source
                art.published = art.published or published
                yield art
                continue
            except InputError as exc:
                if len(own_text) < MIN_ENTRY_CHARS:
                    yield exc
                    continue
        if len(own_text.strip()) == 0:
            yield InputError(f"{where}: entry {n} has no text" + (" and no link" if not link else ""))
            continue
        yield Article(link or f"{where}#{n}", own_text, title=title, url=link, source=outlet, published=published)


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except ValueError:
                continue
    return None


def _entry_text(entry) -> str:
    """The longest text an entry carries itself (content:encoded, content, summary), as plain text."""
    candidates = [c.get("value", "") for c in entry.get("content", []) or []]
    candidates.append(entry.get("summary", "") or "")
    best = max(candidates, key=len)
    if "<" not in best:
        return best.strip()
    try:
        import lxml.html

        return " ".join(lxml.html.fragment_fromstring(best, create_parent="div").text_content().split())
    except (ValueError, TypeError, lxml.etree.ParserError):
        return ""
