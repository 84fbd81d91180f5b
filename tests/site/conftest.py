"""Fixtures for the theme tests: each built site in turn (the seeds only once segmentation exists).

``mini_site`` and ``seed_site`` come from tests/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitebuild import seed_segmentation_ready


@pytest.fixture(params=["mini_site", "seed_site"])
def any_site(request) -> Path:
    """The mini fixture, then the bundled seeds built end to end."""
    if request.param == "seed_site":
        reason = seed_segmentation_ready()
        if reason:
            pytest.skip(reason)
    return request.getfixturevalue(request.param)
