"""A deterministic diary corpus for the benchmarks: one entry a day, about two check-ins a day.

The text reads (vaguely) like a peer supporter's diary: a Zipf-distributed vocabulary of a few thousand
pseudo-words mixed with about two hundred real English words. Three search words are placed exactly:
`EVERY_WORD` opens every entry, `COMMON_WORD` is in about 30% of entries and `RARE_WORD` in exactly
`RARE_COUNT` entries. None of them (nor anything that stems like them) is otherwise in the vocabulary, so the
number of matches is known in advance and checked against the index.
"""

from __future__ import annotations

import itertools
import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from wellbeing_desktop.domain import CheckIn, Entry, PlanItem, PlanSection, SelfCarePlan

EVERY_WORD = "today"
COMMON_WORD = "shift"
RARE_WORD = "kintsugi"
COMMON_SHARE = 0.30
RARE_COUNT = 5
MIN_WORDS, MAX_WORDS = 150, 400
LAST_DAY = date(2026, 11, 25)
SEED = 20261126

# Real words a peer supporter might write; the special words above and their forms are deliberately absent.
_REAL_TEXT = """
I the and to a of was it in that felt with me my for but about after they we he she them this so not
had what on at be as all when just really there one by from were more then an if do did how because
still would could some back time again out up their who said think know can how much no our other very
support peer person people service team role session supervisor supervision conversation listened talk
talked call calls group meeting colleague colleagues manager client visit visits ward home office
calm tired hopeful anxious proud drained grateful frustrated lonely content angry sad relieved worried
heavy light safe unsafe steady shaky warm cold quiet loud slow fast early late long short hard easy
boundary boundaries care self-care coping strategy breathe breathing walk walked run sleep slept rest
rested tea coffee lunch dinner kitchen garden train bus rain sun morning evening night week month
disclosure aggression shouting raised voice crisis plan reflect reflected noticed wondered remembered
learned learning training course read reading wrote writing journal notes note reminder check
friend friends family sister brother mum dad partner dog cat neighbour doctor nurse counsellor
difficult gentle kind honest open closed stuck moving forward better worse same different okay fine
needed wanted tried trying managed helped helping asked asking answered shared sharing heard hearing
body head chest shoulders hands eyes tears smile laughed cried sat stood waited left stayed went came
lived experience recovery wellbeing burnout balance energy mood stress sleep hours space pause
"""
REAL_WORDS = tuple(_REAL_TEXT.split())

TAGS = ("work", "supervision", "self-care", "boundaries", "peer-support", "training", "family", "rest")
FEELINGS = ("calm", "tired", "hopeful", "anxious", "proud", "drained", "grateful", "frustrated", "lonely")
TEMPLATES = (None, None, None, "gibbs", "driscoll", "debrief")
_SYLLABLE_TEXT = """
ba be bo bu da de di do fa fe fi fo ga ge go ha he hi ho ja jo ka ke ki ko la le li lo lu ma me mi mo mu
na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti tu va ve vi vo wa we wi za ze zo
bel dor fen gar han kel lin mar nor pel quin ros sel tam vel wen yor zan
"""
SYLLABLES = tuple(_SYLLABLE_TEXT.split())
PSEUDO_WORDS = 3000


@dataclass
class Corpus:
    """The same diary as domain objects and as an interchange document (DESIGN.md "Interchange format")."""

    size: int
    entries: list[Entry]
    checkins: list[CheckIn]
    plan: SelfCarePlan
    document: dict[str, Any] = field(repr=False)
    expected: dict[str, int]  # search word -> number of entries it is in
    words: int  # body words in all


def _vocabulary(rng: random.Random) -> list[str]:
    banned = {EVERY_WORD, COMMON_WORD, RARE_WORD}
    real = [w for w in dict.fromkeys(REAL_WORDS) if w not in banned]
    pseudo: set[str] = set()
    while len(pseudo) < PSEUDO_WORDS:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in real and not any(b in word for b in banned):
            pseudo.add(word)
    pseudo_list = sorted(pseudo)
    rng.shuffle(pseudo_list)
    # Real words mostly rank high (function words are the most frequent), pseudo-words fill the long tail.
    ranked = real[:60] + [
        w for pair in itertools.zip_longest(real[60:], pseudo_list[:140]) for w in pair if w
    ]
    return ranked + pseudo_list[140:]


