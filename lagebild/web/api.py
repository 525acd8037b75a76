"""The JSON API over a store: documents, entities, events, claims, links, stories, and aggregates for
the map, the timeline and the actor network. Read-only; ingestion only with the server's token.

Every list takes ``limit`` (1–1,000, default 100) and ``offset``; every error is
``{"error": {"status": …, "message": …}}``. SQL is built from bound parameters only.
"""

from __future__ import annotations

import hmac
import json
import sqlite3
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from ..store import queries

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=1000, description="at most this many rows")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Day = Annotated[date | None, Query(description="YYYY-MM-DD")]
Story = Annotated[int | None, Query(ge=0, le=2**62)]
Id = Annotated[int, Path(ge=1, le=2**62, description="a row id")]
Text = Annotated[str | None, Query(max_length=200)]
EventType = Annotated[str | None, Query(pattern="^[A-Za-z]{3,12}$", description="PLOVER type, e.g. ASSAULT")]
Actor = Annotated[str | None, Query(pattern="^[A-Za-z]{3,12}$", description="ISO3 country or CAMEO code prefix")]
STATUSES = "asserted|reported|claimed|confirmed|denied|disputed|speculated|feared"
Status = Annotated[str | None, Query(pattern=f"^({STATUSES})$")]


def connection(request: Request):
    """A read-only connection for one request."""
    conn = request.app.state.open()
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(connection)]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _bad(exc: ValueError) -> HTTPException:
    return HTTPException(status_code=400, detail=str(exc))


@router.get("/stats", summary="Counts of the store")
def stats(conn: Conn) -> dict[str, Any]:
    tables = ("documents", "sources", "stories", "entities", "places", "events", "claims", "claim_links")
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # noqa: S608


