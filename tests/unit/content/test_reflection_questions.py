"""The work reflection's questions: our own words, three themes, each question with words at both ends."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wellbeing_desktop.content import ContentError, builtin_folder, load_builtin, load_pack


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(builtin_folder(), target)
    return target


def test_three_themes_of_two_or_three_short_questions() -> None:
    reflection = load_builtin().reflection
    assert [t.key for t in reflection.themes] == [
        "what-helping-brings",
        "feeling-worn-out",
        "carrying-distress",
    ]
    for theme in reflection.themes:
        assert 2 <= len(theme.questions) <= 3, theme.key
        assert "supervis" in theme.signpost and "Support now (F1)" in theme.signpost
        for question in theme.questions:
            assert question.text.endswith("?") and len(question.text) <= 80
            assert question.low and question.high and question.low != question.high
    assert reflection.intro and reflection.note
    keys = reflection.question_keys()
    assert len(keys) == len(set(keys)) == 7
    theme = reflection.theme_of("rested")
    assert theme is not None and theme.key == "feeling-worn-out"
    assert reflection.theme_of("a-question-no-longer-asked") is None


def test_a_question_key_used_in_two_themes_names_the_second_line(folder: Path) -> None:
    path = folder / "reflection.toml"
    text = path.read_text(encoding="utf-8").replace('key = "rested"', 'key = "worthwhile"')
    path.write_text(text, encoding="utf-8")
    line = (
        text.splitlines().index('key = "worthwhile"', text.splitlines().index('key = "worthwhile"') + 1) + 1
    )
    with pytest.raises(ContentError) as caught:
        load_pack(folder)
    assert (caught.value.file, caught.value.line) == ("reflection.toml", line)
    assert "question key 'worthwhile' is used twice" in str(caught.value)


def test_a_question_without_words_at_an_end_is_refused(folder: Path) -> None:
    path = folder / "reflection.toml"
    text = path.read_text(encoding="utf-8").replace('high = "Plenty"\n', "", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match="question 'energy-left' has no \"high\""):
        load_pack(folder)


def test_a_missing_reflection_file_is_named(folder: Path) -> None:
    (folder / "reflection.toml").unlink()
    with pytest.raises(ContentError, match=r"reflection\.toml is missing"):
        load_pack(folder)