def _offset(day: date) -> timezone:
    """Roughly British summer time: the diary keeps the offset each entry was written in."""
    return timezone(timedelta(hours=1)) if 4 <= day.month <= 10 else UTC


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sentences(words: list[str], rng: random.Random) -> str:
    paragraphs: list[str] = []
    sentences: list[str] = []
    i = 0
    while i < len(words):
        n = rng.randint(6, 18)
        chunk = words[i : i + n]
        i += n
        if len(chunk) > 8 and rng.random() < 0.4:
            chunk[rng.randint(3, len(chunk) - 3)] += ","
        sentence = " ".join(chunk)
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
        if len(sentences) >= rng.randint(3, 6):
            paragraphs.append(" ".join(sentences))
            sentences = []
    if sentences:
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def _plan(rng: random.Random) -> SelfCarePlan:
    titles = {
        "daily": "What keeps me well day to day",
        "warning-signs": "My early warning signs and triggers in the role",
        "coping": "Coping strategies that help",
        "after-difficult": "After a difficult conversation",
        "people": "People I can talk to",
        "professional-support": "Professional support and crisis contacts",
        "boundaries": "Boundaries I keep",
        "development": "My development goals",
    }
    sections = [
        PlanSection(
            key, title, [PlanItem(_uuid(rng), f"Item {i + 1} for {key}") for i in range(rng.randint(2, 4))]
        )
        for key, title in titles.items()
    ]
    return SelfCarePlan(review_on=LAST_DAY + timedelta(days=90), sections=sections)


def generate(size: int, seed: int = SEED) -> Corpus:
    """`size` entries, one a day ending on LAST_DAY, and 1–3 check-ins on each of those days."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    cum = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))
    rare_at = set(rng.sample(range(size), min(RARE_COUNT, size)))
    entries: list[Entry] = []
    checkins: list[CheckIn] = []
    common = total_words = 0
    first_day = LAST_DAY - timedelta(days=size - 1)
    for index in range(size):
        day = first_day + timedelta(days=index)
        tz = _offset(day)
        words = rng.choices(vocab, cum_weights=cum, k=rng.randint(MIN_WORDS, MAX_WORDS))
        words[0] = EVERY_WORD
        if rng.random() < COMMON_SHARE:
            words[rng.randrange(1, len(words))] = COMMON_WORD
            common += 1
        if index in rare_at:
            words[rng.randrange(1, len(words))] = RARE_WORD
        total_words += len(words)
        created = datetime(day.year, day.month, day.day, rng.randint(18, 22), rng.randint(0, 59), tzinfo=tz)
        title = " ".join(rng.choices(vocab, cum_weights=cum, k=rng.randint(3, 7)))
        entries.append(
            Entry(
                id=_uuid(rng),
                created_at=created,
                updated_at=created + timedelta(minutes=rng.randint(1, 90)),
                title=title[0].upper() + title[1:],
                body=_sentences(words, rng),
                template=rng.choice(TEMPLATES),
                tags=rng.sample(TAGS, rng.randint(0, 4)),
                emotions=rng.sample(FEELINGS, rng.randint(0, 3)),
                for_supervision=rng.random() < 0.1,
            )
        )
        for hour in sorted(rng.sample((8, 13, 21), rng.choice((1, 2, 2, 3)))):
            at = datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), tzinfo=tz)
            checkins.append(
                CheckIn(
                    id=_uuid(rng),
                    at=at,
                    mood=rng.randint(1, 10),
                    stress=rng.choice((None, rng.randint(1, 10))),
                    energy=rng.choice((None, rng.randint(1, 10))),
                    sleep_hours=rng.choice((None, rng.randint(8, 19) / 2)) if hour == 8 else None,
                    emotions=rng.sample(FEELINGS, rng.randint(0, 2)),
                    note=rng.choice(("", "", "Long day.", "Walked at lunch; it helped.")),
                )
            )
    plan = _plan(rng)
    return Corpus(
        size=size,
        entries=entries,
        checkins=checkins,
        plan=plan,
        document=to_document(entries, checkins, plan),
        expected={EVERY_WORD: size, COMMON_WORD: common, RARE_WORD: len(rare_at)},
        words=total_words,
    )


def to_document(entries: list[Entry], checkins: list[CheckIn], plan: SelfCarePlan) -> dict[str, Any]:
    return {
        "format": "wellbeing-desktop",
        "version": 1,
        "exported_at": datetime(2026, 11, 26, 12, 0, tzinfo=UTC).isoformat(),
        "entries": [
            {
                "id": e.id,
                "created_at": e.created_at.isoformat(),
                "updated_at": e.updated_at.isoformat(),
                "title": e.title,
                "body": e.body,
                "template": e.template,
                "tags": list(e.tags),
                "emotions": list(e.emotions),
                "for_supervision": e.for_supervision,
            }
            for e in entries
        ],
        "checkins": [
            {
                "id": c.id,
                "at": c.at.isoformat(),
                "mood": c.mood,
                "stress": c.stress,
                "energy": c.energy,
                "sleep_hours": c.sleep_hours,
                "emotions": list(c.emotions),
                "note": c.note,
            }
            for c in checkins
        ],
        "plan": {
            "review_on": plan.review_on.isoformat() if plan.review_on else None,
            "sections": [
                {"key": s.key, "title": s.title, "items": [{"id": i.id, "text": i.text} for i in s.items]}
                for s in plan.sections
            ],
        },
    }
