"""How the readings of an ambiguous place name rank against each other, shared by the actor and place stages."""

from __future__ import annotations

#: A city at least this large wins over a first-level region of the same name that it is not in.
LARGE_CITY = 1_000_000


def town_of_another_region(rec: dict, admin1s: set[str]) -> bool:
    """Whether a city reading yields to a first-level region of the same name: the name also names regions
    (``admin1s``), the city lies in none of them and is smaller than ``LARGE_CITY`` ("Virginia" the US state, not
    Virginia in the Free State; "Oregon" the state, not Oregon, Ohio; "Kursk" stays the city in Kursk Oblast)."""
    return rec.get("kind") == "city" and bool(admin1s) and rec.get("admin1") not in admin1s \
        and (rec.get("population") or 0) < LARGE_CITY
