"""Timing helpers: ours and the baseline are always measured interleaved, in the same run."""

from __future__ import annotations

import contextlib
import gc
import math
import time
from collections.abc import Callable, Iterator

WARM_REPEATS = 15
COLD_REPEATS = 15
MIN_SAMPLE_SECONDS = 0.02  # quick calls are timed in batches at least this long, then divided


@contextlib.contextmanager
def _quiet_heap() -> Iterator[None]:
    """Collect first, then keep the collector off while timing (as timeit does): a full collection over
    the corpus held by the session would otherwise land on whichever side happens to trigger it."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _batch(fn: Callable[[], object], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - start) / number


def _rotations(count: int, repeats: int) -> list[list[int]]:
    """The order of the contenders in each round, rotating so none always goes first."""
    return [[(rep + i) % count for i in range(count)] for rep in range(repeats)]


def warm(
    ours: Callable[[], object], plain: Callable[[], object], repeats: int = WARM_REPEATS
) -> tuple[list[float], list[float]]:
    """Seconds per call, after one warm-up call of each; both sides use the same batch size."""
    fns = (ours, plain)
    single = max(_batch(fn, 1) for fn in fns)
    number = max(1, math.ceil(MIN_SAMPLE_SECONDS / max(single, 1e-9)))
    samples: tuple[list[float], list[float]] = ([], [])
    for order in _rotations(len(fns), repeats):
        with _quiet_heap():
            for i in order:
                samples[i].append(_batch(fns[i], number))
    return samples


def cold(*fns: Callable[[], float], repeats: int = COLD_REPEATS, warmup: int = 1) -> list[list[float]]:
    """Each callable sets itself up (say, unlocks and opens a fresh connection) and returns the seconds it
    measured. One list of samples per callable, in order; the warm-up rounds are dropped."""
    samples: list[list[float]] = [[] for _ in fns]
    for rep, order in enumerate(_rotations(len(fns), warmup + repeats)):
        with _quiet_heap():
            for i in order:
                seconds = fns[i]()
                if rep >= warmup:
                    samples[i].append(seconds)
    return samples
