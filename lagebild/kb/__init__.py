"""The lagebild knowledge base: actors, places, aliases and demonyms."""

from lagebild.kb.kb import KnowledgeBase, default_kb

__all__ = ["KnowledgeBase", "default_kb"]
