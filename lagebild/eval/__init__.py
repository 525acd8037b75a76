"""Evaluations of lagebild against annotated corpora (local data only; see docs/eval-*.md)."""
