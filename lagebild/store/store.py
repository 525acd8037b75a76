"""The corpus store: one SQLite file (WAL, FTS5) holding documents and their analyses.

A document's key is the SHA-256 of its outlet and normalised text, so ingesting the same article
again finds it and adds nothing. Each document is written in one transaction together with
everything derived from it (its rows, its duplicate and story links, the story's claim
alignment), so a store interrupted at any point holds only complete documents.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .schema import SCHEMA_VERSION, StoreError, migrate

BUSY_TIMEOUT_MS = 30_000


def readonly_uri(path: str | Path) -> str:
    """A read-only SQLite URI for a path ('#', '?' and '%' in file names escaped)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def document_key(text: str, source: str | None) -> str:
    """Identity of a document: its outlet and its (normalised) text."""
    return hashlib.sha256(f"{source or ''}\x00{text}".encode()).hexdigest()


class Store:
    """A lagebild store on one SQLite file."""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        try:
            if readonly:
                if not self.path.is_file():
                    raise StoreError(f"{self.path}: no such store")
                self.conn = sqlite3.connect(readonly_uri(self.path), uri=True, isolation_level=None,
                                            check_same_thread=False)
            else:
                self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not readonly:
                self._use_wal()
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if readonly:
                from .schema import schema_version

                version = schema_version(self.conn)
                if version != SCHEMA_VERSION:
                    raise StoreError(f"{self.path}: store schema version {version}, expected {SCHEMA_VERSION}"
                                     " (open it once for writing to migrate)")
            else:
                migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable lagebild store ({exc})") from None

    def _use_wal(self) -> None:
        """Switch to WAL; while another process holds the file, switching may report "locked" at once
        (SQLite's busy handler does not cover it), so wait and retry up to the busy timeout."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                if self.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the write lock at once (waits up to the busy timeout)."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: the store is busy ({exc}); another process is writing") from None
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- reading ---------------------------------------------------------------------------------

    def has(self, key: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE key = ?", (key,)).fetchone() is not None

    def keys(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT key FROM documents")}

    def analysis(self, doc_id: int) -> dict[str, Any]:
        row = self.conn.execute("SELECT analysis FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return json.loads(row[0])

    def document(self, doc_id: int) -> sqlite3.Row | None:
        return self.conn.execute(
            "SELECT d.*, s.name AS source FROM documents d LEFT JOIN sources s ON s.id = d.source_id"
            " WHERE d.id = ?", (doc_id,)).fetchone()

    def stats(self) -> dict[str, Any]:
        tables = ("documents", "sources", "stories", "entities", "mentions", "places", "times", "quantities",
                  "events", "claims", "relations", "propositions", "claim_links")
        counts = {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # noqa: S608
        copies = self.conn.execute("SELECT count(*) FROM documents WHERE original_id IS NOT NULL").fetchone()[0]
        links = dict(self.conn.execute("SELECT type, count(*) FROM claim_links GROUP BY type").fetchall())
        langs = dict(self.conn.execute("SELECT coalesce(lang, '?'), count(*) FROM documents GROUP BY 1").fetchall())
        return {
            "schema_version": SCHEMA_VERSION,
            "counts": counts,
            "syndicated_copies": copies,
            "independent_documents": counts["documents"] - copies,
            "languages": langs,
            "claim_links": links,
        }

    # -- writing ---------------------------------------------------------------------------------

    def source_id(self, name: str | None, url: str | None) -> int | None:
        if not name:
            return None
        row = self.conn.execute("SELECT id FROM sources WHERE name = ?", (name,)).fetchone()
        if row:
            return row[0]
        domain = urlsplit(url).hostname if url else None
        return self.conn.execute("INSERT INTO sources(name, domain) VALUES (?, ?)", (name, domain)).lastrowid

    def insert_document(self, text: str, analysis: dict[str, Any], *, ext_id: str | None, analyser: str,
                        credit: str | None = None) -> int:
        """Write one analysed document and its rows; the caller holds the transaction."""
        meta = analysis["doc"]
        key = document_key(text, meta.get("source"))
        doc_id = self.conn.execute(
            "INSERT INTO documents(key, text_sha256, ext_id, source_id, title, url, published, lang, chars, credit,"
            " analyser, text, analysis) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (key, meta["text_sha256"], ext_id, self.source_id(meta.get("source"), meta.get("url")), meta.get("title"),
             meta.get("url"), meta.get("published"), meta.get("lang"), len(text), credit, analyser, text,
             json.dumps(analysis, ensure_ascii=False, allow_nan=False)),
        ).lastrowid
        _insert_rows(self.conn, doc_id, analysis)
        return doc_id


def _span(s: list | None) -> tuple[Any, Any, Any]:
    return (s[0], s[1], s[2]) if s else (None, None, None)


ROW_TABLES = ("entities", "places", "mentions", "times", "quantities", "events", "claims", "relations")


def _insert_rows(conn: sqlite3.Connection, doc_id: int, a: dict[str, Any]) -> None:
    for table, rows in analysis_rows(doc_id, a).items():
        if rows:
            conn.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)  # noqa: S608


def analysis_rows(doc_id: int, a: dict[str, Any]) -> dict[str, list[tuple]]:
    """The rows of the per-document tables for one analysis, in table column order (the store and the
    Spark job write the same rows)."""
    entities = {e["id"]: e for e in a["entities"]}
    times = {t["id"]: t for t in a["times"]}
    out: dict[str, list[tuple]] = {t: [] for t in ROW_TABLES}
    out["entities"] = [(doc_id, e["id"], e.get("kb"), e["name"], e.get("type"), e.get("country"), e.get("sector"),
                        e.get("code")) for e in a["entities"]]
    out["places"] = [(doc_id, p["id"], p["name"], p.get("kind"), p.get("geonames"), p.get("country"), p.get("lat"),
                      p.get("lon")) for p in a["places"]]
    mentions = out["mentions"]
    for item in (*a["entities"], *a["places"], *a["events"]):
        mentions += [(doc_id, item["id"], m[0], m[1], m[2]) for m in item.get("mentions", [])]
    for ev in a["events"]:
        mentions.append((doc_id, ev["id"], *ev["trigger"]))
    out["times"] = [(doc_id, t["id"], t.get("start"), t.get("end"), t.get("precision"), *_span(t["span"]))
                    for t in a["times"]]
    out["quantities"] = [
        (doc_id, q["id"], q.get("value"), q.get("min"), q.get("max"), q.get("unit"), q.get("kind") or q.get("unit"),
         q.get("currency"), int(bool(q.get("approximate"))), *_span(q["span"])) for q in a["quantities"]]
    for ev in a["events"]:
        src, tgt = ev.get("source") or {}, ev.get("target") or {}
        when = times.get(ev.get("time") or "", {})
        out["events"].append((
            doc_id, ev["id"], ev["type"], ev.get("mode"), json.dumps(ev.get("context") or []), ev.get("cameo"),
            ev.get("intensity"), src.get("entity"), src.get("country"), src.get("sector"), src.get("text"),
            tgt.get("entity"), tgt.get("country"), tgt.get("sector"), tgt.get("text"), ev.get("place"),
            ev.get("time"), when.get("start"), when.get("end"), *_span(ev["trigger"]), ev.get("sentence"),
            int(bool(ev.get("negated"))), ev.get("modality"), ev.get("status"), json.dumps(ev.get("quantities") or []),
            json.dumps(ev.get("claims") or [])))
    for c in a["claims"]:
        sp = entities.get(c.get("speaker") or "", {})
        out["claims"].append((
            doc_id, c["id"], c.get("speaker"), sp.get("name"), sp.get("kb"), sp.get("country"), sp.get("sector"),
            (c.get("speaker_span") or [None, None, None])[2], (c.get("cue") or [None, None, None])[2],
            *_span(c["content"]), c["status"], c.get("form"), json.dumps(c.get("hedges") or [], ensure_ascii=False),
            json.dumps(c.get("events") or []), c.get("sentence")))
    out["relations"] = [(doc_id, r["type"], r["from"], r["to"], r.get("reason"), *_span(r.get("evidence")))
                        for r in a["relations"]]
    return out
