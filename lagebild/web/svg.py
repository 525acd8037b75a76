"""Server-side SVG for the map, the timeline and the actor network: no script, no external library,
so the pages work offline and under a strict Content-Security-Policy. Every shape has a ``<title>``
(a tooltip and a text for screen readers) and clickable shapes are links."""

from __future__ import annotations

import math
from collections import defaultdict
from html import escape
from typing import Any
from urllib.parse import urlencode

WIDTH, HEIGHT = 960, 480


def view_of(clusters: list[dict[str, Any]], whole: bool = False) -> tuple[float, float, float, float]:
    """(west, south, east, north) framing the clusters with a margin, 2:1 like the picture."""
    if whole or not clusters:
        return (-180.0, -90.0, 180.0, 90.0)
    lons = [c["lon"] for c in clusters]
    lats = [c["lat"] for c in clusters]
    w, e = min(lons) - 8, max(lons) + 8
    s, n = min(lats) - 6, max(lats) + 6
    span = max(e - w, 2 * (n - s), 40.0)
    cx, cy = (w + e) / 2, (s + n) / 2
    w, e = max(cx - span / 2, -180.0), min(cx + span / 2, 180.0)
    s, n = max(cy - span / 4, -90.0), min(cy + span / 4, 90.0)
    return (w, s, e, n)


def _projector(view: tuple[float, float, float, float]):
    w, s, e, n = view

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (lon - w) / (e - w) * WIDTH, (n - lat) / (n - s) * HEIGHT

    return xy


def _tone(intensity: float) -> str:
    """A class by mean intensity: conflict, cooperation or neutral."""
    return "conflict" if intensity <= -1 else "cooperation" if intensity >= 1 else "neutral"


def world_map(clusters: list[dict[str, Any]], capitals: list[tuple[str, float, float]],
              link: dict[str, str], view: tuple[float, float, float, float] = (-180.0, -90.0, 180.0, 90.0)) -> str:
    """An equirectangular map of ``view`` (west, south, east, north): graticule, capitals as reference
    points, event clusters as circles (area by number of events, colour by mean intensity) linking
    to their events."""
    _xy = _projector(view)
    w0, s0, e0, n0 = view
    step = 30 if e0 - w0 > 120 else 10 if e0 - w0 > 40 else 5
    parts = [f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" class="map" role="img" aria-labelledby="map-title">'
             '<title id="map-title">Map of located events</title>'
             f'<rect width="{WIDTH}" height="{HEIGHT}" class="sea"/>']
    for lon in range(-180, 181, step):
        if w0 <= lon <= e0:
            x, _ = _xy(0, lon)
            parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{HEIGHT}" class="grid"/>'
                         f'<text x="{x + 2:.1f}" y="{HEIGHT - 4}" class="axis">{lon}°</text>')
    for lat in range(-90, 91, step):
        if s0 <= lat <= n0:
            _, y = _xy(lat, 0)
            parts.append(f'<line x1="0" y1="{y:.1f}" x2="{WIDTH}" y2="{y:.1f}" class="grid"/>'
                         f'<text x="2" y="{y - 2:.1f}" class="axis">{lat}°</text>')
    for iso, lat, lon in capitals:
        if not (w0 <= lon <= e0 and s0 <= lat <= n0):
            continue
        x, y = _xy(lat, lon)
        parts.append(f'<g class="capital"><circle cx="{x:.1f}" cy="{y:.1f}" r="1.2"/>'
                     f'<text x="{x + 2:.1f}" y="{y - 2:.1f}">{escape(iso)}</text></g>')
    biggest = max((c["events"] for c in clusters), default=1)
    for c in sorted(clusters, key=lambda c: -c["events"]):
        x, y = _xy(c["lat"], c["lon"])
        r = 3 + 14 * math.sqrt(c["events"] / biggest)
        w, s, e, n = c["bbox"]
        query = urlencode({**link, "west": w, "south": s, "east": e, "north": n})
        types = ", ".join(f"{t} {k}" for t, k in c["types"].items())
        label = f"{', '.join(c['places'])}: {c['events']} events ({types}), {c['first']} – {c['last']}"
        parts.append(f'<a href="/events?{escape(query)}" class="cluster {_tone(c["intensity"])}">'
                     f'<title>{escape(label)}</title>'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>'
                     f'<text x="{x:.1f}" y="{y + 3:.1f}" class="count">{c["events"]}</text></a>')
    parts.append("</svg>")
    return "".join(parts)


