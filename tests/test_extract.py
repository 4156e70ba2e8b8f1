"""End to end: the public API on the sample releases shipped in examples/releases."""
from __future__ import annotations

import datetime as dt
import json

import pytest
import spacy

import dialogue_extract as de
from dialogue_extract import Extraction


def by_name(ex: Extraction):
    return {o.name: o for o in ex.officials}


def test_mea_release(releases):
    ex = de.extract(releases["mea_bilateral_dialogue"])
    people = by_name(ex)
    assert set(people) == {"V. Sharma", "Carolina Fuentes Ortega", "S. Raghavan", "Anil Kumar Joshi"}
    sharma = people["V. Sharma"]
    assert sharma.country == "IND" and "Secretary (East)" in sharma.titles
    assert sharma.organization == "Ministry of External Affairs"
    assert "Sharma" in sharma.aliases
    chile = people["Carolina Fuentes Ortega"]
    assert chile.country == "CHL" and "Fuentes" in chile.aliases
    assert {c.code for c in ex.countries} == {"IND", "CHL"}
    values = {(d.value, d.value_end) for d in ex.dates}
    assert ("2025-03-03", None) in values and ("2025-07", "2025-12") in values
    assert {"trade_investment", "critical_minerals", "green_hydrogen", "renewable_energy"} <= {s.id for s in ex.sectors}
    assert ex.reference_date == dt.date(2025, 3, 3) and ex.reference_date_source == "dateline"


def test_east_asian_release_with_capitalised_family_names(releases):
    ex = de.extract(releases["east_asia_release"])
    people = by_name(ex)
    assert {"KAMIYA Haruto", "Cho Min-seok", "Wang Lihua", "ISHIKAWA Naoko"} <= set(people)
    assert people["Cho Min-seok"].country == "KOR" and people["Wang Lihua"].country == "CHN"
    assert people["KAMIYA Haruto"].country == "JPN"
    assert {"JPN", "KOR", "CHN", "PRK"} <= {c.code for c in ex.countries}


def test_briefing_transcript_journalists_are_not_officials(releases):
    ex = de.extract(releases["briefing_transcript"], reference_date="2025-05-16")
    people = by_name(ex)
    assert "Rohan Menon" in people and "Official Spokesperson" in people["Rohan Menon"].titles
    journalists = ("Ananya Kapoor", "Marcus D'Souza", "Li Na", "Rahul Verma")
    assert not any(j in people or any(j in a for a in o.aliases) for j in journalists for o in ex.officials)
    assert ("2025-05-19", "2025-05-24") in {(d.value, d.value_end) for d in ex.dates}


def test_joint_statement(releases):
    ex = de.extract(releases["joint_statement"])
    people = by_name(ex)
    assert people["Joseph Kamau Odhiambo"].country == "KEN"
    assert people["Joseph Kamau Odhiambo"].titles == ["President"]
    assert people["Arvind Mehra"].titles == ["Prime Minister"]
    assert ("2025-06-10", "2025-06-13") in {(d.value, d.value_end) for d in ex.dates}


def test_noisy_news_page(releases):
    ex = de.extract(releases["news_story_noisy"])
    people = by_name(ex)
    assert {"Prakash Iyer", "Eleanor Whitfield", "Thomas Reilly"} <= set(people)
    assert "Neha Bhattacharya" not in people and "James Porter" not in people
    assert people["Eleanor Whitfield"].country == "AUS"
    assert "PHL" not in {c.code for c in ex.countries}  # only in an "Also Read" headline


def test_json_shape(releases):
    data = de.extract(releases["mea_bilateral_dialogue"]).model_dump(mode="json")
    assert set(data) >= {"officials", "countries", "dates", "sectors", "organizations", "reference_date"}
    official = data["officials"][0]
    assert set(official) >= {"name", "aliases", "titles", "country", "organization", "mentions"}
    assert set(official["mentions"][0]) == {"text", "start", "end"}
    assert set(data["dates"][0]) >= {"text", "start", "end", "value", "value_end"}
    json.dumps(data)
    assert "text" not in data  # the input is not repeated in the JSON form
    assert Extraction.model_validate(data).officials[0].name == official["name"]


@pytest.mark.parametrize("ref", ["2026-02-14", dt.date(2026, 2, 14), dt.datetime(2026, 2, 14, 9, 30)])
def test_reference_date_forms(ref):
    ex = de.extract("The two ministers met on Friday.", reference_date=ref)
    assert ex.reference_date == dt.date(2026, 2, 14) and ex.reference_date_source == "argument"
    assert [d.value for d in ex.dates] == ["2026-02-13"]


def test_bad_reference_date():
    with pytest.raises(ValueError):
        de.extract("text", reference_date="14/02/2026")
    with pytest.raises(TypeError):
        de.extract("text", reference_date=20260214)


def test_dateline_without_year():
    ex = de.extract("Seoul, February 14\n\nThe talks were held on February 12-13.")
    assert {(d.value, d.value_end) for d in ex.dates} >= {("XXXX-02-12", "XXXX-02-13")}


