"""Server-rendered pages: overview, claim board, article view, map, timeline, network, events.

Filters are plain GET forms and every chart element is a link, so everything works by keyboard,
without script and offline.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from html import escape
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from ..store import queries
from . import svg
from .api import Actor, Day, EventType, Id, Story, Text, connection

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
Conn = Annotated[sqlite3.Connection, Depends(connection)]
PAGE = 50


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _keep(**params: Any) -> dict[str, str]:
    """The filters to carry into links (the ones that are set)."""
    return {k: str(v) for k, v in params.items() if v not in (None, "", False)}


def render(request: Request, name: str, **ctx: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, ctx)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, conn: Conn, q: Text = None) -> HTMLResponse:
    hits = []
    if q:
        try:
            hits = queries.search(conn, q, limit=50)
        except ValueError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None
    stats = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
             for t in ("documents", "sources", "stories", "events", "claims", "claim_links")}
    return render(request, "overview.html", stories=queries.stories(conn, limit=200), stats=stats, q=q or "",
                  hits=hits)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_board(request: Request, conn: Conn, story_id: Id) -> HTMLResponse:
    info = queries.story(conn, story_id)
    if info is None:
        raise HTTPException(status_code=404, detail=f"no story {story_id}")
    board = queries.board(conn, story_id)
    docs = queries.documents(conn, story=story_id, limit=500)
    tl = queries.timeline(conn, story=story_id)
    hedges = {(r["doc_id"], r["id"]): json.loads(r["hedges"] or "[]") for r in conn.execute(
        "SELECT c.doc_id, c.id, c.hedges FROM claims c JOIN documents d ON d.id = c.doc_id WHERE d.story_id = ?",
        (story_id,))}
    return render(request, "board.html", story=info, board=board, docs=docs, hedges=hedges,
                  chart=Markup(svg.timeline_chart(tl["events"], tl["claims"], {"story": str(story_id)})))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def article(request: Request, conn: Conn, doc_id: Id) -> HTMLResponse:
    row = conn.execute("SELECT d.*, s.name AS outlet FROM documents d LEFT JOIN sources s ON s.id = d.source_id"
                       " WHERE d.id = ?", (doc_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail=f"no document {doc_id}")
    analysis = json.loads(row["analysis"])
    original = None
    if row["original_id"]:
        original = conn.execute("SELECT d.id, d.title, s.name FROM documents d LEFT JOIN sources s"
                                " ON s.id = d.source_id WHERE d.id = ?", (row["original_id"],)).fetchone()
    links = conn.execute(
        "SELECT l.type, l.a_doc, l.a_claim, l.b_doc, l.b_claim, p.label FROM claim_links l JOIN propositions p"
        " ON p.id = l.proposition_id WHERE l.a_doc = ? OR l.b_doc = ? ORDER BY p.key LIMIT 200",
        (doc_id, doc_id)).fetchall()
    return render(request, "article.html", doc=row, a=analysis, original=original, links=links,
                  marked=Markup(highlight(row["text"], analysis)))


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    return FileResponse(Path(__file__).parent / "static" / "favicon.svg", media_type="image/svg+xml")


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API described from its OpenAPI document (FastAPI's own pages load scripts from a CDN)."""
    return render(request, "apidocs.html", spec=request.app.openapi())


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, conn: Conn, type: EventType = None, since: Day = None, until: Day = None,
             story: Story = None, cell: Annotated[float, Query(ge=0.25, le=30)] = 2.0,
             world: bool = False) -> HTMLResponse:
    clusters = queries.map_clusters(conn, cell=cell, type=type, since=_iso(since), until=_iso(until), story=story)
    keep = _keep(type=type, since=_iso(since), until=_iso(until), story=story)
    view = svg.view_of(clusters, whole=world)
    return render(request, "map.html", chart=Markup(svg.world_map(clusters, _capitals(), keep, view)),
                  clusters=clusters, world=world, keep=keep,
                  f={"type": type or "", "since": _iso(since) or "", "until": _iso(until) or "",
                     "story": story if story is not None else "", "cell": cell}, types=_types(conn))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, conn: Conn, story: Story = None, type: EventType = None, since: Day = None,
                  until: Day = None) -> HTMLResponse:
    tl = queries.timeline(conn, story=story, type=type, since=_iso(since), until=_iso(until))
    keep = _keep(story=story, since=_iso(since), until=_iso(until))
    return render(request, "timeline.html", chart=Markup(svg.timeline_chart(tl["events"], tl["claims"], keep)),
                  f={"type": type or "", "since": _iso(since) or "", "until": _iso(until) or "",
                     "story": story if story is not None else ""}, types=_types(conn))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, conn: Conn, since: Day = None, until: Day = None, story: Story = None,
                 min_events: Annotated[int, Query(ge=1, le=100000)] = 1) -> HTMLResponse:
    net = queries.network(conn, since=_iso(since), until=_iso(until), story=story, min_events=min_events, limit=200)
    keep = _keep(since=_iso(since), until=_iso(until), story=story)
    return render(request, "network.html", chart=Markup(svg.network_chart(net, keep)), net=net,
                  f={"since": _iso(since) or "", "until": _iso(until) or "",
                     "story": story if story is not None else "", "min_events": min_events})


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, conn: Conn, actor: Actor = None, source: Actor = None, target: Actor = None,
                type: EventType = None, place: Text = None, since: Day = None, until: Day = None,
                story: Story = None, west: Annotated[float | None, Query(ge=-180, le=180)] = None,
                south: Annotated[float | None, Query(ge=-90, le=90)] = None,
                east: Annotated[float | None, Query(ge=-180, le=180)] = None,
                north: Annotated[float | None, Query(ge=-90, le=90)] = None,
                page: Annotated[int, Query(ge=1, le=100000)] = 1) -> HTMLResponse:
    bbox = (west, south, east, north) if None not in (west, south, east, north) else None
    rows = queries.events(conn, actor=actor, source=source, target=target, type=type, place=place,
                          since=_iso(since), until=_iso(until), story=story, bbox=bbox, limit=PAGE + 1,
                          offset=(page - 1) * PAGE)
    keep = _keep(actor=actor, source=source, target=target, type=type, place=place, since=_iso(since),
                 until=_iso(until), story=story, west=west, south=south, east=east, north=north)
    return render(request, "events.html", rows=rows[:PAGE], more=len(rows) > PAGE, page=page, keep=keep,
                  f={"actor": actor or "", "source": source or "", "target": target or "", "type": type or "",
                     "place": place or "", "since": _iso(since) or "", "until": _iso(until) or "",
                     "story": story if story is not None else ""}, types=_types(conn))


