"""The project's own gold files: JSON Lines of short texts with annotations given as substrings.

Each line is an object with ``id``, ``text`` and a list of annotations. An annotation names its
spans by their surface (``"trigger": "shelled"``); when the surface occurs more than once in the
text, ``"<name>_at": n`` picks the n-th occurrence (0-based). :func:`locate` turns a surface into
character offsets, and :func:`read_items` checks every span of every item when the file is read,
so a scorer never works on a gold span that is not in its text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError

Span = tuple[int, int]


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    annotations: list[dict[str, Any]]
    covers: tuple[str, ...]


def locate(text: str, surface: str, at: int = 0) -> Span:
    """The offsets of the ``at``-th occurrence of ``surface`` in ``text``; ValueError if none."""
    start = -1
    for _ in range(at + 1):
        start = text.find(surface, start + 1)
        if start < 0:
            raise ValueError(f"{surface!r} (occurrence {at}) is not in the text")
    return start, start + len(surface)


def span_of(item: Item, annotation: dict[str, Any], name: str) -> Span | None:
    """The offsets of ``annotation[name]`` in the item's text, None when the annotation has none."""
    surface = annotation.get(name)
    if surface is None:
        return None
    return locate(item.text, surface, int(annotation.get(f"{name}_at", 0)))


def overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def read_items(path: Path, key: str, spans: Iterable[str], allowed: dict[str, set] | None = None,
               required: Iterable[str] = ()) -> list[Item]:
    """Read and check a gold file whose annotations are under ``key`` with the given span fields; every
    annotation must have the ``required`` fields, and fields named in ``allowed`` one of its values."""
    spans, required = tuple(spans), tuple(required)
    items: list[Item] = []
    seen: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a readable UTF-8 file ({exc})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
            item = Item(str(obj["id"]), obj["text"], list(obj[key]), tuple(obj.get("covers", ())))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{where}: not a gold item with id, text and {key} ({exc})") from None
        if item.id in seen:
            raise InputError(f"{where}: duplicate id {item.id!r}")
        seen.add(item.id)
        for ann in item.annotations:
            missing = [name for name in required if not isinstance(ann, dict) or ann.get(name) is None]
            if missing:
                raise InputError(f"{where}: an annotation without {', '.join(missing)}")
            for name in spans:
                try:
                    span_of(item, ann, name)
                except (ValueError, TypeError) as exc:
                    raise InputError(f"{where}: {name}: {exc}") from None
            for name, values in (allowed or {}).items():
                if name in ann and (not isinstance(ann[name], (str, bool)) or ann[name] not in values):
                    raise InputError(f"{where}: {name} {ann[name]!r} is not one of {sorted(map(str, values))}")
        items.append(item)
    if not items:
        raise InputError(f"{path}: no gold items")
    return items


PARTS = ("heldout", "dev", "all")


def part_of(item_id: str) -> str:
    """The fixed half an item belongs to, by a hash of its id: "dev" (for looking at errors) or "heldout"."""
    return "heldout" if hashlib.sha256(item_id.encode("utf-8")).digest()[0] % 2 else "dev"


def select(items: list[Item], part: str) -> list[Item]:
    if part not in PARTS:
        raise InputError(f"part {part!r} is not one of {', '.join(PARTS)}")
    return items if part == "all" else [it for it in items if part_of(it.id) == part]


def analyse(items: list[Item], lang: str | None, field: str) -> dict[str, list[dict]]:
    """Each item's text analysed on its own: item id → the analysis's ``field`` ("events", "claims")."""
    from ..pipeline import analyze

    return {it.id: analyze(it.text, lang=lang, doc_id=it.id).to_json()[field] for it in items}


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def ratio(n: int, d: int) -> float:
    return round(n / d, 3) if d else 0.0


def language_of(path: Path, lang: str | None) -> str | None:
    """The language given, else the file's stem when it is a language code (``de.jsonl``)."""
    if lang:
        return lang
    stem = path.stem.split(".")[-1]
    return stem if len(stem) == 2 and stem.isalpha() else None
