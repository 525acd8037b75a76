"""Articles from WARC web archives (warcio): each HTML response record is one page.

The archive is streamed, so its size does not matter; each record's body is limited to
``max_bytes``. A record that cannot be read is reported and the next one read; an archive that is
not a WARC file is one error.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from .readers import Article, decode, html_article

SUFFIXES = (".warc", ".warc.gz")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def warc_articles(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror})")
        return
    with fh:
        try:
            for record in ArchiveIterator(fh):
                if not str(getattr(record, "format", "warc")).startswith("warc"):
                    yield InputError(f"{path}: not a readable WARC file (no WARC record header)")
                    return
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{path}:{url}"
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield InputError(f"{where}: too large (more than {max_bytes:,} bytes)")
                    continue
                charset = None
                if "charset=" in ctype:
                    charset = ctype.split("charset=", 1)[1].split(";")[0].strip().strip('"') or None
                try:
                    art = html_article(decode(body, where, charset), where, url or where)
                except InputError as exc:
                    yield exc
                    continue
                art.url = url or art.url
                yield art
        except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
            yield InputError(f"{path}: not a readable WARC file ({type(exc).__name__}: {exc})")