def _types(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT type FROM events ORDER BY type")]


def _capitals() -> list[tuple[str, float, float]]:
    from ..pipeline import default_resources

    kb = default_resources().kb
    out = []
    for iso, pid in sorted(kb.capitals.items()):
        rec = kb.places.get(pid) or {}
        if rec.get("lat") is not None and rec.get("lon") is not None:
            out.append((iso, rec["lat"], rec["lon"]))
    return out


def highlight(text: str, a: dict[str, Any]) -> str:
    """The text as HTML with every mention, time, amount, event trigger and claim marked and anchored.

    Marks nest only where the spans nest; overlapping spans are cut to the outer one."""
    spans: list[tuple[int, int, str, str, str]] = []  # start, end, class, id, title
    for e in a["entities"]:
        for m in e["mentions"]:
            spans.append((m[0], m[1], "entity", e["id"], f"{e['name']} ({e.get('code') or e['type']})"))
    for p in a["places"]:
        for m in p["mentions"]:
            spans.append((m[0], m[1], "place", p["id"], f"{p['name']} ({p.get('kind')}, {p.get('country')})"))
    for t in a["times"]:
        spans.append((t["span"][0], t["span"][1], "time", t["id"], f"{t.get('start')} – {t.get('end')}"))
    for q in a["quantities"]:
        spans.append((q["span"][0], q["span"][1], "quantity", q["id"], f"{q.get('kind') or q.get('unit')}"))
    for v in a["events"]:
        spans.append((v["trigger"][0], v["trigger"][1], "event", v["id"], f"{v['type']} ({v['status']})"))
    for c in a["claims"]:
        if c.get("form") != "author":
            spans.append((c["content"][0], c["content"][1], f"claim status-{c['status']}", c["id"],
                           f"{c['status']} — {(c.get('speaker_span') or [0, 0, 'no speaker'])[2]}"))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[str] = []
    stack: list[int] = []  # ends of open marks
    pos = 0
    events: list[tuple[int, int, str]] = []  # (offset, order, html)
    anchored: set[str] = set()
    for start, end, cls, sid, title in spans:
        while stack and stack[-1] <= start:
            stack.pop()
        if stack and stack[-1] < end:
            continue  # overlaps the enclosing mark without nesting in it
        stack.append(end)
        anchor = f' id="{escape(sid)}"' if sid not in anchored else ""
        anchored.add(sid)
        events.append((start, 1, f'<mark class="{cls}"{anchor} title="{escape(title)}">'))
        events.append((end, 0, "</mark>"))
    for offset, _order, tag in sorted(events, key=lambda e: (e[0], e[1])):
        out.append(escape(text[pos:offset]))
        out.append(tag)
        pos = offset
    out.append(escape(text[pos:]))
    return "".join(out).replace("\n\n", "</p><p>").join(("<p>", "</p>"))
