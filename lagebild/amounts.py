"""How an analyst reads an amount, and when two amounts agree.

"bis zu 40.000 Soldaten" says the count is large but at most 40,000: read as 20,000–40,000, so it
disagrees with "rund 4.000" although 4,000 is technically "up to 40,000". "rund 38.000" is read
±20 %, an exact figure as given, "mehr als 60.000" as 60,000 and up, a vague range ("mehrere",
"several": 3–9) half as low and half as high again. Two readings agree when they overlap within
:data:`TOLERANCE` (10 %). Within an article (``stages.relations``) and across
articles (``corpus.align``) the same reading applies.
"""

from __future__ import annotations

TOLERANCE = 0.1
APPROXIMATE = 0.2
UPPER_BOUND_FLOOR = 0.5


def interval(value: float | None, lo: float | None, hi: float | None,
             approximate: bool = False) -> tuple[float, float] | None:
    """The closed interval an amount stands for, or None for a vague amount without figures."""
    if value is not None:
        spread = APPROXIMATE if approximate else 0.0
        return (value * (1 - spread), value * (1 + spread))
    if lo is not None and hi is not None:
        return (lo * 0.5, hi * 1.5) if approximate else (lo, hi)
    if hi is not None:
        return (hi * UPPER_BOUND_FLOOR, hi)
    if lo is not None:
        return (lo, float("inf"))
    return None


def compatible(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two readings can describe the same count."""
    return a[0] <= b[1] * (1 + TOLERANCE) and b[0] <= a[1] * (1 + TOLERANCE)
