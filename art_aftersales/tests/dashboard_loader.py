# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Load a spreadsheet dashboard's data as the web client does.

The dashboard (an Odoo 18 spreadsheet) names its data sources: ODOO pivots
(model, domain, measures, row and column group-bys) and ODOO charts (model,
domain, measure, group-bys). The web client's pivot model runs one
`read_group(domain, measure specs, group-bys, lazy=False)` per combination
of a prefix of the row group-bys with a prefix of the column group-bys, and
a chart one `read_group` over its group-bys; a date global filter adds a
condition on the field each source matches. Tests and the benchmark use
these helpers to check the figures the dashboard shows and the queries it
costs, without a browser.
"""

import base64
import json
from datetime import datetime, time, timedelta


def dashboard_data(dashboard):
    """The spreadsheet JSON of a `spreadsheet.dashboard` record."""
    return json.loads(base64.b64decode(dashboard.sudo().spreadsheet_binary_data))


def _measure_spec(measure):
    if measure["fieldName"] == "__count":
        return "__count"
    aggregator = measure.get("aggregator")
    return (
        f"{measure['fieldName']}:{aggregator}" if aggregator else measure["fieldName"]
    )


def _groupby(dimension):
    granularity = dimension.get("granularity")
    name = dimension["fieldName"]
    return f"{name}:{granularity}" if granularity else name


def _period_domain(source, data, period):
    """The condition a date global filter set to `period` (date_from,
    date_to: inclusive days) adds to a data source."""
    if not period:
        return []
    date_from, date_to = period
    domain = []
    for flt in data.get("globalFilters", []):
        if flt["type"] != "date":
            continue
        matching = source.get("fieldMatching", {}).get(flt["id"])
        if not matching:
            continue
        chain = matching["chain"]
        if date_from:
            domain.append((chain, ">=", datetime.combine(date_from, time.min)))
        if date_to:
            stop = datetime.combine(date_to + timedelta(days=1), time.min)
            domain.append((chain, "<", stop))
    return domain


def data_sources(data):
    """Every pivot and chart of the dashboard as a dict: kind, id, model,
    domain, measures (read_group specs), groupbys (one list per read_group
    call), source (the JSON definition)."""
    sources = []
    for pivot_id, pivot in sorted(data.get("pivots", {}).items()):
        rows = [_groupby(dim) for dim in pivot.get("rows", [])]
        cols = [_groupby(dim) for dim in pivot.get("columns", [])]
        sources.append(
            {
                "kind": "pivot",
                "id": pivot_id,
                "model": pivot["model"],
                "domain": pivot.get("domain", []),
                "measures": [
                    _measure_spec(m)
                    for m in pivot["measures"]
                    if not m.get("computedBy")
                ],
                "groupbys": [
                    rows[:i] + cols[:j]
                    for i in range(len(rows) + 1)
                    for j in range(len(cols) + 1)
                ],
                "source": pivot,
            }
        )
    for sheet in data.get("sheets", []):
        for figure in sheet.get("figures", []):
            chart = figure["data"]
            if figure["tag"] != "chart" or not chart["type"].startswith("odoo_"):
                continue
            meta = chart["metaData"]
            sources.append(
                {
                    "kind": "chart",
                    "id": figure["id"],
                    "model": meta["resModel"],
                    "domain": chart["searchParams"]["domain"],
                    "measures": [meta["measure"]],
                    "groupbys": [list(meta["groupBy"])],
                    "source": chart,
                }
            )
    return sources


def load_dashboard(env, data, period=None):
    """Run every read_group the dashboard runs, as env's user. Returns
    {(kind, id): {tuple(groupby): read_group result}}; `period` is the
    (date_from, date_to) of the date global filter, or None (no filter)."""
    result = {}
    for source in data_sources(data):
        model = env[source["model"]]
        domain = list(source["domain"]) + _period_domain(source["source"], data, period)
        result[(source["kind"], source["id"])] = {
            tuple(groupby): model.read_group(
                domain, source["measures"], groupby, lazy=False
            )
            for groupby in source["groupbys"]
        }
    return result


def pivot_value(loaded, pivot_id, measure, **group):
    """The value PIVOT.VALUE(pivot_id, measure, field, value...) shows:
    the total without `group`, else the row of that group value (for a
    many2one, its id; for a selection, its key). Empty groups give None."""
    measure_key = measure.split(":")[0]
    groupby = tuple(group)
    for row in loaded[("pivot", str(pivot_id))][groupby]:
        values = {
            field: row[field][0] if isinstance(row[field], tuple) else row[field]
            for field in groupby
        }
        if values == group:
            value = row.get(measure_key)
            return value if value is not None else None
    return None
