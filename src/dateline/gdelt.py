"""The GDELT 2.0 event table: Dateline's events written in its 61 tab-separated columns.

What Dateline knows fills its column; what it does not (ethnic and religious codes,
coordinates, FIPS geography codes, tone) is left empty, as GDELT leaves a column it
cannot fill. Files have no header row, like GDELT's own exports.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.extract.countries import names_country
from dateline.extract.entities.actor_codes import country_of_code
from dateline.extract.entities.known_groups import known_group
from dateline.store.base import Actor, EventRow

_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)
GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
# GDELT's geographic resolution: 1 a country, 4 a place elsewhere (a "world city").
_GEO_COUNTRY, _GEO_WORLD_CITY = "1", "4"


def _day(row: EventRow) -> str | None:
    """YYYYMMDD: the event's own day, else its article's publication day."""
    for value in (row.day, row.published):
        if value and len(value) >= 10:
            return value[:10].replace("-", "")
    return None


def _actor(actor: Actor | None) -> dict[str, str]:
    if actor is None:
        return {}
    columns = {"Name": actor.name.upper()}
    if actor.code:  # "RUSGOV": the country, then up to three roles of three letters each
        country = country_of_code(actor.code)
        roles = actor.code[3:] if country else actor.code
        columns.update(Code=actor.code, CountryCode=country or "")
        if not country and actor.code[:3] in {"IGO", "NGO", "IMG"}:
            columns.update(KnownGroupCode=actor.code[3:6], Type1Code=actor.code[:3])
            roles = actor.code[6:]
        for n, start in enumerate(range(0, min(len(roles), 9), 3), start=1):
            columns[f"Type{n}Code"] = roles[start : start + 3]
        return columns
    group = known_group(actor.name) if actor.country is None else None
    if group is not None:  # "IGOUNO": the United Nations, an organisation of no country
        columns.update(Code=group.actor_code, KnownGroupCode=group.group, Type1Code=group.kind)
    elif actor.country:
        # Dateline's countries are ISO 3166-1 alpha-3, which CAMEO's country codes follow.
        columns.update(Code=actor.country, CountryCode=actor.country)
    return columns


def _event_code(row: EventRow) -> str:
    """The event's full CAMEO code; of an event stored without one, or coded only to its
    root, CAMEO's "not specified below" code of the root ("190")."""
    return row.code if row.code and len(row.code) > 2 else f"{row.cameo}0"


def gdelt_row(row: EventRow) -> dict[str, str] | None:
    """One event as GDELT columns; None for an event without a day to put it on."""
    day = _day(row)
    if day is None:
        return None
    year, month, date = int(day[:4]), int(day[4:6]), int(day[6:])
    out = dict.fromkeys(GDELT_EVENT_COLUMNS, "")
    out.update(
        GLOBALEVENTID=str(row.global_id),
        SQLDATE=day,
        MonthYear=day[:6],
        Year=day[:4],
        FractionDate=f"{year + (month * 30 + date) / 365:.4f}",
        IsRootEvent="1" if row.is_root else "0",
        EventCode=_event_code(row),
        EventBaseCode=_event_code(row)[:3],
        EventRootCode=row.cameo,
        QuadClass=str(row.quad_class),
        GoldsteinScale=f"{row.goldstein:.1f}",
        NumMentions=str(row.mentions),
        NumSources="1",
        NumArticles="1",
        DATEADDED=row.added[:19].replace("-", "").replace("T", "").replace(":", ""),
        SOURCEURL=row.url or "",
    )
    for prefix, actor in (
        ("Actor1", row.sources[0] if row.sources else None),
        ("Actor2", row.targets[0] if row.targets else None),
    ):
        out.update({f"{prefix}{k}": v for k, v in _actor(actor).items()})
    if row.place is not None:
        out["ActionGeo_Type"] = _GEO_COUNTRY if names_country(row.place.name) else _GEO_WORLD_CITY
        out["ActionGeo_FullName"] = row.place.name
    return out


def gdelt_lines(rows: Iterable[EventRow]) -> Iterator[str]:
    """The events as lines of a GDELT 2.0 event file (tab-separated, no header), one by one;
    an event with no day has no line."""
    for row in rows:
        columns = gdelt_row(row)
        if columns is None:
            continue
        values = (
            columns[name].replace("\t", " ").replace("\n", " ") for name in GDELT_EVENT_COLUMNS
        )
        yield "\t".join(values) + "\n"


def export_gdelt_events(rows: Iterable[EventRow], out_file: str | Path) -> int:
    """Write the events as a GDELT 2.0 event file; returns the number of rows written."""
    count = 0
    with open(out_file, "w", encoding="utf-8", newline="") as handle:
        for line in gdelt_lines(rows):
            handle.write(line)
            count += 1
    return count
