"""The corpus store (SQLite): schema, migrations, writing and reading."""

from .schema import SCHEMA_VERSION, StoreError
from .store import Store, document_key

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "document_key"]
