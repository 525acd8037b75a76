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
