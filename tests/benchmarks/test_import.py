"""Import: the whole interchange document, validated, then written in one transaction."""

from __future__ import annotations

import pytest

from . import report
from .stores import Stores

LIMIT = 1.3


@pytest.mark.bench
def test_import(built: Stores) -> None:
    corpus = built.corpus
    row = report.compare(
        built.size,
        "import (import_document, one transaction)",
        built.import_ours,
        built.import_plain,
        LIMIT,
        note=(
            f"{len(corpus.entries):,} entries, {len(corpus.checkins):,} check-ins and a plan through "
            f"services.interchange.import_document into an empty store; {len(built.import_ours)} runs each"
        ),
    )
    assert row.passed, row.message()
