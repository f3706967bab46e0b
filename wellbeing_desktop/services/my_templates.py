"""The person's own reflection templates, kept in the vault, and "Share my templates": a pack of them.

A template is a name, a line about it, and its steps (a heading and a question each): never any
diary writing. Writing offers them after the packs' (`available`). They are kept encrypted in the
vault (preference "my_templates"), and checked by the same reader as every content pack, so a shared
pack always installs. The shared .zip holds only pack.toml and templates.toml, and is checked as an
add-on pack before it is written.
"""

from __future__ import annotations

import dataclasses
import io
import json
import re
import secrets
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path

from wellbeing_desktop.atomic_file import write_atomically
from wellbeing_desktop.content.addon import AddOnPack, read_addon
from wellbeing_desktop.content.model import ContentPack, Prompt, Template
from wellbeing_desktop.content.pack_files import read_templates
from wellbeing_desktop.content.source import ContentError
from wellbeing_desktop.content.toml_reading import parse_file
from wellbeing_desktop.errors import ValidationError
from wellbeing_desktop.services import preferences
from wellbeing_desktop.vault import Vault

KEY = "my_templates"
CHANGED = "templates"  # what VaultSession.changed carries when they are saved or removed


def load(vault: Vault) -> list[Template]:
    """The person's templates; any that no longer pass the pack rules are left out."""
    stored = preferences.load(vault)[KEY]
    out = []
    for item in stored:
        try:
            out.append(_checked(_from_json(item)))
        except (ContentError, KeyError, TypeError, ValueError):
            continue
    return out


def available(content: ContentPack, vault: Vault) -> tuple[Template, ...]:
    """What writing offers: the packs' templates, then the person's own (one whose key a pack now uses
    is left out, so a key always means one template)."""
    taken = {t.key for t in content.templates}
    return tuple(content.templates) + tuple(t for t in load(vault) if t.key not in taken)


def with_mine(content: ContentPack, vault: Vault) -> ContentPack:
    """`content` with the person's own templates added: for `content.template(key)` and a new entry."""
    return dataclasses.replace(content, templates=available(content, vault))


def names(content: ContentPack, vault: Vault) -> dict[str, str]:
    """Template key -> name, for exports and printouts (an entry whose template has gone shows its key)."""
    return {t.key: t.name for t in available(content, vault)}


def save(vault: Vault, template: Template) -> Template:
    """Add `template`, or replace the one with its key. Raises ValidationError in plain words."""
    template = _checked(template)
    kept = [t for t in load(vault) if t.key != template.key] + [template]
    preferences.save(vault, {KEY: [_to_json(t) for t in kept]})
    return template


def remove(vault: Vault, key: str) -> None:
    preferences.save(vault, {KEY: [_to_json(t) for t in load(vault) if t.key != key]})


def from_form(name: str, description: str, steps: str, key: str = "") -> Template:
    """A template from the editor: one step a line, "Heading: question" (a line without a colon is a
    question whose heading is itself). A new template gets a key of its own."""
    prompts = []
    for line in steps.splitlines():
        if not line.strip():
            continue
        heading, colon, question = line.partition(":")
        heading, question = heading.strip(), question.strip()
        prompts.append(
            Prompt(heading=heading, question=question or heading)
            if colon
            else Prompt(line.strip(), line.strip())
        )
    return _checked(
        Template(
            key=key or new_key(name),
            name=name.strip(),
            description=description.strip(),
            prompts=tuple(prompts),
        )
    )


def new_key(name: str) -> str:
    """ "Closing the shift" -> "closing-the-shift-3f2a": the ending keeps two people's keys apart."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:30].strip("-") or "template"
    return f"{base}-{secrets.token_hex(2)}"


def templates_toml(templates: Sequence[Template]) -> str:
    """The templates as a pack's templates.toml (json.dumps writes valid TOML basic strings)."""
    parts = ["# Reflection templates, shared from Wellbeing Desktop.\n"]
    for template in templates:
        parts.append(
            f"\n[[template]]\nkey = {_quoted(template.key)}\nname = {_quoted(template.name)}\n"
            f"description = {_quoted(template.description)}\n"
        )
        for prompt in template.prompts:
            parts.append(
                f"\n[[template.prompt]]\nheading = {_quoted(prompt.heading)}\n"
                f"question = {_quoted(prompt.question)}\n"
            )
            if prompt.hint:
                parts.append(f"hint = {_quoted(prompt.hint)}\n")
    return "".join(parts)


def share(templates: Sequence[Template], target: Path, pack_name: str, author: str) -> AddOnPack:
    """Write a .zip pack holding only these templates (pack.toml and templates.toml), checked first."""
    if not templates:
        raise ValidationError(["There are no templates of your own to share yet."])
    if not pack_name.strip() or not author.strip():
        raise ValidationError(
            ["Give the pack a name, and say who made it (a first name or a team is enough)."]
        )
    manifest = (
        f"id = {_quoted('shared-' + secrets.token_hex(4))}\nname = {_quoted(pack_name.strip())}\n"
        f'version = "1"\nauthor = {_quoted(author.strip())}\n'
        'description = "Reflection templates, shared from Wellbeing Desktop. No diary writing."\n'
    )
    files = {"pack.toml": manifest.encode(), "templates.toml": templates_toml(templates).encode()}
    try:
        pack = read_addon(files)
    except ContentError as error:
        raise ValidationError([error.message]) from None
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    write_atomically(target, buffer.getvalue())
    return pack


def _checked(template: Template) -> Template:
    """Through the same reader as any pack: the same limits, and errors in the same words."""
    try:
        (checked,) = read_templates(parse_file("templates.toml", templates_toml([template]).encode()))
    except ContentError as error:
        raise ValidationError([_plain(error.message)]) from None
    return checked


def _plain(message: str) -> str:
    """Drop the file and line: the person typed into a form, not a file."""
    message = re.sub(r"^templates\.toml, line \d+: ", "", message)
    message = re.sub(r"template (?:'[^']*'|1)", "your template", message)
    return message[:1].upper() + message[1:]


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _to_json(template: Template) -> dict[str, object]:
    return {
        "key": template.key,
        "name": template.name,
        "description": template.description,
        "prompts": [{"heading": p.heading, "question": p.question, "hint": p.hint} for p in template.prompts],
    }


def _from_json(item: dict[str, object]) -> Template:
    prompts = item["prompts"]
    assert isinstance(prompts, list)
    return Template(
        key=str(item["key"]),
        name=str(item["name"]),
        description=str(item["description"]),
        prompts=tuple(Prompt(str(p["heading"]), str(p["question"]), str(p.get("hint", ""))) for p in prompts),
    )
