"""Full-text search: people type words, never FTS5 syntax, and a query never raises a syntax error."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.vault.builders import make_entry
from wellbeing_desktop.errors import EmptySearch
from wellbeing_desktop.vault import Vault
from wellbeing_desktop.vault import search as fts
from wellbeing_desktop.vault.search import HIGHLIGHT_END, HIGHLIGHT_START, to_fts_query

DOCS = {
    "both": ("Apples and bananas", "I ate an apple and a banana at lunch."),
    "apple-only": ("Fruit", "Only an apple today, with cherries."),
    "phrase": ("Debrief", "It was a difficult conversation today about boundaries."),
    "reversed": ("Reflection", "The conversation was difficult, but I kept a boundary."),
    "self-care": ("Evening", "Self care matters: a bath and an early night."),
    "apart": ("Morning", "Care for yourself first; self is not selfish."),
    "café": ("Coffee", "Met a peer at the café after supervision."),
}


@pytest.fixture
def docs(vault: Vault) -> Iterator[tuple[Vault, dict[str, str]]]:
    """The vault with DOCS saved; yields it and a map from DOCS key to entry id."""
    ids: dict[str, str] = {}
    with vault.transaction():
        for key, (title, body) in DOCS.items():
            entry = make_entry(title=title, body=body)
            vault.entries.save(entry)
            ids[key] = entry.id
    yield vault, ids


def found(vault: Vault, text: str) -> set[str]:
    return {hit.id for hit in vault.search(text, limit=100)}


def keys(ids: dict[str, str], *names: str) -> set[str]:
    return {ids[name] for name in names}


# -- translation -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("apple", '"apple"'),
        ("apple banana", '"apple" "banana"'),
        ('"difficult conversation"', '"difficult conversation"'),
        ("boundar*", '"boundar" *'),
        ("self-care", '"self care"'),
        ('"unbalanced quote', '"unbalanced" "quote"'),
        ("AND OR", '"AND" "OR"'),
        ("NOT", '"NOT"'),
        ("col:word", '"col word"'),
        ("NEAR(a b)", '"NEAR a" "b"'),
    ],
)
def test_translation(typed: str, query: str) -> None:
    assert to_fts_query(typed) == query


@pytest.mark.parametrize(
    "typed", ["", "   ", "*", "(", ")", '"', '""', ":", "^", "-", "+", "!!! ... ???", "\x00"]
)
def test_nothing_to_search_for_is_empty_search(typed: str) -> None:
    with pytest.raises(EmptySearch) as caught:
        to_fts_query(typed)
    assert caught.value.exit_code == 1


# -- matching ----------------------------------------------------------------------------------------------


def test_several_words_must_all_match(docs: tuple[Vault, dict[str, str]]) -> None:
    vault, ids = docs
    assert found(vault, "apple") == keys(ids, "both", "apple-only")
    assert found(vault, "apple banana") == keys(ids, "both")
    assert found(vault, "banana apple") == keys(ids, "both")


def test_quoted_phrase_matches_words_side_by_side_in_order(docs: tuple[Vault, dict[str, str]]) -> None:
    vault, ids = docs
    assert found(vault, "difficult conversation") == keys(ids, "phrase", "reversed")
    assert found(vault, '"difficult conversation"') == keys(ids, "phrase")
    assert found(vault, 'today "difficult conversation"') == keys(ids, "phrase")


def test_star_matches_a_prefix(docs: tuple[Vault, dict[str, str]]) -> None:
    vault, ids = docs
    assert found(vault, "boundar") == set()
    assert found(vault, "boundar*") == keys(ids, "phrase", "reversed")
    assert found(vault, "BOUNDAR*") == keys(ids, "phrase", "reversed")


def test_hyphenated_word_matches_the_words_side_by_side(docs: tuple[Vault, dict[str, str]]) -> None:
    vault, ids = docs
    assert found(vault, "self care") == keys(ids, "self-care", "apart")
    assert found(vault, "self-care") == keys(ids, "self-care")


def test_case_stemming_and_diacritics(docs: tuple[Vault, dict[str, str]]) -> None:
    vault, ids = docs
    assert found(vault, "APPLES") == keys(ids, "both", "apple-only")
    assert found(vault, "conversations") == keys(ids, "phrase", "reversed")
    assert found(vault, "cafe") == keys(ids, "café")
    assert found(vault, "café") == keys(ids, "café")


ODD_INPUT = [
    '"apple', 'apple"', "AND OR", "*", "NOT", "(", '"', ":", "^", "!?.,;", "apple AND", "OR apple",
    "apple NOT", "a:b", "NEAR(apple banana)", "apple)", "{apple}", "apple^", "-apple", "+apple",
    "apple -banana", "''", "*apple", "app**", 'a"b"c"d', "title:apple", "\\", "%", "apple\x00banana",
]  # fmt: skip


@pytest.mark.parametrize("typed", ODD_INPUT)
def test_odd_input_never_raises_a_syntax_error(docs: tuple[Vault, dict[str, str]], typed: str) -> None:
    vault, _ = docs
    try:
        hits = vault.search(typed)
    except EmptySearch as error:
        assert error.exit_code == 1
    else:
        assert isinstance(hits, list)


def test_operators_typed_as_words_are_searched_as_words(vault: Vault) -> None:
    with vault.transaction():
        vault.entries.save(entry := make_entry(body="Cats AND dogs, NOT mice OR rats"))
        vault.entries.save(make_entry(body="Cats alone"))
    assert found(vault, "cats AND dogs") == {entry.id}
    assert found(vault, "NOT") == {entry.id}
    assert found(vault, "cats NOT") == {entry.id}


@settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_any_text_gives_results_or_empty_search(docs: tuple[Vault, dict[str, str]], text: str) -> None:
    vault, _ = docs
    with contextlib.suppress(EmptySearch):
        assert isinstance(vault.search(text), list)


@settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.text(alphabet=st.sampled_from(list("ab \"*-:^()+{}ANDORNTE\\.'")), max_size=30))
def test_any_operator_soup_gives_results_or_empty_search(
    docs: tuple[Vault, dict[str, str]], text: str
) -> None:
    vault, _ = docs
    try:
        vault.search(text)
        assert fts.count(vault.connection, text) >= 0
    except EmptySearch:
        pass


# -- ranking, snippets, paging -----------------------------------------------------------------------------


def test_title_match_ranks_above_body_only_match(vault: Vault) -> None:
    body_only = make_entry(title="Tuesday", body="Some thoughts on resilience. " + "More words here. " * 5)
    in_title = make_entry(title="Resilience", body="A short note.")
    with vault.transaction():
        vault.entries.save(body_only)  # saved first, so insertion order would put it first
        vault.entries.save(in_title)
    assert [hit.id for hit in vault.search("resilience")] == [in_title.id, body_only.id]


def test_snippet_highlights_the_matched_word(vault: Vault) -> None:
    entry = make_entry(title="Shift", body="Long shift. A colleague showed real kindness when I was upset.")
    with vault.transaction():
        vault.entries.save(entry)
    (hit,) = vault.search("kindness")
    assert hit.id == entry.id
    assert hit.title == "Shift"
    assert hit.created_at == entry.created_at
    assert f"{HIGHLIGHT_START}kindness{HIGHLIGHT_END}" in hit.snippet
    assert hit.snippet.count(HIGHLIGHT_START) == hit.snippet.count(HIGHLIGHT_END) == 1
    assert "**kindness**" in hit.snippet_marked()
    assert "<b>kindness</b>" in hit.snippet_marked("<b>", "</b>")


def test_snippet_highlights_a_stemmed_match_and_a_prefix(vault: Vault) -> None:
    with vault.transaction():
        vault.entries.save(make_entry(body="We had many conversations about supervision."))
    (hit,) = vault.search("conversation")
    assert f"{HIGHLIGHT_START}conversations{HIGHLIGHT_END}" in hit.snippet
    (hit,) = vault.search("supervis*")
    assert f"{HIGHLIGHT_START}supervision{HIGHLIGHT_END}" in hit.snippet


def test_long_body_snippet_is_shortened_around_the_match(vault: Vault) -> None:
    body = "filler " * 200 + "needle " + "filler " * 200
    with vault.transaction():
        vault.entries.save(make_entry(body=body))
    (hit,) = vault.search("needle")
    assert len(hit.snippet) < 200
    assert "…" in hit.snippet
    assert f"{HIGHLIGHT_START}needle{HIGHLIGHT_END}" in hit.snippet


def test_limit_and_offset_page_through_all_matches(vault: Vault) -> None:
    with vault.transaction():
        saved = []
        for i in range(25):
            entry = make_entry(title=f"Day {i}", body=f"walking helped {'walking ' * (i % 4)}")
            vault.entries.save(entry)
            saved.append(entry.id)
        vault.entries.save(make_entry(body="nothing relevant"))

    everything = [hit.id for hit in vault.search("walking", limit=100)]
    pages = [
        [hit.id for hit in vault.search("walking", limit=10, offset=offset)] for offset in (0, 10, 20, 30)
    ]

    assert [len(page) for page in pages] == [10, 10, 5, 0]
    assert [hit for page in pages for hit in page] == everything
    assert set(everything) == set(saved)
    assert len(vault.search("walking")) == 20  # the default page
    assert fts.count(vault.connection, "walking") == 25
    assert vault.search("walking", limit=3, offset=24) == vault.search("walking", limit=100)[24:]


def test_no_match_is_an_empty_list(docs: tuple[Vault, dict[str, str]]) -> None:
    vault, _ = docs
    assert vault.search("xylophone") == []
    assert fts.count(vault.connection, "xylophone") == 0
