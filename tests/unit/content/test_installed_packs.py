"""Installing, merging and removing content packs: a bad pack is refused naming file and line, and
nothing of it is written or used."""

from __future__ import annotations

import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from wellbeing_desktop.content import ContentError, builtin_folder, load_builtin
from wellbeing_desktop.content import installed as packs
from wellbeing_desktop.content.pack_archive import MOST_BYTES_PER_FILE

EXAMPLE = Path(__file__).resolve().parents[3] / "docs" / "example-pack" / "riverside-peer-support"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where packs are installed (the app's data folder in real use)."""
    return tmp_path / "content-packs"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A copy of the example pack that a test may change."""
    target = tmp_path / "source" / "riverside-peer-support"
    shutil.copytree(EXAMPLE, target)
    return target


def refused(source: Path, folder: Path, file: str, line: int | None) -> str:
    with pytest.raises(ContentError) as caught:
        packs.install(source, folder)
    error = caught.value
    assert (error.file, error.line) == (file, line), error.message
    if line is not None:
        assert error.message.startswith(f"{file}, line {line}: "), error.message
    assert not folder.exists() or not any(folder.iterdir()), "a refused pack leaves nothing behind"
    assert packs.load_content(folder).templates == load_builtin().templates, "nothing of it is used"
    return error.message


def zipped(tmp_path: Path, members: dict[str, bytes], *, links: tuple[str, ...] = ()) -> Path:
    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
        for name in links:
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            out.writestr(info, "/etc/passwd")
    return archive


def example_files() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in EXAMPLE.iterdir()}


# -- the example pack --------------------------------------------------------------------------------


def test_the_example_pack_installs_and_adds_to_the_builtin_pack(folder: Path) -> None:
    added = packs.install(EXAMPLE, folder)
    assert (added.id, added.info.name, added.info.version) == (
        "riverside-peer-support",
        "Riverside Peer Support",
        "1.0",
    )
    content = packs.load_content(folder)
    assert content.notices == ()
    assert [t.key for t in content.templates] == [
        "gibbs",
        "driscoll",
        "debrief",
        "riverside-shift-end",
        "riverside-after-group",
    ]
    assert content.template("riverside-shift-end") is not None
    assert content.plan_section("riverside-peer-network") is not None
    assert content.signpost("riverside-duty-supervisor") is not None
    assert "wound up" in content.all_feeling_words()
    assert content.mood_scale == load_builtin().mood_scale
    assert sorted(p.name for p in (folder / "riverside-peer-support").iterdir()) == sorted(example_files())


def test_a_zip_of_the_packs_folder_installs_too(folder: Path, tmp_path: Path) -> None:
    archive = zipped(tmp_path, {f"riverside-peer-support/{n}": d for n, d in example_files().items()})
    assert packs.install(archive, folder).id == "riverside-peer-support"
    assert [p.id for p in packs.installed(folder)] == ["riverside-peer-support"]


def test_a_newer_version_replaces_the_installed_one(folder: Path, pack: Path) -> None:
    packs.install(pack, folder)
    manifest = pack / "pack.toml"
    manifest.write_text(manifest.read_text().replace('version = "1.0"', 'version = "1.1"'))
    packs.install(pack, folder)
    assert [p.info.version for p in packs.installed(folder)] == ["1.1"]
    assert [p.name for p in folder.iterdir()] == ["riverside-peer-support"]


# -- refused before anything is written --------------------------------------------------------------


def test_malformed_toml_is_refused_with_file_and_line(folder: Path, pack: Path) -> None:
    path = pack / "templates.toml"
    lines = path.read_text().split("\n")
    number = next(n for n, text in enumerate(lines, 1) if text.startswith('name = "Closing'))
    lines[number - 1] = 'name = "Closing the shift'
    path.write_text("\n".join(lines))
    assert "not valid TOML" in refused(pack, folder, "templates.toml", number)


def test_an_unknown_field_is_refused_with_its_line(folder: Path, pack: Path) -> None:
    path = pack / "coping-ideas.toml"
    path.write_text(path.read_text() + 'colour = "blue"\n')
    number = path.read_text().split("\n").index('colour = "blue"') + 1
    assert 'unknown field "colour"' in refused(pack, folder, "coping-ideas.toml", number)


def test_a_wrong_type_is_refused_with_its_line(folder: Path, pack: Path) -> None:
    path = pack / "signposting.toml"
    path.write_text(path.read_text().replace('contact = ""', "contact = 999", 1))
    number = path.read_text().split("\n").index("contact = 999") + 1
    assert "should be text, not a whole number" in refused(pack, folder, "signposting.toml", number)


def test_a_pack_without_a_manifest_or_an_id_is_refused(folder: Path, pack: Path) -> None:
    manifest = pack / "pack.toml"
    text = manifest.read_text()
    manifest.write_text(text.replace('id = "riverside-peer-support"\n', ""))
    assert 'no "id"' in refused(pack, folder, "pack.toml", 1)
    manifest.unlink()
    assert "pack.toml is missing" in refused(pack, folder, "pack.toml", None)


def test_a_file_that_is_not_toml_is_refused_by_name(folder: Path, pack: Path) -> None:
    (pack / "setup.py").write_text("print('hello')\n")
    assert "only TOML files" in refused(pack, folder, "setup.py", None)


def test_a_pack_cannot_change_the_mood_scale(folder: Path, pack: Path) -> None:
    shutil.copy(builtin_folder() / "mood-scale.toml", pack)
    assert "mood scale" in refused(pack, folder, "mood-scale.toml", None)


def test_a_folder_inside_a_pack_is_refused(folder: Path, pack: Path) -> None:
    (pack / "extra").mkdir()
    refused(pack, folder, "extra", None)


def test_a_key_the_builtin_pack_uses_is_refused_naming_both_packs(folder: Path, pack: Path) -> None:
    path = pack / "templates.toml"
    path.write_text(path.read_text().replace('key = "riverside-after-group"', 'key = "gibbs"'))
    number = path.read_text().split("\n").index('key = "gibbs"') + 1
    message = refused(pack, folder, "templates.toml", number)
    assert '"gibbs" is already used by the pack "Wellbeing Desktop"' in message


def test_a_key_another_installed_pack_uses_is_refused(folder: Path, pack: Path, tmp_path: Path) -> None:
    packs.install(pack, folder)
    other = tmp_path / "other"
    other.mkdir()
    (other / "pack.toml").write_text(
        'id = "other"\nname = "Hillside"\nversion = "1"\nauthor = "Hillside team"\n'
    )
    (other / "coping-ideas.toml").write_text(
        '[[idea]]\nkey = "riverside-quiet-room"\ntext = "A quiet room"\n'
    )
    with pytest.raises(ContentError) as caught:
        packs.install(other, folder)
    assert caught.value.message == (
        'coping-ideas.toml, line 2: the idea key "riverside-quiet-room" is already used by the pack '
        '"Riverside Peer Support"; choose another key.'
    )
    assert [p.id for p in packs.installed(folder)] == ["riverside-peer-support"]


@pytest.mark.parametrize(
    "name",
    ["../evil.toml", "riverside/../../evil.toml", "/etc/evil.toml", "C:\\evil.toml", "a\\..\\templates.toml"],
)
def test_a_zip_that_points_outside_the_pack_is_refused(folder: Path, tmp_path: Path, name: str) -> None:
    archive = zipped(tmp_path, {**example_files(), name: b'[[idea]]\nkey = "x"\ntext = "x"\n'})
    with pytest.raises(ContentError) as caught:
        packs.install(archive, folder)
    assert caught.value.file == name
    assert not folder.exists()
    assert not (tmp_path / "evil.toml").exists() and not (tmp_path.parent / "evil.toml").exists()


def test_a_link_in_a_zip_is_refused(folder: Path, tmp_path: Path) -> None:
    archive = zipped(tmp_path, example_files(), links=("templates.toml.link",))
    with pytest.raises(ContentError, match="links"):
        packs.install(archive, folder)
    assert not folder.exists()


def test_a_very_large_file_is_refused(folder: Path, tmp_path: Path) -> None:
    archive = zipped(tmp_path, {**example_files(), "coping-ideas.toml": b"#" * (MOST_BYTES_PER_FILE + 1)})
    with pytest.raises(ContentError, match="larger than"):
        packs.install(archive, folder)
    assert not folder.exists()


def test_something_that_is_not_a_zip_is_refused(folder: Path, tmp_path: Path) -> None:
    fake = tmp_path / "pack.zip"
    fake.write_bytes(b"not a zip at all")
    with pytest.raises(ContentError, match="not a zip file"):
        packs.install(fake, folder)


# -- loading and removing ----------------------------------------------------------------------------


def test_a_pack_broken_on_disk_is_left_out_with_one_sentence(folder: Path, pack: Path) -> None:
    packs.install(pack, folder)
    (folder / "riverside-peer-support" / "templates.toml").write_text("[[template]\n")
    content = packs.load_content(folder)
    assert content.templates == load_builtin().templates
    assert content.packs == ()
    (notice,) = content.notices
    assert notice.startswith(
        "The content pack “riverside-peer-support” was left out: templates.toml, line 1:"
    )
    assert notice.endswith(".") and "\n" not in notice


def test_a_feeling_word_two_packs_offer_is_offered_once(folder: Path, pack: Path) -> None:
    path = pack / "feeling-words.toml"
    path.write_text(path.read_text().replace('"satisfied"', '"tired"'))
    packs.install(pack, folder)
    words = packs.load_content(folder).all_feeling_words()
    assert words.count("tired") == 1 and "wound up" in words


def test_removing_a_pack_takes_its_words_away(folder: Path, pack: Path) -> None:
    packs.install(pack, folder)
    packs.remove("riverside-peer-support", folder)
    assert not (folder / "riverside-peer-support").exists()
    assert packs.load_content(folder).template("riverside-shift-end") is None
    with pytest.raises(ContentError):
        packs.remove("../content-packs", folder)