def test_extract_many_keeps_order_and_isolates_failures(releases):
    texts = [releases["mea_bilateral_dialogue"], None, "", b"bytes", releases["joint_statement"]]
    results = list(de.extract_many(texts))
    assert len(results) == 5
    assert results[0].officials and results[4].officials
    assert results[1].error and "TypeError" in results[1].error
    assert results[2].error is None and results[2].officials == []
    assert results[3].error and "bytes" in results[3].error


def test_extract_many_matches_extract(releases):
    texts = list(releases.values())
    many = list(de.extract_many(texts, batch_size=2))
    single = [de.extract(t) for t in texts]
    assert [m.model_dump() for m in many] == [s.model_dump() for s in single]


def test_extract_many_as_tuples():
    items = [("They met on Friday.", "2026-02-14"), ("They met on Friday.", "2026-03-07")]
    values = [r.dates[0].value for r in de.extract_many(items, as_tuples=True)]
    assert values == ["2026-02-13", "2026-03-06"]


def test_load_gives_a_spacy_pipeline(releases):
    nlp = de.load()
    assert isinstance(nlp, spacy.language.Language)
    assert nlp.pipe_names[-1] == "officials"
    doc = nlp(releases["mea_bilateral_dialogue"])
    assert {"countries", "dates", "titles", "persons", "sectors"} <= set(doc.spans)
    assert any(e.label_ == "PERSON" for e in doc.ents)
    html = spacy.displacy.render(doc, style="ent", jupyter=False)
    assert "V. Sharma" in html


def test_extractor_accepts_a_custom_pipeline():
    nlp = de.load()
    nlp.add_pipe("sentencizer", first=True)
    ex = de.Extractor(nlp).extract("Foreign Minister Omar Haddad spoke.")
    assert ex.officials[0].name == "Omar Haddad"


def test_official_lookup(releases):
    ex = de.extract(releases["mea_bilateral_dialogue"])
    assert ex.official("Sharma").name == "V. Sharma"
    assert ex.official("Nobody") is None


def test_reference_date_from_a_title_line_or_a_closing_dateline(releases):
    ex = de.extract(releases["briefing_transcript"])
    assert ex.reference_date == dt.date(2025, 5, 16) and ex.reference_date_source == "dateline"
    body = "The ministers met on Friday and agreed to meet again next year. " * 12
    ex = de.extract(body + "\n\nNew Delhi\nMay 16, 2025\n")
    assert ex.reference_date == dt.date(2025, 5, 16)
    assert {d.value for d in ex.dates} >= {"2025-05-16", "2026"}


def test_extract_many_with_two_processes(releases):
    texts = list(releases.values())[:3]
    parallel = [r.model_dump() for r in de.extract_many(texts, n_process=2, batch_size=1)]
    assert parallel == [r.model_dump() for r in de.extract_many(texts)]


class _PidExtractor(de.Extractor):
    """Marks every result with the process that made it; a chunk holding "DIE" kills its worker."""

    def _extract_chunk(self, chunk, default_ref, as_tuples):
        import os

        if any(isinstance(t, str) and "DIE" in t for t in chunk):
            os._exit(3)
        results = super()._extract_chunk(chunk, default_ref, as_tuples)
        for r in results:
            r.error = str(os.getpid())
        return results


def test_extract_many_runs_in_worker_processes_and_survives_a_dead_worker():
    import os

    ex = _PidExtractor(de.get_extractor().nlp)
    texts = [f"Foreign Minister Ana Ruiz of Peru met officials on day {i}." for i in range(8)]
    results = list(ex.extract_many(texts[:4] + ["DIE"] + texts[4:], n_process=2, batch_size=1))
    assert len(results) == 9
    pids = {r.error for k, r in enumerate(results) if k != 4}
    assert str(os.getpid()) not in pids and len(pids) >= 1  # really in other processes, not serial
    assert results[4].error.startswith("worker process failed")
    assert all(r.officials and r.officials[0].name == "Ana Ruiz" for k, r in enumerate(results) if k != 4)


def test_trusted_mentions_equal_validated_ones():
    from dialogue_extract.results import Mention

    fast, slow = Mention.trusted("Omar", 3, 7), Mention(text="Omar", start=3, end=7)
    assert fast == slow and fast.model_dump() == slow.model_dump()
    assert fast.model_dump_json() == slow.model_dump_json() and fast.model_fields_set == slow.model_fields_set
    assert Mention.model_validate(fast.model_dump()) == fast


def test_readme_example():
    text = ("New Delhi, March 3\n\nSecretary (East) A. R. Pillai met Han Min-ho, First Vice Foreign Minister "
            "of the Republic of Korea,\non March 2-3 to review cooperation in shipbuilding, AI and semiconductors. "
            "Pillai said the two\nsides would meet again next year.\n\nReader comments\nRavi K: Great news for trade.")
    ex = de.extract(text, reference_date="2026-03-03")
    assert [(o.name, o.titles, o.country, o.country_inferred) for o in ex.officials] == [
        ("A. R. Pillai", ["Secretary (East)"], "IND", False),
        ("Han Min-ho", ["First Vice Foreign Minister"], "KOR", False),
    ]
    assert [s.id for s in ex.sectors] == ["shipbuilding", "artificial_intelligence", "semiconductors"]
