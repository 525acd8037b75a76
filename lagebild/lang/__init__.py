"""Per-language knowledge as data files (one folder per language) and thin loaders.

Each language folder holds TSV files with a header row; ``#`` starts a comment line; list cells
use ``;``. Adding a language means adding a folder with the same files (see docs/languages.md).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..errors import LagebildError

LANG_DIR = Path(__file__).parent


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV data file as dicts keyed by the header; comments and blank lines skipped."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append({k: (cells[i].strip() if i < len(cells) else "") for i, k in enumerate(header)})
    return rows


def split_list(cell: str) -> list[str]:
    """A ``;``-separated list cell as stripped, non-empty items."""
    return [x.strip() for x in cell.split(";") if x.strip()]


@cache
def load_lexicon(lang: str):
    """The compiled lexicon of one language (cached: loaded once per process)."""
    from .lexicon import Lexicon

    folder = LANG_DIR / lang
    if not folder.is_dir():
        raise LagebildError(f"no language data for {lang!r} (expected folder {folder})")
    return Lexicon.from_folder(lang, folder)
