"""A readable report of one analysis for a person: actors, places, times, amounts, events, claims."""

from __future__ import annotations

from typing import Any


def _fmt_amount(q: dict[str, Any]) -> str:
    unit = q.get("unit") or ""
    cur = f" {q['currency']}" if q.get("currency") else ""
    if q.get("value") is not None:
        return f"{q['value']:,}{cur} {unit}".strip()
    lo, hi = q.get("min"), q.get("max")
    if lo is not None and hi is not None:
        return f"{lo:,}–{hi:,}{cur} {unit}"
    if hi is not None:
        return f"at most {hi:,}{cur} {unit}"
    if lo is not None:
        return f"at least {lo:,}{cur} {unit}"
    return f"unquantified {unit}"


def text_report(a: dict[str, Any]) -> str:
    """Render an analysis (the JSON contract as a dict) as plain text."""
    d = a["doc"]
    ents = {e["id"]: e for e in a["entities"]}
    places = {p["id"]: p for p in a["places"]}
    times = {t["id"]: t for t in a["times"]}
    lines = [f"# {d.get('title') or d['id']}", f"language: {d['lang']}   published: {d.get('published') or '-'}"
             f"   sentences: {len(a['sentences'])}"]
    lines += [f"note: {n}" for n in d.get("notes", [])]
    if a["entities"]:
        lines.append("\n## Actors")
        for e in a["entities"]:
            code = e.get("code") or "-"
            surf = "; ".join(dict.fromkeys(m[2] for m in e["mentions"]))
            lines.append(f"  {e['id']:<4} {e['name']} [{e['type']}, {code}]  ← {surf}")
    if a["places"]:
        lines.append("\n## Places")
        for p in a["places"]:
            loc = f"{p['lat']:.2f}, {p['lon']:.2f}" if p.get("lat") is not None else "no coordinates"
            q = f" ({p['qualifier']})" if p.get("qualifier") else ""
            surfaces = "; ".join(dict.fromkeys(m[2] for m in p["mentions"]))
            lines.append(f"  {p['id']:<4} {p['name']}{q} [{p['kind']}, {p.get('country') or '-'}, geonames "
                         f"{p.get('geonames') or '-'}] {loc}  ← {surfaces}")
    if a["times"]:
        lines.append("\n## Times")
        for t in a["times"]:
            lines.append(f"  {t['id']:<4} \"{t['span'][2]}\" → {t['start']} … {t['end']} ({t['precision']})")
    if a["quantities"]:
        lines.append("\n## Amounts")
        for q in a["quantities"]:
            lines.append(f"  {q['id']:<4} \"{q['span'][2]}\" → {_fmt_amount(q)}")
    if a["events"]:
        lines.append("\n## Events")
        for v in a["events"]:
            src = (v.get("source") or {}).get("text") or "?"
            tgt = (v.get("target") or {}).get("text") or "-"
            where = places[v["place"]]["name"] if v.get("place") in places else "-"
            when = times[v["time"]]["span"][2] if v.get("time") in times else "-"
            flags = [v["status"]] + (["NEGATED"] if v["negated"] else []) + (
                [v["modality"]] if v["modality"] != "actual" else [])
            lines.append(f"  {v['id']:<4} {v['type']}{'/' + v['mode'] if v['mode'] else ''} (CAMEO {v['cameo']}) "
                         f"\"{v['trigger'][2]}\": {src} → {tgt}; where: {where}; when: {when}; "
                         f"{', '.join(flags)}")
    if a["claims"]:
        lines.append("\n## Claims by speaker")
        by_speaker: dict[str, list[dict[str, Any]]] = {}
        for c in a["claims"]:
            who = ents[c["speaker"]]["name"] if c.get("speaker") in ents else (
                c["speaker_span"][2] if c.get("speaker_span") else (
                    "the article" if c["form"] == "author" else "(unnamed)"))
            by_speaker.setdefault(who, []).append(c)
        for who, cs in by_speaker.items():
            lines.append(f"  {who}")
            for c in cs:
                cue = f" «{c['cue'][2]}»" if c.get("cue") else ""
                hedges = f" hedges: {', '.join(h[2] for h in c['hedges'])}" if c["hedges"] else ""
                content = c["content"][2]
                content = content if len(content) <= 110 else content[:107] + "…"
                lines.append(f"    {c['id']:<4} {c['status'].upper()}{cue}: {content}{hedges}")
    if a["relations"]:
        lines.append("\n## Disagreement and support")
        for r in a["relations"]:
            mark = "!!" if r["type"] in ("contradicts", "disputes") else "++"
            lines.append(f"  {mark} {r['from']} {r['type']} {r['to']}: {r.get('reason', '')}")
    return "\n".join(lines) + "\n"


def table_report(rows: list[dict[str, Any]], columns: list[str], width: int = 40) -> str:
    """Rows as aligned text columns (cells cut to ``width`` characters)."""
    def cell(v: Any) -> str:
        text = "" if v is None else " ".join(str(v).split())
        return text if len(text) <= width else text[:width - 1] + "…"

    cells = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def board_report(story: dict[str, Any] | None, board: list[dict[str, Any]], per_side: int | None = None) -> str:
    """A story's claim board as text: each proposition, its sides, sources and evidence (at most
    ``per_side`` positions per side, the others counted)."""
    out = []
    if story:
        out.append(f"Story {story['story']}: {story['label']} ({story['first_date']} – {story['last_date']},"
                   f" {story['documents']} articles, {story['independent']} independent,"
                   f" languages {story['languages']})")
    for prop in board:
        mark = "CONTRADICTED" if prop["contradicted"] else "corroborated"
        out.append(f"\n  {prop['label']} — {mark}")
        for side in prop["sides"]:
            out.append(f"    side {side['side']}: {side['independent_sources']} independent source(s):"
                       f" {', '.join(side['sources'])}")
            shown = side["positions"] if per_side is None else side["positions"][:per_side]
            for p in shown:
                amount = ""
                if p["min"] is not None or p["max"] is not None:
                    lo = _fmt_number(p["min"])
                    hi = _fmt_number(p["max"]) if p["max"] is not None else "∞"
                    amount = f" [{lo}–{hi}]" if lo != hi else f" [{lo}]"
                copy = " (wire copy)" if p["original_id"] else ""
                evidence = " ".join(str(p["evidence"]).split())
                evidence = evidence if len(evidence) <= 90 else evidence[:89] + "…"
                out.append(f"      - {p['source_label']}{amount}, {p['status']}: “{evidence}”"
                           f" — {p['outlet']}, {p['published']}{copy}")
            if len(shown) < len(side["positions"]):
                out.append(f"      (and {len(side['positions']) - len(shown)} more)")
    return "\n".join(out)


def _fmt_number(v: Any) -> str:
    if v is None:
        return "?"
    v = float(v)
    return f"{int(v):,}" if v == int(v) else f"{v:,.1f}"
