"""Fuzzing profiles: ``ci`` (the default, a few minutes in all) and ``long`` for a hand run.

    python -m pytest tests/fuzz --hypothesis-profile=long --hypothesis-seed=1 \
        --hypothesis-show-statistics
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,  # each test asserts its own time bound
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    "print_blob": True,
}
settings.register_profile(
    "ci", max_examples=int(os.environ.get("DATELINE_FUZZ_EXAMPLES", 60)), **_COMMON
)
settings.register_profile("long", max_examples=1_000_000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
