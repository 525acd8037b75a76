"""Questions analysts ask of a store, as parameterised SQL returning plain dicts.

Every filter is bound as a parameter; no value is ever formatted into SQL. Results are ordered
deterministically and limited (``limit``, default 100, at most :data:`MAX_LIMIT`).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

MAX_LIMIT = 10_000

EVENT_COLUMNS = """
    e.doc_id, e.id AS event, e.type, e.mode, e.cameo, e.intensity, e.status, e.negated, e.modality,
    e.source_country, e.source_sector, e.source_text, e.target_country, e.target_sector, e.target_text,
    p.name AS place, p.geonames, p.country AS place_country, p.lat, p.lon,
    coalesce(e.date_start, d.published) AS date, e.trigger_text, d.title, d.url, s.name AS outlet, d.story_id
"""
EVENT_FROM = """
    FROM events e JOIN documents d ON d.id = e.doc_id
    LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id
    LEFT JOIN sources s ON s.id = d.source_id
"""


def _limit(limit: int | None) -> int:
    if limit is None:
        return 100
    if limit < 1:
        raise ValueError("limit must be at least 1")
    return min(limit, MAX_LIMIT)


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return [dict(zip([c[0] for c in cur.description], row, strict=True))
            for cur in [conn.execute(sql, params)] for row in cur.fetchall()]


def events(conn: sqlite3.Connection, *, actor: str | None = None, source: str | None = None,
           target: str | None = None, type: str | None = None, place: str | None = None,
           since: str | None = None, until: str | None = None, story: int | None = None,
           include_unreal: bool = False, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Events by actor (either side), source, target (ISO3 country or CAMEO code prefix), PLOVER type,
    place (name or GeoNames id), period and story. Negated and hypothetical events only if asked."""
    where, params = [], []
    for value, cols in ((actor, ("source", "target")), (source, ("source",)), (target, ("target",))):
        if value:
            where.append("(" + " OR ".join(f"e.{c}_country = ? OR (e.{c}_country || coalesce(e.{c}_sector, ''))"
                                           f" LIKE ? || '%'" for c in cols) + ")")
            for _ in cols:
                params += [value.upper(), value.upper()]
    if type:
        where.append("e.type = ?")
        params.append(type.upper())
    if place:
        if place.isdigit():
            where.append("p.geonames = ?")
            params.append(int(place))
        else:
            where.append("p.name = ? COLLATE NOCASE")
            params.append(place)
    if since:
        where.append("coalesce(e.date_start, d.published) >= ?")
        params.append(since)
    if until:
        where.append("coalesce(e.date_start, d.published) <= ?")
        params.append(until)
    if story is not None:
        where.append("d.story_id = ?")
        params.append(story)
    if not include_unreal:
        where.append("e.negated = 0 AND coalesce(e.modality, 'actual') = 'actual'")
    sql = f"SELECT {EVENT_COLUMNS} {EVENT_FROM}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY date, e.doc_id, e.id LIMIT ? OFFSET ?"
    return _rows(conn, sql, [*params, _limit(limit), max(offset, 0)])


