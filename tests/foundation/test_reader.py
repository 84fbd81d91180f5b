"""Reading seed pages: encodings, line ends, and metadata from sidecars, manifest and names."""

from __future__ import annotations

import pytest

from generator.errors import BuildError
from generator.ingest.reader import decode_text, given_meta, load_manifest, parse_date, read_page

TEXT = "　　本报9月9日讯 今天上午，区第三\n届人大常委会召开。BIM+X 12345\n\n城投创投公司荣获\nAAA主体信用评级\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_encoding_and_line_end_reads_the_same(encoding, newline):
    assert decode_text(TEXT.replace("\n", newline).encode(encoding)) == TEXT


def test_undecodable_bytes_name_the_file():
    with pytest.raises(BuildError, match=r"^ingest: seeds/x.txt: cannot decode the text"):
        decode_text(b"\x81\x20\xfe\xff\x80", "seeds/x.txt")


def meta_of(tmp_path, name, manifest=None, sidecar=None):
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    path = seeds / name
    path.write_text(TEXT, encoding="utf-8")
    if sidecar is not None:
        path.with_suffix(".yml").write_text(sidecar, encoding="utf-8")
    if manifest is not None:
        (seeds / "manifest.yml").write_text(manifest, encoding="utf-8")
    return read_page(path, tmp_path, load_manifest(seeds, tmp_path)).given


def test_file_name_gives_date_and_page(tmp_path):
    meta = meta_of(tmp_path, "2024-09-10-p02.txt")
    assert (meta.date, meta.date_precision, meta.page, meta.paper) == ("2024-09-10", "day", 2, "")
    assert dict(meta.found) == {"date": "filename", "page": "filename"}


def test_a_name_without_a_date_gives_nothing(tmp_path):
    meta = meta_of(tmp_path, "000_e980afd770c6cb92.txt")
    assert (meta.date, meta.date_precision, meta.page, meta.found) == ("", "unknown", 0, ())


def test_sidecar_wins_over_manifest_and_name(tmp_path):
    meta = meta_of(tmp_path, "2024-09-10-p02.txt", manifest="2024-09-10-p02.txt: {paper: 甲报, page: 5}\n",
                   sidecar="paper: 乙报\ndate: 2023-05\n")
    assert (meta.paper, meta.date, meta.date_precision, meta.page) == ("乙报", "2023-05-01", "month", 5)
    assert dict(meta.found) == {"paper": "sidecar", "date": "sidecar", "page": "manifest"}


def test_manifest_by_stem(tmp_path):
    meta = meta_of(tmp_path, "a.txt", manifest="a: {paper: 青岛日报, date: 2023, page: '3'}\n")
    assert (meta.paper, meta.date, meta.date_precision, meta.page) == ("青岛日报", "2023-01-01", "year", 3)


def test_bad_sidecar_values_are_named(tmp_path):
    with pytest.raises(BuildError, match=r"^ingest: seeds/a.txt \(sidecar\): 'page': expected a positive whole number, got 'two'$"):
        meta_of(tmp_path, "a.txt", sidecar="page: two\n")
    with pytest.raises(BuildError, match=r"'date': expected YYYY-MM-DD, YYYY-MM or YYYY, got '2024-13-01'"):
        parse_date("2024-13-01", "x")


def test_given_meta_with_an_empty_manifest(tmp_path):
    path = tmp_path / "2021-08-18.txt"
    path.write_text("x", encoding="utf-8")
    assert given_meta(path, "2021-08-18.txt", {}).date == "2021-08-18"


def test_a_sidecar_with_an_impossible_date_is_named(tmp_path):
    with pytest.raises(BuildError, match=r"^ingest: seeds/a.yml: invalid value: month must be in 1\.\.12$"):
        meta_of(tmp_path, "a.txt", sidecar="date: 2024-13-01\n")


def test_a_misspelt_sidecar_key_is_named(tmp_path):
    with pytest.raises(BuildError, match=r"^ingest: a.yml: unknown key 'pgae' \(did you mean 'page'\?\)$"):
        meta_of(tmp_path, "a.txt", sidecar="pgae: 2\n")
