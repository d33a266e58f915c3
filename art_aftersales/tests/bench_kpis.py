# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmark of the operations dashboard on a generated data set.

Not a test module (tests/__init__.py does not import it): run it by hand on
a throw-away database, e.g.

    python3 art_aftersales/tests/bench_kpis.py -c .local/odoo.conf \
        -d bench_kpis --orders 100000 [--drop]

It installs art_aftersales in the database if needed, inserts with SQL the
given number of art orders, each with seven stage periods (draft to
delivered), an outgoing transfer with one of three carriers, a customer
rating for half of them and a ticket for one in ten, then prints the time and
the query count of loading the operations spreadsheet dashboard's data as the
web client does (every read_group of every pivot and chart the dashboard JSON
names, see dashboard_loader.py), for all time and for one month of the date
filter, and the returns dashboard's when art_aftersales_returns is installed.
The generated rows are rolled back at the end; --drop also drops the
database.
"""

import argparse
import importlib
import subprocess
import sys
import time
from datetime import datetime

STAGES = [
    # stage, start offset (h), duration (h) or None (still open), committed (h)
    ("draft", 0, 4, 24),
    ("awaiting_payment", 4, 30, 72),
    ("paid", 34, 2, 24),
    ("preparing", 36, 20, 48),
    ("ready_to_ship", 56, 6, 24),
    ("in_transit", 62, 50, 72),
    ("delivered", 112, None, None),
]


def _say(text):
    """Report on the standard output (a command, not a server log)."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _parse():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument("--orders", type=int, default=100000)
    parser.add_argument("--drop", action="store_true")
    return parser.parse_args()


def _columns(cr, table):
    cr.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_name = %s AND column_name != 'id' ORDER BY ordinal_position",
        (table,),
    )
    return [row[0] for row in cr.fetchall()]


def _copy_rows(cr, table, template_id, source, overrides):
    """INSERT copies of one template row, one per row of `source` (aliased
    g), with some columns replaced by SQL expressions."""
    from odoo.tools import SQL

    columns = _columns(cr, table)
    cr.execute(
        SQL(
            "INSERT INTO %s (%s) SELECT %s FROM %s t CROSS JOIN (%s) g WHERE t.id = %s",
            SQL.identifier(table),
            SQL(", ").join(SQL.identifier(col) for col in columns),
            SQL(", ").join(
                overrides.get(col) or SQL.identifier("t", col) for col in columns
            ),
            SQL.identifier(table),
            source,
            template_id,
        )
    )
    return cr.rowcount