@router.get("/documents", summary="Documents by story, outlet, language, period, full-text query")
def documents(conn: Conn, story: Story = None, outlet: Text = None,
              lang: Annotated[str | None, Query(pattern="^[a-z]{2}$")] = None, since: Day = None,
              until: Day = None, q: Text = None, limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
    try:
        return queries.documents(conn, story=story, outlet=outlet, lang=lang, since=_iso(since), until=_iso(until),
                                 q=q, limit=limit, offset=offset)
    except ValueError as exc:
        raise _bad(exc) from None


@router.get("/documents/{doc_id}", summary="One document: metadata, text and its analysis")
def document(conn: Conn, doc_id: Id) -> dict[str, Any]:
    row = conn.execute("SELECT d.id, d.title, d.url, d.published, d.lang, s.name AS outlet, d.story_id,"
                       " d.original_id, d.similarity, d.credit, d.text, d.analysis FROM documents d"
                       " LEFT JOIN sources s ON s.id = d.source_id WHERE d.id = ?", (doc_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail=f"no document {doc_id}")
    out = dict(row)
    out["analysis"] = json.loads(out["analysis"])
    return out


@router.get("/entities", summary="Actors across the corpus with document counts")
def entities(conn: Conn, type: Text = None, country: Actor = None, q: Text = None, limit: Limit = 100,
             offset: Offset = 0) -> list[dict[str, Any]]:
    return queries.entities(conn, type=type, country=country, q=q, limit=limit, offset=offset)


@router.get("/events", summary="Events by actor, type, place, period and story")
def events(conn: Conn, actor: Actor = None, source: Actor = None, target: Actor = None, type: EventType = None,
           place: Text = None, since: Day = None, until: Day = None, story: Story = None,
           include_unreal: bool = False, limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
    return queries.events(conn, actor=actor, source=source, target=target, type=type, place=place,
                          since=_iso(since), until=_iso(until), story=story, include_unreal=include_unreal,
                          limit=limit, offset=offset)


@router.get("/claims", summary="Claims by speaker, status and story")
def claims(conn: Conn, speaker: Text = None, status: Status = None, story: Story = None, limit: Limit = 100,
           offset: Offset = 0) -> list[dict[str, Any]]:
    return queries.claims(conn, speaker=speaker, status=status, story=story, limit=limit, offset=offset)


@router.get("/links", summary="Claim links across documents: supports and contradicts")
def links(conn: Conn, story: Story = None,
          type: Annotated[str | None, Query(pattern="^(supports|contradicts)$")] = None,
          limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
    return queries.links(conn, story=story, type=type, limit=limit, offset=offset)


@router.get("/relations", summary="Relations between claims within documents")
def relations(conn: Conn, doc: Annotated[int | None, Query(ge=0, le=2**62)] = None, limit: Limit = 100,
              offset: Offset = 0) -> list[dict[str, Any]]:
    sql = "SELECT doc_id, type, from_claim, to_claim, reason, evidence_text FROM relations"
    params: list[Any] = []
    if doc is not None:
        sql += " WHERE doc_id = ?"
        params.append(doc)
    sql += " ORDER BY doc_id, rowid LIMIT ? OFFSET ?"
    cur = conn.execute(sql, [*params, limit, offset])
    return [dict(zip([c[0] for c in cur.description], r, strict=True)) for r in cur.fetchall()]


@router.get("/stories", summary="Stories with outlets, languages, contradictions and support")
def stories(conn: Conn, limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
    return queries.stories(conn, limit=limit, offset=offset)


@router.get("/stories/{story_id}/board", summary="A story's claim board: sides, sources, positions")
def board(conn: Conn, story_id: Id) -> dict[str, Any]:
    info = queries.story(conn, story_id)
    if info is None:
        raise HTTPException(status_code=404, detail=f"no story {story_id}")
    return {"story": info, "board": queries.board(conn, story_id)}


@router.get("/map", summary="Located events clustered on a grid (server-side)")
def map_clusters(conn: Conn, cell: Annotated[float, Query(ge=0.01, le=90)] = 2.0, type: EventType = None,
                 since: Day = None, until: Day = None, story: Story = None) -> list[dict[str, Any]]:
    return queries.map_clusters(conn, cell=cell, type=type, since=_iso(since), until=_iso(until), story=story)


@router.get("/network", summary="Actor network: events and intensity per pair of countries")
def network(conn: Conn, since: Day = None, until: Day = None, story: Story = None,
            min_events: Annotated[int, Query(ge=1, le=100000)] = 1, limit: Limit = 200) -> dict[str, Any]:
    return queries.network(conn, since=_iso(since), until=_iso(until), story=story, min_events=min_events,
                           limit=limit)


@router.get("/timeline", summary="Events per day and type, claims per day and status")
def timeline(conn: Conn, story: Story = None, type: EventType = None, since: Day = None,
             until: Day = None) -> dict[str, Any]:
    return queries.timeline(conn, story=story, type=type, since=_iso(since), until=_iso(until))


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=2_000_000)
    title: str | None = Field(default=None, max_length=1000)
    source: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    published: date | None = None
    lang: str | None = Field(default=None, pattern="^[a-z]{2}$")


class IngestIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=100)


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    token = request.app.state.token
    if not token:
        raise HTTPException(status_code=403, detail="ingestion over the API is off (start serve with --token)")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(status_code=401, detail="a valid bearer token is required")


@router.post("/ingest", summary="Analyse and store articles (needs the server's bearer token)",
             dependencies=[Depends(require_token)])
def ingest(request: Request, body: IngestIn) -> dict[str, Any]:
    from ..corpus.ingest import ingest as run_ingest
    from ..io.readers import Article
    from ..store import Store

    arts = [Article(a.url or f"api:{n}", a.text, title=a.title, url=a.url, source=a.source,
                    published=a.published.isoformat() if a.published else None, lang=a.lang)
            for n, a in enumerate(body.articles)]
    with Store(request.app.state.db) as store:
        report = run_ingest(arts, store)
    return report.to_json() | {"errors": report.errors}
