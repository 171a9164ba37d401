"""Comparison series: typed, from another evaluation file, average of files."""
from decimal import Decimal

import pytest

from kompass_desktop.domain.errors import InputError
from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services import comparison
from kompass_desktop.services.evaluation import Evaluation

FW19 = resolve_framework("kommunkompassen-2019")
FW15 = resolve_framework("kommunkompassen-2015")


def make(path, municipality, year, agreed, fw=FW19):
    ev = Evaluation.create(path, fw, municipality, year)
    for sub, pts in agreed.items():
        ev.set_agreed(sub, pts)
    ev.close()
    return path


def test_typed_series_add_edit_remove(tmp_path):
    ev = Evaluation.create(tmp_path / "a.kompass", FW19, "Ettby", 2024)
    sid = comparison.add_series(ev, "Ettby 2020", {"1": "54,5", "2": 60}, "437")
    row = comparison.series_rows(ev)[0]
    assert (row.label, row.areas, row.given_total, row.source) == (
        "Ettby 2020", {"1": Decimal("54.5"), "2": Decimal("60.0")}, Decimal("437.0"), "typed")
    comparison.update_series(ev, sid, "Ettby 2020 (publ.)", {"1": 50, "3": "12,5"}, None)
    row = comparison.series_rows(ev)[0]
    assert row.label == "Ettby 2020 (publ.)"
    assert row.areas == {"1": Decimal("50.0"), "3": Decimal("12.5")}
    assert row.given_total is None and row.series.total == Decimal("62.5")
    # Bad input: one-line message, nothing changed.
    with pytest.raises(InputError):
        comparison.update_series(ev, sid, "X", {"1": 150})
    with pytest.raises(InputError):
        comparison.add_series(ev, "Y", {"9": 10})
    assert comparison.series_rows(ev)[0].label == "Ettby 2020 (publ.)"
    assert len(comparison.series_rows(ev)) == 1
    comparison.remove_series(ev, sid)
    assert comparison.series_rows(ev) == []
    ev.close()


def test_series_from_file_is_that_evaluations_result(tmp_path):
    prev = make(tmp_path / "prev.kompass", "Ettby", 2019, {"1.1": 10, "1.2": "7,5", "2.1": 12})
    before = prev.read_bytes()
    ev = Evaluation.create(tmp_path / "now.kompass", FW19, "Ettby", 2024)
    comparison.add_series_from_file(ev, prev)
    row = comparison.series_rows(ev)[0]
    assert row.label == "Ettby 2019" and row.source == "file"
    assert row.areas["1"] == Decimal("17.5") and row.areas["2"] == Decimal("12")
    assert row.given_total == Decimal("29.5")
    assert row.series.comparable_with(ev.framework)
    assert prev.read_bytes() == before  # the other file is only read
    ev.close()


def test_series_from_another_revision_is_flagged(tmp_path):
    old = make(tmp_path / "old.kompass", "Ettby", 2017, {"1.1": 10}, fw=FW15)
    ev = Evaluation.create(tmp_path / "now.kompass", FW19, "Ettby", 2024)
    comparison.add_series_from_file(ev, old)
    row = comparison.series_rows(ev)[0]
    assert row.framework_id == "kommunkompassen-2015"
    assert not row.series.comparable_with(ev.framework)
    assert ev.summary()["references"][0]["comparable"] is False
    ev.close()


def test_average_of_files_counts_only_the_same_revision(tmp_path):
    a = make(tmp_path / "a.kompass", "Aby", 2021, {"1.1": 10, "2.1": 5})
    b = make(tmp_path / "b.kompass", "Bby", 2022, {"1.1": 15, "2.1": "7,5"})
    c = make(tmp_path / "c.kompass", "Cby", 2017, {"1.1": 1}, fw=FW15)
    junk = tmp_path / "junk.kompass"
    junk.write_bytes(b"not an evaluation")
    ev = Evaluation.create(tmp_path / "now.kompass", FW19, "Ettby", 2024)
    avg = comparison.add_average_series(ev, [a, b, c, junk], "Medel 2021–2022")
    assert [fs.label for fs in avg.used] == ["Aby 2021", "Bby 2022"]
    assert {p.name for p, _ in avg.skipped} == {"c.kompass", "junk.kompass"}
    row = comparison.series_rows(ev)[0]
    assert row.label == "Medel 2021–2022" and row.source == "average"
    assert row.areas["1"] == Decimal("12.5") and row.areas["2"] == Decimal("6.3")
    assert row.areas["3"] == Decimal("0")
    assert row.given_total == Decimal("18.8")  # mean of totals 15 and 22.5 = 18.75, half up
    with pytest.raises(InputError):
        comparison.add_average_series(ev, [c])
    ev.close()
