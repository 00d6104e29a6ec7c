"""The per-user cache of built data: built once, rebuilt when a source changes, never fatal."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.built import KEEP_BUILDS, cache_file, load_or_build


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("KLASTRY_CACHE_DIR", str(folder))
    return folder


def counting_build(calls: list[int], value: object):
    def build() -> object:
        calls.append(1)
        return value

    return build


def test_second_load_reads_the_cache(cache_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("żółw\n", encoding="utf-8")
    calls: list[int] = []
    value = {"zolw": ("żółw",), "pairs": {("a", "b"): 3}}
    assert load_or_build("test", [source], counting_build(calls, value)) == value
    assert load_or_build("test", [source], counting_build(calls, value)) == value
    assert len(calls) == 1
    assert len(list(cache_dir.glob("test-*.pickle"))) == 1


def test_a_changed_source_rebuilds(cache_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("a\n", encoding="utf-8")
    calls: list[int] = []
    assert load_or_build("test", [source], counting_build(calls, 1)) == 1
    source.write_text("a\nb\n", encoding="utf-8")
    os.utime(source, ns=(1, 1))
    assert load_or_build("test", [source], counting_build(calls, 2)) == 2
    assert len(calls) == 2


def test_only_the_newest_builds_are_kept(cache_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    for version in range(KEEP_BUILDS + 3):
        source.write_text("a\n" * (version + 1), encoding="utf-8")
        assert load_or_build("test", [source], lambda v=version: v) == version
        os.utime(cache_file("test", [source]), ns=(version + 10**18, version + 10**18))
    kept = sorted(cache_dir.glob("test-*.pickle"))
    assert len(kept) == KEEP_BUILDS
    assert cache_file("test", [source]) in kept
    assert load_or_build("test", [source], lambda: "rebuilt") == KEEP_BUILDS + 2


def test_a_damaged_cache_file_is_rebuilt(cache_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("a\n", encoding="utf-8")
    path = cache_file("test", [source])
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x80\x05not a pickle")
    assert load_or_build("test", [source], lambda: [1, 2]) == [1, 2]
    assert load_or_build("test", [source], lambda: "unused") == [1, 2]


def test_an_unwritable_cache_folder_only_costs_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KLASTRY_CACHE_DIR", str(blocker / "cache"))
    calls: list[int] = []
    assert load_or_build("test", [], counting_build(calls, "x")) == "x"
    assert load_or_build("test", [], counting_build(calls, "x")) == "x"
    assert len(calls) == 2


def test_the_cached_lexicon_equals_a_fresh_build(cache_dir: Path) -> None:
    from pipeline.repair.lexicon import Lexicon

    fresh = Lexicon(use_cache=False)
    Lexicon()  # builds and writes the cache
    cached = Lexicon()
    assert list(cache_dir.glob("lexicon-*.pickle"))
    assert cached.freq == fresh.freq
    assert cached.by_strip("zolw") == fresh.by_strip("zolw") == ("żółw",)
    assert "wąż" in cached.by_mask("w**")
    assert cached.by_mask("w**") == fresh.by_mask("w**")
    assert cached.bigrams == fresh.bigrams


def test_word_frequencies_read_like_a_dict() -> None:
    import pickle

    from pipeline.repair.lexicon import WordFrequencies

    table = WordFrequencies({"że": -2.0, "żółw": -5.5, "zolw": -7.25, "wąż": -5.5})
    assert table.get("żółw") == -5.5
    assert table.get("zolw") == -7.25
    assert table.get("żółwie") is None
    assert table.get("żółwie", -12.0) == -12.0
    assert "wąż" in table and "waz" not in table
    assert len(table) == 4
    words = list(table)  # most frequent first; words of one frequency in the trie's order
    assert (words[0], set(words[1:3]), words[3]) == ("że", {"wąż", "żółw"}, "zolw")
    assert table.top == -2.0
    assert pickle.loads(pickle.dumps(table)) == table
    assert table != WordFrequencies({"że": -2.0})
    assert WordFrequencies({}).get("że") is None


def test_spellings_keep_their_order_and_miss_cleanly() -> None:
    import pickle

    from pipeline.repair.lexicon import Spellings

    index = Spellings({"zolw": ["żółw"], "z": ["że", "ż"]})
    assert index.get("z") == ("że", "ż")
    assert index.get("zolw") == ("żółw",)
    assert index.get("zo") == ()
    assert pickle.loads(pickle.dumps(index)) == index


def test_place_key_lines_hold_one_or_several_lines() -> None:
    import pickle

    from pipeline.places.index import KeyLines

    lines = KeyLines({"krakowie": 7, "nowa wieś": (3, 9, 12), "kraków": 7})
    assert lines.get("krakowie") == (7,)
    assert lines.get("nowa wieś") == (3, 9, 12)
    assert lines.get("nowa") == ()
    assert "kraków" in lines and "krakow" not in lines
    assert sorted(lines) == ["krakowie", "kraków", "nowa wieś"]
    assert len(lines) == 3
    again = pickle.loads(pickle.dumps(lines))
    assert again.get("nowa wieś") == (3, 9, 12) and again.get("kraków") == (7,)