def _generate(env, count):
    from odoo.tools import SQL

    cr = env.cr
    partner = env["res.partner"].create({"name": "Bench Collector"})
    product = env["product.product"].create(
        {"name": "Bench Shipping", "type": "service"}
    )
    carriers = env["delivery.carrier"].create(
        [{"name": f"Bench Carrier {i}", "product_id": product.id} for i in range(3)]
    )
    order = env["sale.order"].create({"partner_id": partner.id})
    warehouse = env["stock.warehouse"].search(
        [("company_id", "=", env.company.id)], limit=1
    )
    picking = env["stock.picking"].create(
        {
            "partner_id": partner.id,
            "picking_type_id": warehouse.out_type_id.id,
            "location_id": warehouse.lot_stock_id.id,
            "location_dest_id": env.ref("stock.stock_location_customers").id,
        }
    )
    ticket = env["helpdesk.ticket"].create(
        {"name": "Bench", "description": "<p>Bench</p>", "partner_id": partner.id}
    )
    env.flush_all()
    base = datetime(2025, 1, 1)
    started = time.perf_counter()
    _copy_rows(
        cr,
        "sale_order",
        order.id,
        SQL("SELECT generate_series(1, %s) AS n", count),
        {
            "name": SQL("'BENCH' || g.n"),
            "state": SQL("'sale'"),
            "date_order": SQL("%s + g.n * interval '5 minutes'", base),
            "art_is_art_order": SQL("TRUE"),
            "art_stage": SQL("'delivered'"),
            "art_delivered_date": SQL(
                "%s + g.n * interval '5 minutes' + interval '112 hours'", base
            ),
            "art_damage_reported": SQL("mod(g.n, 50) = 0"),
            "art_overdue": SQL("mod(g.n, 20) = 0"),
            "access_token": SQL("NULL"),
        },
    )
    orders = SQL(
        "SELECT id AS order_id, date_order, art_delivered_date, "
        "row_number() OVER (ORDER BY id) AS n "
        "FROM sale_order WHERE name LIKE %s",
        "BENCH%",
    )
    _copy_rows(
        cr,
        "stock_picking",
        picking.id,
        orders,
        {
            "name": SQL("'BENCH/OUT/' || g.n"),
            "sale_id": SQL("g.order_id"),
            "state": SQL("'done'"),
            "carrier_id": SQL("(ARRAY[%s, %s, %s])[1 + mod(g.n, 3)]", *carriers.ids),
            "date_done": SQL("g.art_delivered_date"),
        },
    )
    values = SQL(", ").join(
        SQL("(%s, %s, %s, %s)", stage, offset, duration, committed)
        for stage, offset, duration, committed in STAGES
    )
    cr.execute(
        SQL(
            """
            INSERT INTO art_order_stage_period
                (order_id, company_id, user_id, stage, date_start, date_end,
                 deadline, duration_hours, on_time, on_time_rate,
                 create_uid, create_date, write_uid, write_date)
            SELECT so.id, so.company_id, so.user_id, s.stage,
                   so.date_order + s.off * (1 + mod(so.id, 3)) * interval '1 hour',
                   so.date_order + (s.off + s.dur) * (1 + mod(so.id, 3))
                       * interval '1 hour',
                   so.date_order + (s.off * (1 + mod(so.id, 3)) + s.com)
                       * interval '1 hour',
                   COALESCE(s.dur * (1 + mod(so.id, 3)), 0),
                   s.dur IS NOT NULL AND s.dur * (1 + mod(so.id, 3)) <= s.com,
                   CASE WHEN s.dur IS NOT NULL AND s.dur * (1 + mod(so.id, 3))
                       <= s.com THEN 100 ELSE 0 END,
                   1, now(), 1, now()
              FROM sale_order so
        CROSS JOIN (VALUES %s) AS s(stage, off, dur, com)
             WHERE so.name LIKE %s
            """,
            values,
            "BENCH%",
        )
    )
    periods = cr.rowcount
    cr.execute(
        SQL(
            """
            INSERT INTO rating_rating
                (res_model_id, res_model, res_id, partner_id, rating, consumed,
                 access_token, create_uid, create_date, write_uid, write_date)
            SELECT %s, 'sale.order', so.id, so.partner_id, 1 + mod(so.id, 5), TRUE,
                   md5(so.id::text), 1, so.art_delivered_date, 1,
                   so.art_delivered_date + interval '2 days'
              FROM sale_order so
             WHERE so.name LIKE %s AND mod(so.id, 2) = 0
            """,
            env["ir.model"]._get_id("sale.order"),
            "BENCH%",
        )
    )
    ratings = cr.rowcount
    tickets = _copy_rows(
        cr,
        "helpdesk_ticket",
        ticket.id,
        SQL("SELECT * FROM (%s) o WHERE mod(o.n, 10) = 0", orders),
        {
            "number": SQL("'BENCH-' || g.n"),
            "sale_order_id": SQL("g.order_id"),
            "create_date": SQL("g.art_delivered_date + interval '1 day'"),
            "art_sla_start_date": SQL("g.art_delivered_date + interval '1 day'"),
            "art_responded_date": SQL(
                "g.art_delivered_date + interval '1 day' "
                "+ mod(g.n, 7) * interval '1 hour'"
            ),
            "art_response_hours": SQL("mod(g.n, 7)"),
            "closed_date": SQL(
                "g.art_delivered_date + interval '1 day' "
                "+ mod(g.n, 9) * interval '1 day'"
            ),
            "art_resolution_hours": SQL("mod(g.n, 9) * 24"),
        },
    )
    for table in (
        "sale_order",
        "stock_picking",
        "art_order_stage_period",
        "rating_rating",
        "helpdesk_ticket",
    ):
        cr.execute(SQL("ANALYZE %s", SQL.identifier(table)))
    _say(
        f"generated {count} orders, {count} transfers, {periods} stage periods, "
        f"{ratings} ratings, {tickets} tickets in "
        f"{time.perf_counter() - started:.1f} s"
    )


