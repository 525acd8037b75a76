"""The web app and JSON API (FastAPI) over a lagebild store."""
