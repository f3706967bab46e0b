"""Collects each benchmark's figures and writes the table: terminal, bench-results/results.{json,md}."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3


@dataclass
class Row:
    size: int
    metric: str
    unit: str  # "ms" or "MiB"
    ours: float
    baseline: float | None
    target: str
    passed: bool | None  # None: shown for information, not a target
    note: str = ""
    samples_ours: list[float] = field(default_factory=list)
    samples_baseline: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline else self.ours / self.baseline

    @property
    def verdict(self) -> str:
        return {True: "PASS", False: "FAIL", None: "info"}[self.passed]

    def message(self) -> str:
        ratio = "" if self.ratio is None else f" = {self.ratio:.2f}×"
        base = "" if self.baseline is None else f" vs baseline {self.baseline:.2f} {self.unit}"
        ours = f"{self.ours:.2f} {self.unit}"
        return f"{self.metric} (size {self.size:,}): {ours}{base}{ratio}; target {self.target}"


ROWS: list[Row] = []
CORPORA: dict[int, dict[str, Any]] = {}
# The table's order within each size, by how a metric's name starts (the tests run in file order).
ORDER = ("import", "warm search", "first search", "100 most recent", "all ", "unlock", "peak memory")


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def compare(
    size: int,
    metric: str,
    ours: list[float],
    baseline: list[float],
    limit: float | None,
    *,
    unit: str = "ms",
    scale: float = 1000.0,
    note: str = "",
) -> Row:
    """A ratio target: median(ours) ≤ limit × median(baseline); no limit: for information only.
    Samples are in seconds; `scale` turns them into `unit`."""
    row = Row(
        size=size,
        metric=metric,
        unit=unit,
        ours=median(ours) * scale,
        baseline=median(baseline) * scale,
        target="—" if limit is None else f"≤ {limit:g}×",
        passed=None,
        note=note,
        samples_ours=[s * scale for s in ours],
        samples_baseline=[s * scale for s in baseline],
    )
    if limit is not None:
        row.passed = row.ours <= limit * median(baseline) * scale
    ROWS.append(row)
    return row


def record(row: Row) -> Row:
    ROWS.append(row)
    return row


def ordered(rows: list[Row]) -> list[Row]:
    def key(row: Row) -> tuple[int, int]:
        rank = next((i for i, start in enumerate(ORDER) if row.metric.startswith(start)), len(ORDER))
        return row.size, rank

    return sorted(rows, key=key)  # stable: rows of one kind keep the order they were measured in


def notes(rows: list[Row]) -> list[str]:
    """Each distinct note once, with the rows it explains."""
    by_text: dict[str, list[Row]] = {}
    for row in rows:
        if row.note:
            by_text.setdefault(row.note, []).append(row)
    out = []
    for text, explained in by_text.items():
        sizes = "/".join(dict.fromkeys(f"{r.size:,}" for r in explained))
        out.append(f"{explained[0].metric} (size {sizes}): {text}")
    return out


# -- output -------------------------------------------------------------------------------------------

HEADERS = ("size", "metric", "ours", "baseline", "ratio", "target", "result")


def _cells(row: Row) -> tuple[str, ...]:
    def number(value: float | None) -> str:
        return "—" if value is None else f"{value:,.2f} {row.unit}"

    return (
        f"{row.size:,}",
        row.metric,
        number(row.ours),
        number(row.baseline),
        "—" if row.ratio is None else f"{row.ratio:.2f}×",
        row.target,
        row.verdict,
    )


def text_table(rows: list[Row]) -> str:
    cells = [HEADERS, *(_cells(r) for r in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEADERS))]
    lines = [
        "  ".join(
            c.ljust(w) if i == 1 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(rows: list[Row]) -> str:
    out = ["| " + " | ".join(HEADERS) + " |", "|" + "|".join(["---:", ":---", *["---:"] * 5]) + "|"]
    out += ["| " + " | ".join(_cells(r)) + " |" for r in rows]
    return "\n".join(out)


def _git_commit(root: Path) -> str | None:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return result.stdout.strip()


def environment(root: Path) -> dict[str, Any]:
    probe = sqlcipher3.connect(":memory:")
    try:
        sqlcipher = {
            "sqlite_version": probe.execute("SELECT sqlite_version()").fetchone()[0],
            "cipher_version": probe.execute("PRAGMA cipher_version").fetchone()[0],
        }
    finally:
        probe.close()
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "stdlib_sqlite_version": sqlite3.sqlite_version,
        "sqlcipher": sqlcipher,
        "git_commit": _git_commit(root),
    }


def write(root: Path) -> Path | None:
    """bench-results/results.json and results.md under the repository root (bench-results/ is gitignored)."""
    if not ROWS:
        return None
    out = root / "bench-results"
    out.mkdir(exist_ok=True)
    env = environment(root)
    when = datetime.now(UTC).replace(microsecond=0).isoformat()
    doc = {
        "generated_at": when,
        "environment": env,
        "corpora": {str(k): v for k, v in sorted(CORPORA.items())},
        "results": [{**asdict(r), "ratio": r.ratio, "result": r.verdict} for r in ordered(ROWS)],
    }
    (out / "results.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    corpora = [
        f"- {k:,} entries: {v['checkins']:,} check-ins, {v['body_words']:,} body words; "
        f"vault.db {v['ours_bytes'] / 2**20:,.1f} MiB, plain {v['plain_bytes'] / 2**20:,.1f} MiB; "
        f"search words {v['search_words']}"
        for k, v in sorted(CORPORA.items())
    ]
    md = [
        "# Wellbeing Desktop benchmarks",
        "",
        f"{when} · Python {env['python']} · SQLCipher {env['sqlcipher']['cipher_version']} "
        f"(SQLite {env['sqlcipher']['sqlite_version']}) vs stdlib sqlite3 {env['stdlib_sqlite_version']} · "
        f"{env['cpus']} CPUs · commit {env['git_commit']}",
        "",
        "Medians, each beside a baseline measured in the same run, interleaved with ours. Size is the number "
        "of diary entries unless a note says otherwise. For the vault the baseline is plain sqlite3 with the "
        "same schema, PRAGMAs and repository code.",
        "",
        markdown_table(ordered(ROWS)),
        "",
        "## Corpora",
        *corpora,
        "",
        "## Notes",
        *(f"- {line}" for line in notes(ordered(ROWS))),
        "",
    ]
    (out / "results.md").write_text("\n".join(md), encoding="utf-8")
    return out
