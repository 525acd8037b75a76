"""lagebild: a structured, source-attributed picture of geopolitical events from news reports."""

from .model import SCHEMA, Doc
from .pipeline import analyze

__all__ = ["SCHEMA", "Doc", "analyze"]
__version__ = "0.1.0"
