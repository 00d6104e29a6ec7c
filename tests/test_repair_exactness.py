"""Shortcuts taken for speed give the same answers as the plain computations they replace."""

from __future__ import annotations

import re

import pytest

from pipeline.repair.disambiguate import DocStats, features, get_disambiguator
from pipeline.repair.lexicon import memo, shared
from pipeline.repair.mojibake import REDECODINGS, _redecode


@pytest.mark.parametrize(
    ("mode", "cands", "logps", "ctx"),
    [
        ("f", ("był", "być"), (-2.5, -2.7), ("klaster", "nie", "w", "stanie")),
        ("s", ("prawa", "prawą"), (-3.0, -4.2), ("<s>", "z", "ręką", "</s>")),
        ("s", ("ze", "że", "żę"), (-2.0, -2.1, -9.0), ("uważa", ",", "firmy", "mogą")),
    ],
)
def test_scores_are_the_sums_of_the_trained_features(
    mode: str, cands: tuple[str, ...], logps: tuple[float, ...], ctx: tuple[str, str, str, str]
) -> None:
    dis = get_disambiguator()
    doc = DocStats(past=0.3, first=-0.5)
    for capital in (None, True, False):
        expected = [
            sum(dis.w[i] * v for i, v in f) for f in features(mode, cands, logps, ctx, doc, capital)
        ]
        assert dis.scores(mode, cands, logps, ctx, doc, capital) == expected


def test_a_far_more_frequent_candidate_wins_without_the_model() -> None:
    dis = get_disambiguator()
    ctx = ("<s>", "<s>", "</s>", "</s>")
    assert dis.choose("s", ("się", "sie"), ctx, DocStats(), logps=(-1.5, -5.0)) == "się"


def test_redecoding_by_table_equals_decoding_each_character() -> None:
    text = "".join(chr(i) for i in range(0x3000)) + "przedsiêbiorstw ³¹czy \U0001f600"
    for read, actual in REDECODINGS:
        if actual == "utf-8":
            continue
        expected = []
        for c in text:
            try:
                expected.append(c.encode(read).decode(actual))
            except (UnicodeEncodeError, UnicodeDecodeError):
                expected.append(c)
        assert _redecode(text, read, actual) == "".join(expected)


def test_memo_caches_and_empties_when_full() -> None:
    calls: list[str] = []

    @memo(maxsize=2)
    def upper(word: str, suffix: str = "") -> str:
        calls.append(word)
        return word.upper() + suffix

    assert [upper("a"), upper("a"), upper("b"), upper("a", suffix="!")] == ["A", "A", "B", "A!"]
    assert calls == ["a", "b", "a"]
    upper("c")  # full: emptied, then "c" kept
    upper("a")
    assert calls == ["a", "b", "a", "c", "a"]


def test_shared_sets_are_one_object() -> None:
    a = shared(frozenset({"nom", "acc"}))
    assert shared(frozenset(["acc", "nom"])) is a


def test_ogonki_windows_read_words_as_the_whole_text_does() -> None:
    ogonki = pytest.importorskip("ogonki")
    from pipeline.repair.diacritics import _ogonki_words

    text = (
        "Klaster zrzesza 34 czlonkow z regionu, ktorzy wspolpracuja przy projektach "
        "badawczych i wdrozeniowych. Czlonkowie klastra spotykaja sie co miesiac w Lodzi, "
        "a koordynator prowadzi wspolna strone internetowa oraz kalendarz wydarzen. "
        "W tym roku zaplanowano szkolenia dla pracownikow malych przedsiebiorstw, "
        "warsztaty z zarzadzania energia i wizyte studyjna w Czechach.\n" * 3
    )
    words = [m.span() for m in re.finditer(r"[^\W\d_]+", text)]
    spans = words[::7] + words[-2:]
    spans = sorted(set(spans))
    whole = ogonki.restore(text)
    assert _ogonki_words(text, spans) == [whole[a:b] for a, b in spans]
