"""The pack that ships with the app: complete, in step with the domain's built-in keys, and usable as is."""

from __future__ import annotations

import subprocess
import sys

import pytest

from wellbeing_desktop.content import FILES, TONES, ContentPack, builtin_folder, load_builtin
from wellbeing_desktop.domain import BUILT_IN_SECTIONS, BUILT_IN_TEMPLATES, rules


@pytest.fixture(scope="module")
def pack() -> ContentPack:
    return load_builtin()


def test_the_builtin_folder_holds_exactly_the_pack_files() -> None:
    assert sorted(p.name for p in builtin_folder().iterdir()) == sorted(FILES)


def test_it_is_read_once_and_shared(pack: ContentPack) -> None:
    assert load_builtin() is pack
    assert pack.info.name == "Wellbeing Desktop"
    assert pack.info.version and pack.info.author and pack.info.description


def test_templates_are_exactly_the_domain_built_ins(pack: ContentPack) -> None:
    assert tuple(t.key for t in pack.templates) == BUILT_IN_TEMPLATES


def test_plan_sections_are_exactly_the_domain_built_ins(pack: ContentPack) -> None:
    assert tuple(s.key for s in pack.plan_sections) == BUILT_IN_SECTIONS


def test_gibbs_follows_the_six_stages(pack: ContentPack) -> None:
    gibbs = pack.template("gibbs")
    assert gibbs is not None
    assert [p.heading for p in gibbs.prompts] == [
        "Description",
        "Feelings",
        "Evaluation",
        "Analysis",
        "Conclusion",
        "Action plan",
    ]


def test_driscoll_asks_the_three_questions(pack: ContentPack) -> None:
    driscoll = pack.template("driscoll")
    assert driscoll is not None
    assert [p.heading for p in driscoll.prompts] == ["What?", "So what?", "Now what?"]


def test_the_debrief_is_about_the_peer_supporter_and_points_to_support(pack: ContentPack) -> None:
    debrief = pack.template("debrief")
    assert debrief is not None
    assert [p.heading for p in debrief.prompts] == [
        "What happened",
        "How I reacted",
        "What I did well",
        "What I need now",
        "Who I will talk to",
    ]
    first = debrief.prompts[0]
    assert "identify" in first.hint, "the first prompt reminds them not to write identifying details"
    assert "116 123" in debrief.prompts[-1].hint, "a difficult topic is paired with a route to support"


def test_every_prompt_asks_a_question(pack: ContentPack) -> None:
    for template in pack.templates:
        for prompt in template.prompts:
            assert prompt.question.endswith("?"), (template.key, prompt.heading)


def test_each_plan_section_has_guidance_and_three_to_five_examples(pack: ContentPack) -> None:
    for section in pack.plan_sections:
        assert section.guidance
        assert 3 <= len(section.examples) <= 5, section.key
        assert len(section.title) <= rules.MAX_SECTION_TITLE_CHARS
        assert all(len(e) <= rules.MAX_PLAN_ITEM_CHARS for e in section.examples)
    daily = pack.plan_section("daily")
    assert daily is not None and daily.title == "What keeps me well day to day"
    assert pack.plan_section("my-own-section") is None


def test_feeling_words_cover_every_tone_and_fit_the_check_in_rules(pack: ContentPack) -> None:
    words = pack.all_feeling_words()
    assert 50 <= len(words) <= 70
    assert len({w.casefold() for w in words}) == len(words)
    assert {g.tone for g in pack.feeling_words} == set(TONES)
    for group in pack.feeling_words:
        assert rules.check_words(list(group.words)) == [], group.key


def test_there_are_about_twenty_five_coping_ideas(pack: ContentPack) -> None:
    assert 20 <= len(pack.coping_ideas) <= 30
    assert all(len(i.text) <= rules.MAX_PLAN_ITEM_CHARS for i in pack.coping_ideas)


def test_signposting_has_the_uk_defaults_and_blanks_to_fill_in(pack: ContentPack) -> None:
    contacts = {s.key: s.contact for s in pack.signposts}
    assert contacts["emergency"] == "999"
    assert contacts["nhs-111"] == "111"
    assert contacts["samaritans"] == "116 123"
    assert "SHOUT" in contacts["shout"] and "85258" in contacts["shout"]
    nhs = pack.signpost("nhs-111")
    assert nhs is not None and "mental health option" in nhs.when
    for key in ("supervisor", "organisation"):
        blank = pack.signpost(key)
        assert blank is not None and blank.contact == "" and blank.hint, key
    assert all(s.when for s in pack.signposts)


def test_the_mood_scale_is_gentle_at_both_ends(pack: ContentPack) -> None:
    scale = pack.mood_scale
    assert (scale.mood.low, scale.mood.high) == ("Really struggling", "Really good")
    for words in (scale.mood, scale.stress, scale.energy):
        assert words.question.endswith("?") and words.low and words.high


def test_loading_content_never_imports_qt() -> None:
    code = "import sys, wellbeing_desktop.content as c; c.load_builtin(); print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