def _measure(label, env, func, cold=False):
    env.invalidate_all()
    if cold:
        env.registry.clear_cache()
    queries = env.cr.sql_log_count
    started = time.perf_counter()
    result = func()
    elapsed = time.perf_counter() - started
    _say(f"{label}: {elapsed * 1000:.0f} ms, {env.cr.sql_log_count - queries} queries")
    return result


def main():
    args = _parse()
    import odoo
    from odoo import api
    from odoo.service import db as db_service

    odoo.tools.config.parse_config(["-c", args.config, "-d", args.database])
    if not db_service.exp_db_exist(args.database):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "odoo",
                "-c",
                args.config,
                "-d",
                args.database,
                "-i",
                "art_aftersales",
                "--without-demo=all",
                "--stop-after-init",
                "--no-http",
            ],
            check=True,
        )
    registry = odoo.modules.registry.Registry(args.database)
    with registry.cursor() as cr:
        env = api.Environment(cr, api.SUPERUSER_ID, {})
        try:
            _generate(env, args.orders)
            manager = env["res.users"].create(
                {
                    "name": "Bench Manager",
                    "login": "bench_kpi_manager",
                    "groups_id": [
                        (4, env.ref("art_order_tracking.group_art_manager").id)
                    ],
                }
            )
            env.flush_all()
            menv = env(user=manager)
            # Run as a script, not as a package module: import by name.
            loader = importlib.import_module(
                "odoo.addons.art_aftersales.tests.dashboard_loader"
            )
            dashboard_data = loader.dashboard_data
            data_sources = loader.data_sources
            load_dashboard = loader.load_dashboard
            pivot_value = loader.pivot_value

            dashboards = [
                env.ref(xmlid, raise_if_not_found=False)
                for xmlid in (
                    "art_aftersales.spreadsheet_dashboard_art_operations",
                    "art_aftersales_returns.spreadsheet_dashboard_art_returns",
                )
            ]
            march = (datetime(2025, 3, 1).date(), datetime(2025, 3, 31).date())
            for dashboard in filter(None, dashboards):
                data = dashboard_data(dashboard)
                calls = sum(len(source["groupbys"]) for source in data_sources(data))
                name = f"{dashboard.name} dashboard ({calls} read_group calls)"
                loaded = _measure(
                    f"{name}, all time, cold caches",
                    menv,
                    lambda data=data: load_dashboard(menv, data),
                    True,
                )
                _measure(
                    f"{name}, all time",
                    menv,
                    lambda data=data: load_dashboard(menv, data),
                )
                _measure(
                    f"{name}, one month",
                    menv,
                    lambda data=data: load_dashboard(menv, data, march),
                )
                if dashboard == dashboards[0]:
                    _say(
                        "figures: {n} art orders; end to end {e:.1f} h; on time "
                        "{o:.1f} %; errors {x:.1f} %; damage {d:.1f} %; order "
                        "rating {r:.2f}; ticket response {t:.1f} h".format(
                            n=pivot_value(loaded, 1, "order_count:sum"),
                            e=pivot_value(loaded, 1, "end_to_end_hours:avg") or 0,
                            o=pivot_value(loaded, 1, "on_time_rate:avg") or 0,
                            x=pivot_value(loaded, 1, "exception_rate:avg") or 0,
                            d=pivot_value(loaded, 1, "damage_rate:avg") or 0,
                            r=pivot_value(loaded, 1, "rating:avg") or 0,
                            t=pivot_value(loaded, 5, "art_response_hours:avg") or 0,
                        )
                    )
        finally:
            cr.rollback()
    if args.drop:
        # exp_drop is blocked when the configuration disables database
        # listing (list_db = False): this command owns the database.
        odoo.tools.config["list_db"] = True
        db_service.exp_drop(args.database)


if __name__ == "__main__":
    main()
