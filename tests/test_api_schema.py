"""Schemathesis generates requests from the OpenAPI document and finds no server error.

Each operation gets up to 25 generated requests (path and query parameters, bodies) against the
app over the demo store; any 5xx response fails the test.
"""

from __future__ import annotations

import warnings

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402

from lagebild.web.app import create_app  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)


def test_no_server_errors_on_any_operation(demo_db, tmp_path):
    import shutil

    from schemathesis.checks import not_a_server_error

    db = tmp_path / "copy.db"  # POST /api/ingest may write (it must be refused without a token)
    shutil.copy(demo_db, db)
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 14
    for op in operations:
        @given(case=op.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case) -> None:
            case.call_and_validate(checks=[not_a_server_error])

        check()
