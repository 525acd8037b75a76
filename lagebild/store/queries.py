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
           include_unreal: bool = False, bbox: tuple[float, float, float, float] | None = None,
           limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Events by actor (either side), source, target (ISO3 country or CAMEO code prefix), PLOVER type,
    place (name or GeoNames id), area (west, south, east, north), period and story. Negated and
    hypothetical events only if asked."""
    where, params = [], []
    if bbox is not None:
        where.append("p.lon >= ? AND p.lat >= ? AND p.lon < ? AND p.lat < ?")
        params += list(bbox)
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
        if place.isdigit() and len(place) <= 12:  # a GeoNames id
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


STORY_SELECT = """
    SELECT st.id AS story, st.label, st.first_date, st.last_date, st.documents, st.languages,
           (SELECT count(*) FROM documents d WHERE d.story_id = st.id AND d.original_id IS NULL) AS independent,
           (SELECT count(DISTINCT source_id) FROM documents d WHERE d.story_id = st.id) AS outlets,
           (SELECT count(*) FROM claim_links l WHERE l.story_id = st.id AND l.type = 'contradicts') AS contradictions,
           (SELECT count(*) FROM claim_links l WHERE l.story_id = st.id AND l.type = 'supports') AS supports
    FROM stories st"""


def stories(conn: sqlite3.Connection, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Stories, largest first, with their numbers of documents, independent texts and contradictions."""
    return _rows(conn, STORY_SELECT + " ORDER BY st.documents DESC, st.id LIMIT ? OFFSET ?",
                 [_limit(limit), max(offset, 0)])


def story(conn: sqlite3.Connection, story_id: int) -> dict[str, Any] | None:
    """One story with the counts of :func:`stories`, or None."""
    rows = _rows(conn, STORY_SELECT + " WHERE st.id = ?", [story_id])
    return rows[0] if rows else None


