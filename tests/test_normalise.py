"""Merging mentions across documents into clusters, keeping distinct clusters apart, and
keeping conflicting values as a history."""

from __future__ import annotations

from pipeline.normalise import normalise
from pipeline.normalise.merge import name_key
from pipeline.schemas import Mention


def mention(doc: str, name: str, **fields) -> Mention:
    return Mention(id=f"{doc}-{name}", doc=doc, name=name, confidence={"name": 0.9}, **fields)


def test_same_cluster_in_two_reports_is_one_record() -> None:
    mentions = [
        mention(
            "a.txt",
            "Lubuski Klaster Metalowy",
            voivodeship="lubuskie",
            member_count=40,
            doc_year=2012,
        ),
        mention(
            "b.txt",
            "LUBUSKI KLASTER METALOWY Sp. z o.o.",
            voivodeship="lubuskie",
            member_count=52,
            doc_year=2014,
        ),
    ]
    normalised, clusters = normalise(mentions)
    assert len(clusters) == 1
    cluster = clusters[0]
    assert cluster.member_count == 52
    assert "most recent" in (cluster.member_count_basis or "")
    assert [h.value for h in cluster.member_count_history] == [40, 52]
    assert {m.cluster_id for m in normalised} == {cluster.cluster_id}


def test_similar_names_of_different_clusters_stay_apart() -> None:
    mentions = [
        mention("a.txt", "Klaster Energii Odnawialnej", voivodeship="lubuskie"),
        mention("b.txt", "Dolnośląski Klaster Energii Odnawialnej", voivodeship="dolnośląskie"),
        mention(
            "c.txt",
            "Lubuski Klaster Energetyki Odnawialnej i Efektywności Energetycznej",
            voivodeship="lubuskie",
        ),
    ]
    _, clusters = normalise(mentions)
    assert len(clusters) == 3


def test_same_name_in_different_voivodeships_stays_apart() -> None:
    _, clusters = normalise(
        [
            mention("a.txt", "Klaster Metalowy", voivodeship="lubuskie"),
            mention("b.txt", "Klaster Metalowy", voivodeship="śląskie"),
        ]
    )
    assert len(clusters) == 2


def test_shared_website_or_alias_merges() -> None:
    _, clusters = normalise(
        [
            mention("a.txt", "Klaster „Termomax”", aliases=["Termomax"], voivodeship="opolskie"),
            mention("b.txt", "Termomax", websites=["http://termomax.pl/"], voivodeship="opolskie"),
            mention("c.txt", "Klaster Budownictwa Energooszczędnego", websites=["www.termomax.pl"]),
        ]
    )
    assert len(clusters) == 1
    assert sorted(clusters[0].docs) == ["a.txt", "b.txt", "c.txt"]


def test_unnamed_cluster_joins_the_only_named_one_that_fits() -> None:
    mentions = [
        mention("a.txt", "Wielobranżowy Klaster Rzemieślniczy", voivodeship="opolskie"),
        mention("a.txt", "Śląski Klaster Drzewny", voivodeship="opolskie"),
        mention(
            "b.txt", "Klaster rzemieślniczy", voivodeship="opolskie", named=False, member_count=26
        ),
    ]
    _, clusters = normalise(mentions)
    assert len(clusters) == 2
    craft = next(c for c in clusters if "Rzemieślniczy" in c.name)
    assert craft.name == "Wielobranżowy Klaster Rzemieślniczy"
    assert craft.member_count == 26
    assert craft.docs == ["a.txt", "b.txt"]


def test_unnamed_cluster_with_two_candidates_stays_alone() -> None:
    mentions = [
        mention("a.txt", "Opolski Klaster Rzemieślniczy", voivodeship="opolskie"),
        mention("a.txt", "Wielobranżowy Klaster Rzemieślniczy", voivodeship="opolskie"),
        mention("b.txt", "Klaster rzemieślniczy", voivodeship="opolskie", named=False),
    ]
    _, clusters = normalise(mentions)
    assert len(clusters) == 3


def test_undated_conflict_keeps_the_best_supported_value() -> None:
    a = mention("a.txt", "Klaster X", member_count=30)
    a.confidence["member_count"] = 0.7
    b = mention("b.txt", "Klaster X", member_count=34)
    b.confidence["member_count"] = 0.9
    _, clusters = normalise([a, b])
    assert clusters[0].member_count == 34
    assert "best supported of 2" in (clusters[0].member_count_basis or "")


def test_name_keys_ignore_case_quotes_inflection_and_legal_form() -> None:
    assert name_key("Klastra „Termomax” Sp. z o.o.") == name_key("klaster TERMOMAX")
    assert name_key("Stowarzyszenie Klaster X") == name_key("Klaster X")
    assert name_key("Klaster Energii Odnawialnej") != name_key(
        "Dolnośląski Klaster Energii Odnawialnej"
    )


def test_towns_get_teryt_codes_and_voivodeship_codes() -> None:
    normalised, _ = normalise([mention("a.txt", "Klaster X", town="Zielona Góra")])
    m = normalised[0]
    assert m.town == "Zielona Góra"
    assert m.town_teryt == "0988313"  # SIMC, the town (RM 96) in lubuskie
    assert m.voivodeship == "lubuskie"
    assert m.voivodeship_teryt == "08"
