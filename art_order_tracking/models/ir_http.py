# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from werkzeug.exceptions import BadRequest, NotFound

from odoo import models
from odoo.http import request

# PostgreSQL's integer: a larger record id in a URL fails the query.
MAX_RECORD_ID = 2**31 - 1


class IrHttp(models.AbstractModel):
    _inherit = "ir.http"

    @classmethod
    def _pre_dispatch(cls, rule, args):
        """Refuse, before any controller runs, the input no page can use and
        every query would fail on (a server error otherwise): a record id in
        the URL beyond PostgreSQL's integer (404), a NUL character in a
        form or query value (400: PostgreSQL text cannot hold one)."""
        if any(
            isinstance(value, int)
            and not isinstance(value, bool)
            and not -MAX_RECORD_ID <= value <= MAX_RECORD_ID
            for value in args.values()
        ):
            raise NotFound()
        httprequest = request.httprequest
        if rule.endpoint.routing.get("type") == "http" and any(
            isinstance(value, str) and "\x00" in value
            for values in (
                *httprequest.args.listvalues(),
                *httprequest.form.listvalues(),
            )
            for value in values
        ):
            raise BadRequest()
        return super()._pre_dispatch(rule, args)
