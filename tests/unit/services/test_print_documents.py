"""The documents behind every PDF and printout: what they hold, what they never hold, and safe HTML."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.services.documents import document, entry, entry_id, plan, section
from wellbeing_desktop.errors import UsageError, WellbeingError
from wellbeing_desktop.services.interchange import import_document
from wellbeing_desktop.services.print_diary import render_diary
from wellbeing_desktop.services.print_html import markdown_html, page
from wellbeing_desktop.services.print_plan import render_plan
from wellbeing_desktop.services.print_scopes import SCOPES, PrintRequest, check_request, render_scope
from wellbeing_desktop.services.signposting import set_contact
from wellbeing_desktop.vault import Vault

TODAY = date(2026, 11, 26)


@pytest.fixture
def filled(vault: Vault) -> Vault:
    import_document(
        vault,
        document(
            entries=[
                entry(1, title="Chosen one", body="MARKER-CHOSEN-1 after the group", mood=6),
                entry(2, title="Not chosen", body="MARKER-DIARY-SECRET about a hard call"),
                entry(
                    3,
                    created_at="2026-11-20T08:00:00+00:00",
                    updated_at="2026-11-20T08:00:00+00:00",
                    title="Earlier <b>bold</b> & more",
                    body="## What happened?\nMARKER-CHOSEN-3\n\n- first\n- second",
                    template="debrief",
                    tags=["phone call"],
                ),
            ],
            plan=plan(
                section("daily", "What keeps me well day to day", (1, "PLAN-ITEM-WALK")),
                section("my-own", "Things I'm proud of", (2, "PLAN-ITEM-<script>")),
                review_on="2027-02-26",
            ),
        ),
    )
    return vault


def test_the_plan_holds_every_section_item_and_contact_and_no_diary_text(filled: Vault) -> None:
    set_contact(filled, "supervisor", "Sam, 01234 567890")
    html = render_plan(filled, TODAY).html
    for text in (
        "PLAN-ITEM-WALK",
        "PLAN-ITEM-&lt;script&gt;",
        "Things I&#x27;m proud of",
        "26 February 2027",
    ):
        assert text in html
    assert "<script>" not in html
    for contact in ("999", "111", "116 123", "85258", "Sam, 01234 567890"):
        assert contact in html
    assert "Boundaries I keep" in html  # empty built-in sections show too
    assert "MARKER" not in html
    assert "Private — printed from Wellbeing Desktop on 26 November 2026." in html


def test_the_diary_holds_only_the_chosen_entries_oldest_first(filled: Vault) -> None:
    html = render_diary(filled, [entry_id(1), entry_id(3)], TODAY).html
    assert "MARKER-CHOSEN-1" in html and "MARKER-CHOSEN-3" in html
    assert "MARKER-DIARY-SECRET" not in html and "Not chosen" not in html
    assert html.index("MARKER-CHOSEN-3") < html.index("MARKER-CHOSEN-1")
    assert "Earlier &lt;b&gt;bold&lt;/b&gt; &amp; more" in html
    assert "<h3>What happened?</h3>" in html and "<li>first</li>" in html
    assert "After a difficult conversation" in html and "mood 6 of 10" in html


def test_a_missing_entry_or_none_at_all_is_one_sentence(filled: Vault) -> None:
    with pytest.raises(WellbeingError, match="no diary entry with the id"):
        render_diary(filled, [entry_id(9)], TODAY)
    with pytest.raises(UsageError, match="at least one"):
        render_diary(filled, [], TODAY)


def test_markdown_is_escaped_then_given_only_our_own_tags() -> None:
    out = markdown_html('# Hi <img src=x onerror="y">\n**so** *calm* _here_\nnext line\n\n1. one\n2. two')
    assert "<img" not in out and "&lt;img src=x onerror=&quot;y&quot;&gt;" in out
    assert "<b>so</b> <i>calm</i> <i>here</i><br>next line" in out
    assert "<ol>\n<li>one</li>\n<li>two</li>\n</ol>" in out
    assert markdown_html("") == ""
    assert markdown_html("2 * 3 * 4 and snake_case_name") == "<p>2 * 3 * 4 and snake_case_name</p>\n"


def test_a_page_escapes_its_title() -> None:
    html = page("A & B", "<p>x</p>", TODAY)
    assert "<h1>A &amp; B</h1>" in html and "<title>A &amp; B</title>" in html


def test_scopes_refuse_what_cannot_work_before_any_passphrase() -> None:
    assert set(SCOPES) == {"plan", "diary", "supervision", "development"}
    with pytest.raises(UsageError, match="at least one --entry"):
        check_request("diary", ())
    with pytest.raises(UsageError, match="only for --scope diary"):
        check_request("plan", (entry_id(1),))
    assert check_request("supervision", ()) is SCOPES["supervision"]


def test_render_scope_routes_to_the_builders(filled: Vault) -> None:
    plan_doc = render_scope(filled, "plan", PrintRequest(TODAY))
    assert plan_doc.title == "My self-care plan" and not plan_doc.images
    diary_doc = render_scope(filled, "diary", PrintRequest(TODAY, (entry_id(2),)))
    assert "MARKER-DIARY-SECRET" in diary_doc.html and "MARKER-CHOSEN" not in diary_doc.html
