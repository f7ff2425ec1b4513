"""``dateline serve``: the REST API and the pages over a store."""

from dateline.server.app import ServerSettings, create_app

__all__ = ["ServerSettings", "create_app"]