def claims(conn: sqlite3.Connection, *, speaker: str | None = None, status: str | None = None,
           story: int | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Claims by speaker (name, words of the speaker span, knowledge-base id or country), status, story."""
    where, params = [], []
    if speaker:
        where.append("(c.speaker_kb = ? OR c.speaker_country = ? OR c.speaker_name LIKE '%' || ? || '%'"
                     " OR c.speaker_text LIKE '%' || ? || '%')")
        params += [speaker, speaker.upper(), speaker, speaker]
    if status:
        where.append("c.status = ?")
        params.append(status)
    if story is not None:
        where.append("d.story_id = ?")
        params.append(story)
    sql = ("SELECT c.doc_id, c.id AS claim, c.status, c.speaker_name, c.speaker_text, c.speaker_country, c.cue_text,"
           " c.content_text, c.hedges, d.published, d.title, s.name AS outlet, d.story_id"
           " FROM claims c JOIN documents d ON d.id = c.doc_id LEFT JOIN sources s ON s.id = d.source_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.published, c.doc_id, c.sentence, c.id LIMIT ? OFFSET ?"
    out = _rows(conn, sql, [*params, _limit(limit), max(offset, 0)])
    for row in out:
        row["hedges"] = json.loads(row["hedges"] or "[]")
    return out


def stories(conn: sqlite3.Connection, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Stories, largest first, with their numbers of documents, independent texts and contradictions."""
    return _rows(conn, """
        SELECT st.id AS story, st.label, st.first_date, st.last_date, st.documents, st.languages,
               (SELECT count(*) FROM documents d WHERE d.story_id = st.id AND d.original_id IS NULL) AS independent,
               (SELECT count(DISTINCT source_id) FROM documents d WHERE d.story_id = st.id) AS outlets,
               (SELECT count(*) FROM claim_links l WHERE l.story_id = st.id AND l.type = 'contradicts')
                   AS contradictions,
               (SELECT count(*) FROM claim_links l WHERE l.story_id = st.id AND l.type = 'supports') AS supports
        FROM stories st ORDER BY st.documents DESC, st.id LIMIT ? OFFSET ?""", [_limit(limit), max(offset, 0)])


def board(conn: sqlite3.Connection, story: int) -> list[dict[str, Any]]:
    """The claim board of a story: each contested or corroborated proposition with its sides, the
    independent sources on each side and every position (speaker, outlet, article, evidence, interval)."""
    props = _rows(conn, "SELECT id, key, label FROM propositions WHERE story_id = ? ORDER BY key", [story])
    out = []
    for prop in props:
        positions = _rows(conn, """
            SELECT pc.side, pc.source_key, pc.source_label, pc.min, pc.max, pc.evidence, pc.doc_id, pc.claim_id,
                   c.status, c.speaker_text, s.name AS outlet, d.published, d.title, d.original_id
            FROM proposition_claims pc JOIN documents d ON d.id = pc.doc_id
            LEFT JOIN claims c ON c.doc_id = pc.doc_id AND c.id = pc.claim_id
            LEFT JOIN sources s ON s.id = d.source_id
            WHERE pc.proposition_id = ? ORDER BY pc.side, d.published, pc.doc_id, pc.claim_id""", [prop["id"]])
        sides: dict[int, dict[str, Any]] = {}
        for p in positions:
            side = sides.setdefault(p["side"], {"side": p["side"], "sources": set(), "keys": set(), "positions": []})
            side["sources"].add(p["source_label"])
            side["keys"].add(p["source_key"])
            side["positions"].append(p)
        links = dict(conn.execute("SELECT type, count(*) FROM claim_links WHERE proposition_id = ? GROUP BY type",
                                  (prop["id"],)).fetchall())
        if not links:
            continue
        out.append({
            "proposition": prop["key"], "label": prop["label"],
            "contradicted": links.get("contradicts", 0) > 0, "links": links,
            "sides": [{"side": s["side"], "sources": sorted(s["sources"]), "independent_sources": len(s["keys"]),
                       "positions": s["positions"]} for s in sides.values()],
        })
    return out


def search(conn: sqlite3.Connection, text: str, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Documents matching a full-text query (SQLite FTS5 syntax), best first."""
    try:
        return _rows(conn, """
            SELECT d.id AS doc_id, d.title, d.published, s.name AS outlet, d.story_id,
                   snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet
            FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
            LEFT JOIN sources s ON s.id = d.source_id
            WHERE documents_fts MATCH ? ORDER BY rank, d.id LIMIT ?""", [text, _limit(limit)])
    except sqlite3.OperationalError as exc:
        raise ValueError(f"not a valid full-text query: {text!r} ({exc})") from None
