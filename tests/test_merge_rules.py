"""Pure merge rules: heads, conflict classification, display while open, diff3."""
from hypothesis import given, settings
from hypothesis import strategies as st

from kompass_desktop.domain import merge as rules
from kompass_desktop.domain.versions import DELETED, Version


def v(col, value, vv, origin="a", hlc=None, row="r1"):
    hlc = hlc if hlc is not None else vv.get(origin, 1)
    return Version(f"{col}{value}{sorted(vv.items())}".encode(), "list_item", row, col, value,
                   origin, "author-" + origin, hlc, dict(vv))


def test_edit_supersedes_what_it_saw_and_concurrent_edits_both_stay():
    base = v("text", "x", {"a": 1})
    edit_b = v("text", "y", {"a": 1, "b": 5}, "b")
    assert rules.merge_heads([base], [edit_b]) == [edit_b]          # edit wins over untouched
    edit_a = v("text", "z", {"a": 7})
    heads = rules.merge_heads([edit_a], [edit_b])
    assert len(heads) == 2 and not rules.settled(heads)             # a conflict
    same = v("text", "y", {"a": 8}, "a")
    assert rules.settled(rules.merge_heads([same], [edit_b]))       # equal values: settled


def test_display_keeps_mine_while_open_and_picks_deterministically_when_new():
    a, b = v("text", "mine", {"a": 2}), v("text", "theirs", {"b": 3}, "b")
    assert rules.display_value([a, b], True, "mine") == "mine"
    assert rules.display_value([b, a], True, "theirs") == "theirs"
    assert rules.display_value([a, b], False, None) == rules.display_value([b, a], False, None)


def test_delete_against_concurrent_edit_is_detected_but_not_a_seen_edit():
    edit = v("text", "new", {"a": 1, "b": 4}, "b")
    tomb = v(DELETED, 1, {"a": 3}, "a")
    assert rules.delete_edit_conflicts([tomb], [edit]) == [edit]
    tomb_saw = v(DELETED, 1, {"a": 3, "b": 4}, "a")
    assert rules.delete_edit_conflicts([tomb_saw], [edit]) == []
    restore = v(DELETED, 0, {"a": 3}, "a")
    assert rules.delete_edit_conflicts([restore], [edit]) == []
    # while contested, each file keeps its own deleted flag
    assert rules.display_deleted([tomb], True, True, 0) == 0
    assert rules.display_deleted([tomb], True, True, 1) == 1
    assert rules.display_deleted([tomb], False, True, 0) == 1        # uncontested delete wins


def test_common_ancestor_is_newest_version_both_saw():
    base0 = v("text", "0", {"a": 1})
    base1 = v("text", "1", {"a": 2})
    mine = v("text", "m", {"a": 3})
    theirs = v("text", "t", {"a": 2, "b": 5}, "b")
    assert rules.common_ancestor([base0, base1, mine, theirs], [mine, theirs]) == base1


def test_diff3_merges_disjoint_edits_and_marks_overlaps():
    base = "ett\ntvå\ntre\n"
    m = rules.diff3(base, "ETT\ntvå\ntre\n", "ett\ntvå\nTRE\n")
    assert m.clean and m.text() == "ETT\ntvå\nTRE\n"
    m = rules.diff3(base, "ett\nTVÅ\ntre\n", "ett\nZWEI\ntre\n")
    assert not m.clean and m.conflicts == 1
    assert m.text() == "ett\nTVÅ\nZWEI\ntre\n"                       # both kept for the user
    assert rules.keep_both("a", "b") == "a\n\nb" and rules.keep_both("", "b") == "b"


lines = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "å\n", "\n", "lång rad\n"]), max_size=8)


@settings(max_examples=200, deadline=None)
@given(lines, lines)
def test_diff3_identities(base, other):
    b, o = "".join(base), "".join(other)
    assert rules.diff3(b, o, b).text() == o          # only mine changed: mine
    assert rules.diff3(b, b, o).text() == o          # only theirs changed: theirs
    assert rules.diff3(b, o, o).text() == o          # both made the same change


@settings(max_examples=200, deadline=None)
@given(lines, lines, lines)
def test_diff3_swapping_sides_mirrors_conflicts(base, x, y):
    b, m, t = "".join(base), "".join(x), "".join(y)
    one, two = rules.diff3(b, m, t), rules.diff3(b, t, m)
    assert one.clean == two.clean
    if one.clean:
        assert one.text() == two.text()
