"""A broken pack file gives one ContentError sentence naming the file and the line to look at."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from wellbeing_desktop.content import ContentError, builtin_folder, load_pack

TEMPLATE = """\
[[template]]
key = "gibbs"
name = "Gibbs' reflective cycle"
description = "Six steps."

[[template.prompt]]
heading = "Description"
question = "What happened?"
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the built-in pack that a test may break."""
    target = tmp_path / "pack"
    shutil.copytree(builtin_folder(), target)
    return target


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")


def error_for(folder: Path, file: str, line: int | None) -> str:
    with pytest.raises(ContentError) as caught:
        load_pack(folder)
    error = caught.value
    message = str(error)
    assert (error.file, error.line) == (file, line), message
    if line is not None:
        assert message.startswith(f"{file}, line {line}: "), message
    assert message.endswith(".") and "\n" not in message, message
    return message


def test_a_copy_of_the_builtin_pack_loads(folder: Path) -> None:
    assert [t.key for t in load_pack(folder).templates] == ["gibbs", "driscoll", "debrief"]


def test_a_toml_syntax_error_keeps_tomllib_words_and_line(folder: Path) -> None:
    write(folder, "templates.toml", TEMPLATE.replace('name = "Gibbs\' reflective cycle"', 'name = "Gibbs'))
    message = error_for(folder, "templates.toml", 3)
    assert "not valid TOML" in message and "column" in message


def test_a_toml_error_at_the_end_names_the_last_line(folder: Path) -> None:
    write(folder, "coping-ideas.toml", '[[idea]]\nkey = "walk"\ntext = ["unclosed",\n\n')
    assert "at the end of the file" in error_for(folder, "coping-ideas.toml", 3)


def test_a_key_written_twice_in_toml_names_the_second(folder: Path) -> None:
    write(folder, "templates.toml", TEMPLATE.replace('description = "Six steps."', 'name = "Again"'))
    error_for(folder, "templates.toml", 4)


def test_a_missing_field_names_the_table(folder: Path) -> None:
    write(folder, "templates.toml", TEMPLATE.replace('name = "Gibbs\' reflective cycle"\n', ""))
    assert "template 'gibbs' has no \"name\"" in error_for(folder, "templates.toml", 1)


def test_a_missing_field_in_a_later_table_names_that_table(folder: Path) -> None:
    second = TEMPLATE.replace('"gibbs"', '"driscoll"').replace('heading = "Description"\n', "")
    write(folder, "templates.toml", TEMPLATE + "\n" + second)
    assert "prompt 1 of template 'driscoll' has no \"heading\"" in error_for(folder, "templates.toml", 15)


def test_a_wrong_type_names_its_line(folder: Path) -> None:
    write(folder, "templates.toml", TEMPLATE.replace('name = "Gibbs\' reflective cycle"', "name = 3"))
    assert "should be text, not a whole number" in error_for(folder, "templates.toml", 3)


def test_a_duplicate_key_names_both_lines(folder: Path) -> None:
    write(folder, "templates.toml", TEMPLATE + "\n" + TEMPLATE)
    assert "'gibbs' is used twice (first on line 2)" in error_for(folder, "templates.toml", 11)


def test_a_bad_slug_names_its_line(folder: Path) -> None:
    write(folder, "templates.toml", TEMPLATE.replace('"gibbs"', '"Gibbs Cycle"'))
    assert "'Gibbs Cycle' is not a short key" in error_for(folder, "templates.toml", 2)


def test_an_unknown_field_names_its_line_and_the_fields_allowed(folder: Path) -> None:
    write(folder, "templates.toml", TEMPLATE.replace('description = "Six steps."', 'descripton = "Six."'))
    message = error_for(folder, "templates.toml", 4)
    assert message.endswith(
        'unknown field "descripton"; the fields it can have are "key", "name", "description" and "prompt".'
    )


def test_an_unknown_field_in_a_prompt_names_its_line(folder: Path) -> None:
    write(folder, "templates.toml", TEMPLATE + 'colour = "blue"\n')
    assert "prompt 1 of template 'gibbs'" in error_for(folder, "templates.toml", 9)


def test_an_unknown_table_at_the_top_is_refused(folder: Path) -> None:
    write(folder, "templates.toml", "version = 2\n\n" + TEMPLATE)
    assert 'this file has an unknown field "version"' in error_for(folder, "templates.toml", 1)


def test_a_template_without_prompts_names_it(folder: Path) -> None:
    without = TEMPLATE.split("[[template.prompt]]")[0].replace('"gibbs"', '"driscoll"')
    write(folder, "templates.toml", TEMPLATE + "\n" + without)
    assert error_for(folder, "templates.toml", 10).endswith(": template 'driscoll' has no prompts.")


def test_an_empty_list_of_prompts_names_its_line(folder: Path) -> None:
    write(folder, "templates.toml", TEMPLATE.split("[[template.prompt]]")[0] + "prompt = []\n")
    assert "template 'gibbs' has no prompts" in error_for(folder, "templates.toml", 6)


def test_inline_tables_still_give_a_useful_line(folder: Path) -> None:
    write(
        folder,
        "templates.toml",
        """\
        [[template]]
        key = "gibbs"
        name = "Gibbs"
        description = "Six steps."
        prompt = [{ heading = "Description" }]
        """,
    )
    assert 'has no "question"' in error_for(folder, "templates.toml", 5)


def test_text_that_is_too_long_says_how_long(folder: Path) -> None:
    write(folder, "templates.toml", TEMPLATE.replace("Six steps.", "word " * 100))
    assert "characters long; the most is 300" in error_for(folder, "templates.toml", 4)


def test_a_one_line_field_may_not_run_over_lines(folder: Path) -> None:
    write(folder, "templates.toml", TEMPLATE.replace('"Six steps."', '"""Six\nsteps."""'))
    assert "should fit on one line" in error_for(folder, "templates.toml", 4)


def test_a_blank_example_names_its_own_line(folder: Path) -> None:
    write(
        folder,
        "plan-sections.toml",
        """\
        [[section]]
        key = "daily"
        title = "What keeps me well day to day"
        guidance = "The small things."
        examples = [
          "A walk",
          "  ",
        ]
        """,
    )
    assert "item 2 of \"examples\" in section 'daily' is empty" in error_for(folder, "plan-sections.toml", 7)


def test_too_many_examples_are_refused(folder: Path) -> None:
    examples = ", ".join(f'"Example {n}"' for n in range(11))
    write(
        folder,
        "plan-sections.toml",
        f'[[section]]\nkey = "daily"\ntitle = "T"\nguidance = "G"\nexamples = [{examples}]\n',
    )
    assert "has 11 examples; the most is 10" in error_for(folder, "plan-sections.toml", 5)


def test_a_feeling_word_in_two_groups_names_the_second(folder: Path) -> None:
    write(
        folder,
        "feeling-words.toml",
        """\
        [[group]]
        key = "calm"
        name = "Calm"
        tone = "pleasant"
        words = ["calm", "settled"]

        [[group]]
        key = "mixed"
        name = "Mixed"
        tone = "in-between"
        words = [
          "okay",
          "Settled",
        ]
        """,
    )
    assert "feeling word 'Settled' is used twice (first on line 5)" in error_for(
        folder, "feeling-words.toml", 13
    )


def test_a_tone_must_be_one_of_three(folder: Path) -> None:
    write(folder, "feeling-words.toml", '[[group]]\nkey = "a"\nname = "A"\ntone = "good"\nwords = ["fine"]\n')
    message = error_for(folder, "feeling-words.toml", 4)
    assert message.endswith('should be "pleasant", "in-between" or "unpleasant", not "good".')


def test_a_contact_may_be_blank_but_not_left_out(folder: Path) -> None:
    text = '[[signpost]]\nkey = "supervisor"\nname = "Your supervisor"\nwhen = "For support."\n'
    write(folder, "signposting.toml", text)
    assert 'write contact = "" to leave it blank' in error_for(folder, "signposting.toml", 1)
    write(folder, "signposting.toml", text + 'contact = ""\n')
    assert load_pack(folder).signposts[0].contact == ""


def test_a_missing_scale_names_the_file(folder: Path) -> None:
    text = (folder / "mood-scale.toml").read_text(encoding="utf-8").split("[energy]")[0]
    write(folder, "mood-scale.toml", text)
    assert "this file has no [energy] table" in error_for(folder, "mood-scale.toml", 1)


def test_a_scale_word_of_the_wrong_type_names_its_line(folder: Path) -> None:
    write(
        folder,
        "mood-scale.toml",
        """\
        [mood]
        question = "How are you doing today?"
        low = "Really struggling"
        high = "Really good"

        [stress]
        question = "How much pressure are you feeling?"
        low = 1
        high = "A lot"

        [energy]
        question = "How is your energy?"
        low = "Running on empty"
        high = "Plenty to spare"
        """,
    )
    assert '"low" in [stress] should be text' in error_for(folder, "mood-scale.toml", 8)


def test_a_missing_file_is_named(folder: Path) -> None:
    (folder / "pack.toml").unlink()
    assert "pack.toml is missing from the content pack" in error_for(folder, "pack.toml", None)


def test_a_file_that_is_not_utf8_names_the_line(folder: Path) -> None:
    (folder / "coping-ideas.toml").write_bytes(b'[[idea]]\nkey = "walk"\ntext = "caf\xe9"\n')
    assert "not UTF-8" in error_for(folder, "coping-ideas.toml", 3)


def test_windows_line_endings_and_a_bom_are_fine(folder: Path) -> None:
    text = "\ufeff" + TEMPLATE.replace("\n", "\r\n")
    (folder / "templates.toml").write_bytes(text.encode("utf-8"))
    assert load_pack(folder).templates[0].prompts[0].question == "What happened?"
    (folder / "templates.toml").write_bytes(text.replace("name = ", "nom = ").encode("utf-8"))
    error_for(folder, "templates.toml", 3)


def test_an_optional_hint_may_be_left_out_or_blank(folder: Path) -> None:
    write(folder, "templates.toml", TEMPLATE + 'hint = ""\n')
    assert load_pack(folder).templates[0].prompts[0].hint == ""