def board(conn: sqlite3.Connection, story: int) -> list[dict[str, Any]]:
    """The claim board of a story: each contested or corroborated proposition with its sides, the
    independent sources on each side and every position (speaker, outlet, article, evidence, interval)."""
    props = _rows(conn, "SELECT id, key, label FROM propositions WHERE story_id = ? ORDER BY key", [story])
    out = []
    for prop in props:
        positions = _rows(conn, """
            SELECT pc.side, pc.source_key, pc.source_label, pc.min, pc.max, pc.evidence, pc.doc_id, pc.claim_id,
                   c.status, c.speaker_text, c.cue_text, c.content_text, s.name AS outlet, d.published, d.title,
                   d.original_id
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


def documents(conn: sqlite3.Connection, *, story: int | None = None, outlet: str | None = None,
              lang: str | None = None, since: str | None = None, until: str | None = None, q: str | None = None,
              limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Documents (without text) by story, outlet, language, period and full-text query."""
    where, params = [], []
    if story is not None:
        where.append("d.story_id = ?")
        params.append(story)
    if outlet:
        where.append("s.name = ?")
        params.append(outlet)
    if lang:
        where.append("d.lang = ?")
        params.append(lang)
    if since:
        where.append("d.published >= ?")
        params.append(since)
    if until:
        where.append("d.published <= ?")
        params.append(until)
    if q:
        where.append("d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
        params.append(q)
    sql = ("SELECT d.id, d.title, d.url, d.published, d.lang, d.chars, s.name AS outlet, d.story_id, d.original_id,"
           " d.credit FROM documents d LEFT JOIN sources s ON s.id = d.source_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.published, d.id LIMIT ? OFFSET ?"
    try:
        return _rows(conn, sql, [*params, _limit(limit), max(offset, 0)])
    except sqlite3.OperationalError as exc:
        raise ValueError(f"not a valid full-text query: {q!r} ({exc})") from None


def entities(conn: sqlite3.Connection, *, type: str | None = None, country: str | None = None,
             q: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Actors across the corpus (one row per knowledge-base id, else per name), with document counts."""
    where, params = [], []
    if type:
        where.append("type = ?")
        params.append(type)
    if country:
        where.append("country = ?")
        params.append(country.upper())
    if q:
        where.append("name LIKE '%' || ? || '%'")
        params.append(q)
    sql = ("SELECT coalesce(kb, 'name:' || name) AS key, kb, name, type, country, sector, code,"
           " count(DISTINCT doc_id) AS documents FROM entities")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " GROUP BY key ORDER BY documents DESC, key LIMIT ? OFFSET ?"
    return _rows(conn, sql, [*params, _limit(limit), max(offset, 0)])


def links(conn: sqlite3.Connection, *, story: int | None = None, type: str | None = None,
          limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Claim links across documents, with both claims' speakers and contents."""
    where, params = [], []
    if story is not None:
        where.append("l.story_id = ?")
        params.append(story)
    if type:
        where.append("l.type = ?")
        params.append(type)
    sql = """
        SELECT l.story_id, l.type, p.key AS proposition, l.reason, l.a_sources, l.b_sources,
               l.a_doc, l.a_claim, ca.speaker_text AS a_speaker, ca.content_text AS a_content,
               l.b_doc, l.b_claim, cb.speaker_text AS b_speaker, cb.content_text AS b_content
        FROM claim_links l JOIN propositions p ON p.id = l.proposition_id
        LEFT JOIN claims ca ON ca.doc_id = l.a_doc AND ca.id = l.a_claim
        LEFT JOIN claims cb ON cb.doc_id = l.b_doc AND cb.id = l.b_claim"""
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY l.story_id, p.key, l.a_doc, l.a_claim, l.b_doc, l.b_claim LIMIT ? OFFSET ?"
    return _rows(conn, sql, [*params, _limit(limit), max(offset, 0)])


def _event_filter(type: str | None, since: str | None, until: str | None, story: int | None = None,
                  actor: str | None = None) -> tuple[str, list[Any]]:
    where, params = ["e.negated = 0", "coalesce(e.modality, 'actual') = 'actual'"], []
    if type:
        where.append("e.type = ?")
        params.append(type.upper())
    if since:
        where.append("coalesce(e.date_start, d.published) >= ?")
        params.append(since)
    if until:
        where.append("coalesce(e.date_start, d.published) <= ?")
        params.append(until)
    if story is not None:
        where.append("d.story_id = ?")
        params.append(story)
    if actor:
        where.append("(e.source_country = ? OR e.target_country = ?)")
        params += [actor.upper(), actor.upper()]
    return " AND ".join(where), params


def map_clusters(conn: sqlite3.Connection, *, cell: float = 2.0, type: str | None = None, since: str | None = None,
                 until: str | None = None, story: int | None = None) -> list[dict[str, Any]]:
    """Located events aggregated on a grid of ``cell`` degrees (server-side clustering): per cell its
    centre, event count, dominant type, places and the most intense events' ids."""
    if not 0.01 <= cell <= 90:
        raise ValueError("cell must be between 0.01 and 90 degrees")
    where, params = _event_filter(type, since, until, story)
    rows = conn.execute(f"""
        SELECT CAST(floor(p.lat / ?) AS INTEGER) AS gy, CAST(floor(p.lon / ?) AS INTEGER) AS gx, e.type,
               count(*), sum(p.lat), sum(p.lon), group_concat(DISTINCT p.name),
               min(coalesce(e.date_start, d.published)), max(coalesce(e.date_start, d.published)),
               sum(coalesce(e.intensity, 0))
        FROM events e JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id
        JOIN documents d ON d.id = e.doc_id
        WHERE p.lat IS NOT NULL AND {where}
        GROUP BY gy, gx, e.type""", [cell, cell, *params]).fetchall()  # noqa: S608
    cells: dict[tuple[int, int], dict[str, Any]] = {}
    for gy, gx, etype, n, slat, slon, places, first, last, sint in rows:
        c = cells.setdefault((gy, gx), {"events": 0, "lat": 0.0, "lon": 0.0, "places": set(), "types": {},
                                        "first": first, "last": last, "intensity": 0.0})
        c["events"] += n
        c["lat"] += slat
        c["lon"] += slon
        c["places"].update((places or "").split(","))
        c["types"][etype] = n
        c["first"] = min(filter(None, (c["first"], first)), default=None)
        c["last"] = max(filter(None, (c["last"], last)), default=None)
        c["intensity"] += sint
    out = []
    for (gy, gx), c in sorted(cells.items(), key=lambda kv: (-kv[1]["events"], kv[0]))[:5000]:
        n = c["events"]
        out.append({"lat": round(c["lat"] / n, 4), "lon": round(c["lon"] / n, 4), "events": n,
                    "places": sorted(c["places"] - {""})[:8],
                    "types": dict(sorted(c["types"].items(), key=lambda kv: (-kv[1], kv[0]))),
                    "first": c["first"], "last": c["last"], "intensity": round(c["intensity"] / n, 2),
                    "bbox": [max(gx * cell, -180.0), max(gy * cell, -90.0), min((gx + 1) * cell, 180.0),
                             min((gy + 1) * cell, 90.0)]})
    return out


def network(conn: sqlite3.Connection, *, since: str | None = None, until: str | None = None,
            story: int | None = None, min_events: int = 1, limit: int | None = None) -> dict[str, Any]:
    """Actor network: countries (CAMEO actor codes' countries) as nodes; per ordered pair the number of
    events, summed and mean intensity (negative: conflict, positive: cooperation)."""
    where, params = _event_filter(None, since, until, story)
    edges = _rows(conn, f"""
        SELECT e.source_country AS source, e.target_country AS target, count(*) AS events,
               round(sum(e.intensity), 2) AS weight, round(avg(e.intensity), 2) AS mean_intensity,
               sum(e.intensity < 0) AS conflict, sum(e.intensity > 0) AS cooperation
        FROM events e JOIN documents d ON d.id = e.doc_id
        WHERE e.source_country IS NOT NULL AND e.target_country IS NOT NULL
          AND e.source_country != e.target_country AND {where}
        GROUP BY e.source_country, e.target_country HAVING count(*) >= ?
        ORDER BY events DESC, source, target LIMIT ?""", [*params, max(min_events, 1), _limit(limit)])  # noqa: S608
    nodes: dict[str, dict[str, Any]] = {}
    for e in edges:
        for end in ("source", "target"):
            node = nodes.setdefault(e[end], {"id": e[end], "events": 0})
            node["events"] += e["events"]
    return {"nodes": sorted(nodes.values(), key=lambda n: (-n["events"], n["id"])), "edges": edges}


def timeline(conn: sqlite3.Connection, *, story: int | None = None, type: str | None = None,
             since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """Events per day and type, and claims per day and status (for a story or the whole store). Events
    dated only to a month or year ("2024") are left out: they belong to no day."""
    where, params = _event_filter(type, since, until, story)
    events = _rows(conn, f"""
        SELECT coalesce(e.date_start, d.published) AS day, e.type, count(*) AS events
        FROM events e JOIN documents d ON d.id = e.doc_id
        LEFT JOIN times t ON t.doc_id = e.doc_id AND t.id = e.time_id
        WHERE coalesce(e.date_start, d.published) IS NOT NULL AND coalesce(t.precision, 'day') = 'day' AND {where}
        GROUP BY day, e.type ORDER BY day, e.type LIMIT 20000""", params)  # noqa: S608
    cwhere, cparams = ["d.published IS NOT NULL"], []
    if story is not None:
        cwhere.append("d.story_id = ?")
        cparams.append(story)
    if since:
        cwhere.append("d.published >= ?")
        cparams.append(since)
    if until:
        cwhere.append("d.published <= ?")
        cparams.append(until)
    claims_by_day = _rows(conn, f"""
        SELECT d.published AS day, c.status, count(*) AS claims
        FROM claims c JOIN documents d ON d.id = c.doc_id WHERE {' AND '.join(cwhere)} AND c.status != 'asserted'
        GROUP BY day, c.status ORDER BY day, c.status LIMIT 20000""", cparams)  # noqa: S608
    return {"events": events, "claims": claims_by_day}
