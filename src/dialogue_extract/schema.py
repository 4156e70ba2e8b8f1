"""The one table schema of every path: ``to_tables()``, the batch output and ``read_results()``.

Eight tables, joined on ``doc_id`` and ``entity_id``:

============== =======================================================================
documents      one row per document: source, reference date, the date it is filed under
officials      one row per official of a document; ``entity_id`` is the corpus-wide person
mentions       one row per mention of anything, ``kind`` official/country/date/sector/organization
countries      one row per state named in a document (ISO 3166-1 alpha-3 ``code``)
dates          one row per date expression: ISO ``value``, ``date``/``date_end`` and ``granularity``
sectors        one row per cooperation sector of a document
organizations  one row per organisation of a document
entities       one row per corpus-wide person (from the registry)
============== =======================================================================

Column types are ``string``, ``bool``, ``int32``, ``int64``, ``date`` (a calendar date) and
``list`` (a list of strings: a list column in Parquet and pandas, joined with ``"; "`` only in
CSV). This module builds plain-Python rows; :mod:`dialogue_extract.tables` makes DataFrames of
them and the batch writes them to Parquet or CSV.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Mapping, Optional

__all__ = ["TABLES", "LIST_SEPARATOR", "extraction_rows", "empty_rows", "date_fields", "document_date"]

#: How list cells are joined in CSV files.
LIST_SEPARATOR = "; "

#: Every table's columns and their types, in order.
TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [("doc_id", "string"), ("source", "string"), ("url", "string"),
                  ("reference_date", "date"), ("reference_date_source", "string"),
                  ("document_date", "date"), ("error", "string"), ("n_officials", "int32"),
                  ("n_countries", "int32"), ("n_dates", "int32"), ("n_sectors", "int32")],
    "officials": [("doc_id", "string"), ("official_id", "string"), ("entity_id", "string"),
                  ("name", "string"), ("aliases", "list"), ("titles", "list"), ("offices", "list"),
                  ("roles", "list"), ("country", "string"),
                  ("country_inferred", "bool"), ("country_source", "string"), ("actor_id", "string"),
                  ("organization", "string"), ("n_mentions", "int32"), ("first_start", "int64"),
                  ("reference_date", "date")],
    "mentions": [("doc_id", "string"), ("kind", "string"), ("ref_id", "string"), ("entity_id", "string"),
                 ("label", "string"), ("text", "string"), ("start", "int64"), ("end", "int64")],
    "countries": [("doc_id", "string"), ("code", "string"), ("name", "string"), ("n_mentions", "int32"),
                  ("first_start", "int64")],
    "dates": [("doc_id", "string"), ("text", "string"), ("start", "int64"), ("end", "int64"),
              ("value", "string"), ("value_end", "string"), ("date", "date"), ("date_end", "date"),
              ("granularity", "string")],
    "sectors": [("doc_id", "string"), ("sector_id", "string"), ("label", "string"), ("n_mentions", "int32"),
                ("first_start", "int64")],
    "organizations": [("doc_id", "string"), ("name", "string"), ("country", "string"),
                      ("n_mentions", "int32"), ("first_start", "int64")],
    "entities": [("entity_id", "string"), ("name", "string"), ("country", "string"), ("aliases", "list"),
                 ("titles", "list"), ("organizations", "list"), ("n_documents", "int32"),
                 ("first_date", "date"), ("last_date", "date")],
}

#: The tables written per document (``entities`` is written once, from the registry).
DOCUMENT_TABLES = [name for name in TABLES if name != "entities"]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def date_fields(value: Optional[str]) -> tuple[Optional[dt.date], str]:
    """The first day of an ISO ``value`` and its granularity ("day", "month", "year"; "unknown"
    for a value without a year, "XXXX-MM-DD")."""
    if not value:
        return None, "unknown"
    try:
        if m := _DAY.match(value):
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "day"
        if m := _MONTH.match(value):
            return dt.date(int(m[1]), int(m[2]), 1), "month"
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), "year"
    except ValueError:
        pass
    return None, "unknown"


def _date(value: Any) -> Optional[dt.date]:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def document_date(extraction: Mapping[str, Any]) -> Optional[dt.date]:
    """The date a document is filed under: its reference date, else its earliest full date."""
    ref = _date(extraction.get("reference_date"))
    if ref is not None:
        return ref
    days = [d for d in (date_fields(x.get("value"))[0] for x in extraction.get("dates") or ()
                        if _DAY.match(x.get("value") or "")) if d is not None]
    return min(days) if days else None


def _first_start(mentions: Any) -> Optional[int]:
    return min((m["start"] for m in mentions), default=None) if mentions else None


def empty_rows() -> dict[str, list[dict[str, Any]]]:
    return {name: [] for name in DOCUMENT_TABLES}


def extraction_rows(doc_id: str, extraction: Optional[Mapping[str, Any]], *,
                    entity_ids: Optional[Mapping[str, str]] = None, source: Optional[str] = None,
                    url: Optional[str] = None, error: Optional[str] = None,
                    reference_date: Any = None, reference_date_source: Optional[str] = None,
                    ) -> dict[str, list[dict[str, Any]]]:
    """The rows of every per-document table for one document.

    ``extraction`` is the JSON form of an :class:`~dialogue_extract.results.Extraction`
    (``model_dump(mode="json")``, as in ``documents.jsonl``) or None for a document that failed
    (it still gets its ``documents`` row, with ``error``). ``entity_ids`` maps the document's
    official ids to corpus-wide entity ids.
    """
    rows = empty_rows()
    ex = extraction or {}
    ids = entity_ids or {}
    ref = _date(reference_date if reference_date is not None else ex.get("reference_date"))
    rows["documents"].append({
        "doc_id": doc_id, "source": source, "url": url, "reference_date": ref,
        "reference_date_source": reference_date_source or ex.get("reference_date_source"),
        "document_date": ref or document_date(ex), "error": error or ex.get("error"),
        "n_officials": len(ex.get("officials") or ()), "n_countries": len(ex.get("countries") or ()),
        "n_dates": len(ex.get("dates") or ()), "n_sectors": len(ex.get("sectors") or ()),
    })
    mentions = rows["mentions"]
    for o in ex.get("officials") or ():
        eid = ids.get(o["id"])
        ms = o.get("mentions") or ()
        rows["officials"].append({
            "doc_id": doc_id, "official_id": o["id"], "entity_id": eid, "name": o["name"],
            "aliases": list(o.get("aliases") or ()), "titles": list(o.get("titles") or ()),
            "offices": list(o.get("offices") or o.get("titles") or ()),
            "roles": list(o.get("roles") or ()),
            "country": o.get("country"), "country_inferred": bool(o.get("country_inferred")),
            "country_source": o.get("country_source"), "actor_id": o.get("actor_id"),
            "organization": o.get("organization"), "n_mentions": len(ms), "first_start": _first_start(ms),
            "reference_date": ref,
        })
        mentions.extend({"doc_id": doc_id, "kind": "official", "ref_id": o["id"], "entity_id": eid,
                         "label": o["name"], "text": m["text"], "start": m["start"], "end": m["end"]}
                        for m in ms)
    for kind, table, key, label in (("country", "countries", "code", "name"), ("sector", "sectors", "id", "label"),
                                    ("organization", "organizations", "name", "name")):
        for item in ex.get(table) or ():
            ms = item.get("mentions") or ()
            row = {"doc_id": doc_id, "n_mentions": len(ms), "first_start": _first_start(ms)}
            if table == "countries":
                row.update(code=item["code"], name=item.get("name"))
            elif table == "sectors":
                row.update(sector_id=item["id"], label=item.get("label"))
            else:
                row.update(name=item["name"], country=item.get("country"))
            rows[table].append(row)
            mentions.extend({"doc_id": doc_id, "kind": kind, "ref_id": item[key], "entity_id": None,
                             "label": item.get(label), "text": m["text"], "start": m["start"], "end": m["end"]}
                            for m in ms)
    for d in ex.get("dates") or ():
        first, granularity = date_fields(d.get("value"))
        last = date_fields(d.get("value_end"))[0] if d.get("value_end") else None
        rows["dates"].append({"doc_id": doc_id, "text": d["text"], "start": d["start"], "end": d["end"],
                              "value": d["value"], "value_end": d.get("value_end"), "date": first,
                              "date_end": last, "granularity": granularity})
        label = f"{d['value']}/{d['value_end']}" if d.get("value_end") else d["value"]
        mentions.append({"doc_id": doc_id, "kind": "date", "ref_id": d["value"], "entity_id": None,
                         "label": label, "text": d["text"], "start": d["start"], "end": d["end"]})
    mentions.sort(key=lambda r: (r["start"], -r["end"]))
    return rows


def entity_row(entity: Mapping[str, Any]) -> dict[str, Any]:
    """The ``entities`` row of one registry entity (its ``to_dict()`` form)."""
    return {
        "entity_id": entity.get("entity_id") or entity.get("id"), "name": entity.get("name"),
        "country": entity.get("country"), "aliases": list(entity.get("aliases") or ()),
        "titles": [t["title"] if isinstance(t, Mapping) else t for t in entity.get("titles") or ()],
        "organizations": list(entity.get("organizations") or ()),
        "n_documents": entity.get("n_documents") or len(entity.get("documents") or ()),
        "first_date": _date(entity.get("first_date")), "last_date": _date(entity.get("last_date")),
    }
