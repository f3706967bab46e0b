"""Any valid document survives import and export unchanged, and agrees with the JSON Schema."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.services.documents import PASSPHRASE, schema_errors
from wellbeing_desktop.domain import BUILT_IN_SECTIONS, BUILT_IN_TEMPLATES
from wellbeing_desktop.services.interchange import export_document, import_document
from wellbeing_desktop.services.interchange_read import read_document
from wellbeing_desktop.vault import Vault

ABSENT = object()  # an optional field left out of the document

# -- text ------------------------------------------------------------------------------------------------

SPECIAL_TEXT = [
    "",
    "🌱 Feeling okay today 😊",
    "👩🏽‍⚕️ long shift, 🫶 good team",
    "كان يومًا طويلًا في العمل",  # Arabic, right to left
    "שיחה קשה בטלפון היום",  # Hebrew, right to left
    "mixed עברית and English, العربية too",
    "cafe\u0301 and e\u0301 with combining accents",
    "Zalgo z\u0337\u0321a\u0336l\u0334g\u0338o",
    "\u200fright-to-left mark, \u200dzero-width joiner",
    "line one\nline two\r\nline three\n",
    "'single' \"double\" , commas; semicolons | pipes # hashes",
    "   spaces around   ",
    "ﬁ ligature, ß, İ, ǅ",
]
SPECIAL_WORDS = ["tired", "calm", "😊", "قلق", "עייף", "cafe\u0301", "café", "hopeful", "on edge", "ß"]

CHARACTERS = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")


def texts(max_size: int) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(SPECIAL_TEXT), st.text(CHARACTERS, max_size=min(max_size, 300)))


def long_texts(max_size: int) -> st.SearchStrategy[str]:
    """Up to `max_size` characters, built by repeating a short piece so large examples stay cheap."""

    def build(piece: str, size: int) -> str:
        return (piece * (size // max(len(piece), 1) + 1))[:size] if piece else ""

    return st.one_of(
        texts(max_size),
        st.builds(build, st.text(CHARACTERS, min_size=1, max_size=40), st.integers(0, max_size)),
    )


def _as_word(text: str) -> str:
    """A tag or feeling word: no spaces at either end, never empty."""
    return text.strip() or "calm"


WORD = st.one_of(st.sampled_from(SPECIAL_WORDS), st.text(CHARACTERS, min_size=1, max_size=80).map(_as_word))
WORDS = st.lists(WORD, max_size=6, unique_by=str.casefold)

# -- ids and times ---------------------------------------------------------------------------------------

IDS = st.builds(lambda u, upper: str(u).upper() if upper else str(u), st.uuids(), st.booleans())

OFFSETS = [
    timedelta(0),
    timedelta(hours=5, minutes=45),
    -timedelta(hours=3, minutes=30),
    timedelta(hours=1),
    -timedelta(hours=8),
    timedelta(hours=9, minutes=30),
    timedelta(hours=12, minutes=45),
    timedelta(hours=14),
    -timedelta(hours=12),
]
MOMENTS = st.datetimes(
    min_value=datetime(1900, 1, 1),
    max_value=datetime(2200, 12, 31),
    timezones=st.sampled_from([timezone(offset) for offset in OFFSETS]),
)
STYLES = st.tuples(
    st.sampled_from(["auto", "microseconds", "milliseconds", "seconds", "minutes"]),  # how much of the time
    st.sampled_from(["T", " "]),  # between the date and the time
    st.booleans(),  # Z for UTC
)


def written(moment: datetime, style: tuple[str, str, bool]) -> str:
    timespec, sep, zulu = style
    text = moment.isoformat(sep=sep, timespec=timespec)
    return text[:-6] + "Z" if zulu and text.endswith("+00:00") else text


@st.composite
def entries(draw: st.DrawFn) -> dict[str, Any]:
    created, updated = sorted([draw(MOMENTS), draw(MOMENTS)])
    style = draw(STYLES)  # one style for both, so created_at never ends up after updated_at
    made = {
        "id": draw(IDS),
        "created_at": written(created, style),
        "updated_at": written(updated, style),
        "title": draw(texts(500)),
        "body": draw(long_texts(100_000)),
        "template": draw(
            st.one_of(st.none(), st.sampled_from(BUILT_IN_TEMPLATES), st.just("my-own-model-2"))
        ),
        "tags": draw(WORDS),
        "emotions": draw(WORDS),
        "for_supervision": draw(st.booleans()),
    }
    mood = draw(st.one_of(st.just(ABSENT), st.none(), st.integers(1, 10)))
    if mood is not ABSENT:
        made["mood"] = mood
    return made


@st.composite
def checkins(draw: st.DrawFn) -> dict[str, Any]:
    made: dict[str, Any] = {
        "id": draw(IDS),
        "at": written(draw(MOMENTS), draw(STYLES)),
        "mood": draw(st.integers(1, 10)),
    }
    optional = {
        "stress": st.one_of(st.none(), st.integers(1, 10)),
        "energy": st.one_of(st.none(), st.integers(1, 10)),
        "sleep_hours": st.one_of(st.none(), st.integers(0, 24), st.floats(0, 24, allow_nan=False)),
        "emotions": WORDS,
        "note": st.one_of(st.none(), long_texts(20_000)),
    }
    for name, values in optional.items():
        if draw(st.booleans()):
            made[name] = draw(values)
    return made


KEYS = st.one_of(
    st.sampled_from(BUILT_IN_SECTIONS), st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?", fullmatch=True)
)
ITEM_TEXT = long_texts(2_000).map(lambda text: text if text.strip() else text + "A walk")


@st.composite
def plans(draw: st.DrawFn) -> dict[str, Any] | None:
    if draw(st.booleans()):
        return None
    keys = draw(st.lists(KEYS, max_size=5, unique=True))
    used: set[str] = set()
    sections = []
    for key in keys:
        items = []
        for item_id, text in draw(st.lists(st.tuples(IDS, ITEM_TEXT), max_size=4)):
            if item_id not in used:
                used.add(item_id)
                items.append({"id": item_id, "text": text})
        sections.append({"key": key, "title": draw(texts(200)), "items": items})
    review = draw(st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2200, 12, 31))))
    return {"review_on": None if review is None else review.isoformat(), "sections": sections}


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": "wellbeing-desktop", "version": 1}
    if draw(st.booleans()):
        doc["exported_at"] = written(draw(MOMENTS), draw(STYLES))
    doc["entries"] = draw(st.lists(entries(), max_size=4, unique_by=lambda e: e["id"]))
    doc["checkins"] = draw(st.lists(checkins(), max_size=5, unique_by=lambda c: c["id"]))
    doc["plan"] = draw(plans())
    return doc


# -- comparing -------------------------------------------------------------------------------------------


def moment(text: str) -> tuple[datetime, timedelta | None]:
    """The same moment and the same UTC offset: '12:00Z' equals '12:00:00+00:00', not '13:00+01:00'."""
    value = datetime.fromisoformat(text)
    return value, value.utcoffset()


def normal_entry(e: dict[str, Any]) -> dict[str, Any]:
    return {
        **e,
        "created_at": moment(e["created_at"]),
        "updated_at": moment(e["updated_at"]),
        "mood": e.get("mood"),
    }


def normal_checkin(c: dict[str, Any]) -> dict[str, Any]:
    sleep = c.get("sleep_hours")
    return {
        "id": c["id"],
        "at": moment(c["at"]),
        "mood": c["mood"],
        "stress": c.get("stress"),
        "energy": c.get("energy"),
        "sleep_hours": None if sleep is None else float(sleep),
        "emotions": c.get("emotions", []),
        "note": c.get("note") or "",
    }


def by_id(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda item: item["id"])


BOUNDED = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@BOUNDED
@given(doc=documents())
def test_a_valid_document_survives_import_and_export(doc: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder, Vault.create(Path(folder) / "v", PASSPHRASE) as vault:
        import_document(vault, doc)
        out = export_document(vault)

    assert schema_errors(out) == []
    assert [normal_entry(e) for e in by_id(out["entries"])] == [
        normal_entry(e) for e in by_id(doc["entries"])
    ]
    assert [normal_checkin(c) for c in by_id(out["checkins"])] == [
        normal_checkin(c) for c in by_id(doc["checkins"])
    ]
    assert out["plan"] == (doc["plan"] or {"review_on": None, "sections": []})
    for written_entry in out["entries"]:
        for field in ("created_at", "updated_at"):
            assert moment(written_entry[field])[1] is not None


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_every_valid_document_agrees_with_the_schema(doc: dict[str, Any]) -> None:
    read_document(doc)  # the generator makes only documents the app accepts
    assert schema_errors(doc) == []