def timeline_chart(events: list[dict[str, Any]], claims: list[dict[str, Any]], link: dict[str, str]) -> str:
    """Events per day (stacked by type) above, claims per day (stacked by status) below."""
    days = sorted({r["day"][:10] for r in events} | {r["day"][:10] for r in claims})
    if not days:
        return '<p class="empty">No dated events or claims for this selection.</p>'
    per_day_e: dict[str, list[tuple[str, int]]] = defaultdict(list)
    per_day_c: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for r in events:
        per_day_e[r["day"][:10]].append((r["type"], r["events"]))
    for r in claims:
        per_day_c[r["day"][:10]].append((r["status"], r["claims"]))
    top_e = max((sum(n for _, n in v) for v in per_day_e.values()), default=1)
    top_c = max((sum(n for _, n in v) for v in per_day_c.values()), default=1)
    width = max(480, 28 * len(days) + 60)
    half = 180
    parts = [f'<svg viewBox="0 0 {width} {2 * half + 60}" class="timeline" role="img" aria-labelledby="tl-title">'
             '<title id="tl-title">Events and claims per day</title>'
             f'<text x="4" y="14" class="axis">events</text><text x="4" y="{half + 44}" class="axis">claims</text>']
    for i, day in enumerate(days):
        x = 50 + 28 * i
        y = half + 20
        for etype, n in per_day_e.get(day, []):
            h = (half - 10) * n / top_e
            y -= h
            query = urlencode({**link, "type": etype, "since": day, "until": day})
            parts.append(f'<a href="/events?{escape(query)}"><title>{escape(day)}: {n} {escape(etype)}</title>'
                         f'<rect x="{x}" y="{y:.1f}" width="20" height="{h:.1f}" class="type-{escape(etype)}"/></a>')
        y = half + 40
        for status, n in per_day_c.get(day, []):
            h = (half - 10) * n / top_c
            parts.append(f'<rect x="{x}" y="{y:.1f}" width="20" height="{h:.1f}" class="status-{escape(status)}">'
                         f'<title>{escape(day)}: {n} {escape(status)} claims</title></rect>')
            y += h
        if i % max(1, len(days) // 12) == 0:
            label = day if i == 0 or days[i - 1][:4] != day[:4] else day[5:]
            parts.append(f'<text x="{x}" y="{half + 34}" class="day">{escape(label)}</text>')
    parts.append("</svg>")
    types = sorted({r["type"] for r in events})
    key = "".join(f'<li><span class="type-swatch type-{escape(t)}"></span>{escape(t)}</li>' for t in types)
    return "".join(parts) + f'<ul class="key" aria-label="Event types">{key}</ul>'



def network_chart(net: dict[str, Any], link: dict[str, str]) -> str:
    """Countries on a circle; an arrow per ordered pair, width by events, colour by mean intensity;
    each edge links to its events."""
    nodes = net["nodes"][:40]
    if not nodes:
        return '<p class="empty">No events between two countries for this selection.</p>'
    size, radius = 560, 220
    pos = {}
    for i, n in enumerate(nodes):
        angle = 2 * math.pi * i / len(nodes) - math.pi / 2
        pos[n["id"]] = (size / 2 + radius * math.cos(angle), size / 2 + radius * math.sin(angle))
    top = max((e["events"] for e in net["edges"]), default=1)
    parts = [f'<svg viewBox="0 0 {size} {size}" class="network" role="img" aria-labelledby="net-title">'
             '<title id="net-title">Actor network: events between countries</title>'
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9"'
             ' markerUnits="userSpaceOnUse" orient="auto-start-reverse">'
             '<path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead"/></marker></defs>']
    for e in net["edges"]:
        if e["source"] not in pos or e["target"] not in pos:
            continue
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        dx, dy = x2 - x1, y2 - y1
        dist = math.hypot(dx, dy) or 1
        x2, y2 = x2 - dx / dist * 14, y2 - dy / dist * 14
        bend = 0.15
        cx, cy = (x1 + x2) / 2 - dy * bend, (y1 + y2) / 2 + dx * bend
        width = 1 + 7 * e["events"] / top
        query = urlencode({**link, "source": e["source"], "target": e["target"]})
        label = (f"{e['source']} → {e['target']}: {e['events']} events, mean intensity {e['mean_intensity']}"
                 f" ({e['conflict']} conflict, {e['cooperation']} cooperation)")
        parts.append(f'<a href="/events?{escape(query)}" class="edge {_tone(e["mean_intensity"] or 0)}">'
                     f'<title>{escape(label)}</title><path d="M {x1:.1f} {y1:.1f} Q {cx:.1f} {cy:.1f} {x2:.1f} '
                     f'{y2:.1f}" stroke-width="{width:.1f}" marker-end="url(#arrow)"/></a>')
    for n in nodes:
        x, y = pos[n["id"]]
        query = urlencode({**link, "actor": n["id"]})
        parts.append(f'<a href="/events?{escape(query)}" class="node"><title>{escape(n["id"])}: {n["events"]} events'
                     f'</title><circle cx="{x:.1f}" cy="{y:.1f}" r="13"/>'
                     f'<text x="{x:.1f}" y="{y + 4:.1f}">{escape(n["id"])}</text></a>')
    parts.append("</svg>")
    return "".join(parts)
