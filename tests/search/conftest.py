"""Fixtures of the search tests."""

from __future__ import annotations

import shutil

import pytest

from tests.search.helpers import segment_available


@pytest.fixture(scope="session")
def node():
    path = shutil.which("node")
    if not path:
        pytest.fail("node is not installed: the JavaScript side of search cannot be checked (.ci/run installs it)")
    return path


@pytest.fixture(scope="session")
def seed_root(request):
    """The seed site's project root, or a skip when the segmenter is not there yet."""
    if not segment_available():
        pytest.skip("generator.segment has no segment_page yet: the seed site cannot be built")
    return request.getfixturevalue("seed_site")
