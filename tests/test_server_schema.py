"""Property-based API tests generated from the OpenAPI document (schemathesis): whatever
parameters the document allows, no request gets a server error, and every error is JSON
with a message. Bounded in examples per operation."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from dateline.server import ServerSettings, create_app

schemathesis = pytest.importorskip("schemathesis")

EXAMPLES_PER_OPERATION = 30


def _no_server_error(case: Any) -> None:
    response = case.call()
    assert response.status_code < 500, (case.path, case.query, response.text[:300])
    if response.status_code >= 400:
        assert response.json()["error"]["message"]


def test_server_schema_no_server_errors(server_db: str) -> None:
    schema = schemathesis.openapi.from_asgi(
        "/openapi.json", create_app(ServerSettings(db=server_db))
    )
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 14
    for operation in operations:
        check = settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )(given(case=operation.as_strategy())(_no_server_error))
        check()
