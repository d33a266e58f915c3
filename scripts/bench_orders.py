"""Push N orders through the sales path and print how long it took.

Run by scripts/bench.sh in two databases: one with plain Odoo (sale,
stock, invoicing, OCA sale tier validation) and one with the art addons.
Each order is created, confirmed (art: reviewed and approved), invoiced,
paid and delivered, with a commit after each step as in real use.

Usage: python3 bench_orders.py CONFIG DATABASE N
"""

import base64
import sys
import time

import odoo
from odoo.tools import config

PNG = base64.b64encode(
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
    b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01"
    b"\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def setup(env, count, art):
    """Products (art: one unique work per order), stock, users, carrier."""
    warehouse = env["stock.warehouse"].search([], limit=1)
    customer = env["res.partner"].create({"name": "Bench Customer"})
    carrier = env["delivery.carrier"].create(
        {
            "name": "Bench Carrier",
            "product_id": env["product.product"]
            .create({"name": "Bench shipping", "type": "service"})
            .id,
        }
    )
    lines = []
    if art:
        artist = env["res.partner"].create({"name": "Bench Artist", "is_artist": True})
        for i in range(count):
            template = env["product.template"].create(
                {
                    "name": f"Bench work {i}",
                    "is_artwork": True,
                    "art_artist_id": artist.id,
                    "art_category": "painting",
                    "art_height": 50,
                    "art_width": 40,
                    "list_price": 3000.0,
                    "invoice_policy": "order",
                }
            )
            lot = env["stock.lot"].create(
                {"name": f"BENCH-{i:05d}", "product_id": template.product_variant_id.id}
            )
            env["stock.quant"]._update_available_quantity(
                lot.product_id, warehouse.lot_stock_id, 1, lot_id=lot
            )
            lines.append({"product_id": lot.product_id.id, "art_lot_id": lot.id})
        seller = env.ref("base.user_admin").copy({"login": "bench_seller"})
        reviewer = env.ref("base.user_admin")
    else:
        product = env["product.product"].create(
            {
                "name": "Bench frame",
                "type": "consu",
                "is_storable": True,
                "invoice_policy": "order",
                "list_price": 3000.0,
            }
        )
        env["stock.quant"]._update_available_quantity(
            product, warehouse.lot_stock_id, count
        )
        lines = [{"product_id": product.id}] * count
        seller = reviewer = env.ref("base.user_admin")
    return customer, carrier, lines, seller, reviewer


def run(env, cr, count, art):
    customer, carrier, lines, seller, reviewer = setup(env, count, art)
    cr.commit()
    started = time.perf_counter()
    for line in lines:
        order = env["sale.order"].create(
            {
                "partner_id": customer.id,
                "user_id": seller.id,
                "order_line": [(0, 0, dict(line, price_unit=3000.0))],
            }
        )
        cr.commit()
        if art:
            order.request_validation()
            cr.commit()
            order.with_user(reviewer)._validate_tier()  # confirms and invoices
        else:
            order.action_confirm()
            order._create_invoices().action_post()
        cr.commit()
        env["account.payment.register"].with_context(
            active_model="account.move", active_ids=order.invoice_ids.ids
        ).create({})._create_payments()
        cr.commit()
        picking = order.picking_ids
        if art:
            env["art.condition.report"].create(
                {
                    "lot_id": line["art_lot_id"],
                    "context": "packing",
                    "grade": "good",
                    "sale_order_id": order.id,
                    "photo_ids": [
                        (
                            0,
                            0,
                            {
                                "name": "p.png",
                                "datas": PNG,
                                "res_model": "art.condition.report",
                            },
                        )
                    ],
                }
            )
            cr.commit()
        picking.write({"carrier_id": carrier.id, "carrier_tracking_ref": order.name})
        picking.move_ids.picked = True
        picking.button_validate()
        cr.commit()
        assert picking.state == "done", picking.state
    return time.perf_counter() - started


def main(conf, db, count):
    config.parse_config(["-c", conf, "--no-http"])
    odoo.service.server.load_server_wide_modules()
    registry = odoo.modules.registry.Registry(db)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"tracking_disable": False})
        art = "art.order.event" in env
        elapsed = run(env, cr, count, art)
        queries = cr.sql_log_count
    kind = "art addons" if art else "plain Odoo"
    sys.stdout.write(f"{kind}: {count} orders in {elapsed:.1f} s ({queries} queries)\n")
    sys.stdout.write(f"seconds={elapsed:.3f}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
