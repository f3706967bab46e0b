"""How often each feeling word was chosen, in check-ins and (if wanted) diary entries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain
from typing import Protocol


class HasFeelings(Protocol):
    """A `CheckIn` or an `Entry`: anything with its feeling words."""

    @property
    def emotions(self) -> Sequence[str]: ...


def count_feelings(words: Iterable[str], top: int | None = 15) -> list[tuple[str, int]]:
    """(word, count) for the `top` most common words (None: all), most common first.

    Words are counted ignoring case ("Tired" and "tired" are one word) and shown in their most common
    spelling (on a tie, the spelling seen first). Equal counts are in alphabetical order, ignoring case.
    """
    counts: dict[str, int] = {}
    spellings: dict[str, dict[str, int]] = {}
    for raw in words:
        word = raw.strip()
        if not word:
            continue
        key = word.casefold()
        counts[key] = counts.get(key, 0) + 1
        seen = spellings.setdefault(key, {})
        seen[word] = seen.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if top is not None:
        ranked = ranked[: max(top, 0)]
    # max() keeps the first of equal counts, and a dict keeps the order spellings were first seen.
    return [(max(spellings[key].items(), key=lambda sc: sc[1])[0], n) for key, n in ranked]


def feeling_frequencies(
    checkins: Iterable[HasFeelings], entries: Iterable[HasFeelings] | None = None, top: int | None = 15
) -> list[tuple[str, int]]:
    """`count_feelings` over the feeling words of the check-ins, and of the diary entries if given."""
    sources = chain(checkins, entries or ())
    return count_feelings((word for source in sources for word in source.emotions), top)
