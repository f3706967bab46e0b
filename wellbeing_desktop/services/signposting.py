"""Where to turn for support: the content pack's contacts, with the person's own filled in or changed.

Their own contacts (a supervisor's number, say) are personal, so they live in the vault, under
preference keys "signpost.<key>". The defaults from the content pack are always there, even locked.
"""

from __future__ import annotations

from dataclasses import replace

from wellbeing_desktop.content.model import Signpost
from wellbeing_desktop.domain.rules import check_text
from wellbeing_desktop.errors import ValidationError
from wellbeing_desktop.vault import Vault

PREFIX = "signpost."
MAX_CONTACT_CHARS = 300


def signposts(defaults: tuple[Signpost, ...], vault: Vault | None) -> list[Signpost]:
    """The contacts to show: the defaults, with the person's own where they set one."""
    own: dict[str, str] = {}
    if vault is not None and not vault.is_locked:
        rows = vault.connection.execute(
            "SELECT substr(key, ?), value FROM preferences WHERE key LIKE ?", (len(PREFIX) + 1, PREFIX + "%")
        )
        own = {str(key): str(value) for key, value in rows}
    return [replace(s, contact=own[s.key]) if s.key in own else s for s in defaults]


def set_contact(vault: Vault, key: str, contact: str) -> None:
    """Store the person's own contact for a signpost; an empty one brings back the default."""
    contact = contact.strip()
    problem = check_text(contact, max_chars=MAX_CONTACT_CHARS)
    if problem:
        raise ValidationError([f"contact: {problem}"])
    with vault.transaction() as conn:
        if contact:
            conn.execute(
                "INSERT INTO preferences (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (PREFIX + key, contact),
            )
        else:
            conn.execute("DELETE FROM preferences WHERE key = ?", (PREFIX + key,))
