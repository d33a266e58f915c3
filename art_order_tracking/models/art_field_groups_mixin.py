# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.models import parse_read_group_spec
from odoo.osv import expression


class ArtFieldGroupsMixin(models.AbstractModel):
    """Searching and grouping by a field honour the field's ``groups``.

    Odoo refuses to read a field its user may not read, and to search or
    group by it when it is a column (``_field_to_sql``), but it searches and
    groups by a one2many or many2many field with ``groups`` for anyone: the
    records it finds then tell what the field holds (who received a work,
    which works an appraisal values above a price). Models with such fields
    inherit this mixin.
    """

    _name = "art.field.groups.mixin"
    _description = "Searching and grouping honour the groups of fields"

    @api.model
    def _art_check_domain_field_access(self, domain):
        names = {
            leaf[0].split(".", 1)[0]
            for leaf in domain or ()
            if expression.is_leaf(leaf) and isinstance(leaf[0], str)
        }
        if names:
            self.check_field_access_rights("read", sorted(names))

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        if not self.env.su:
            self._art_check_domain_field_access(domain)
        return super()._search(domain, offset=offset, limit=limit, order=order)

    @api.model
    def _read_group_groupby(self, groupby_spec, query):
        if not self.env.su:
            self.check_field_access_rights(
                "read", [parse_read_group_spec(groupby_spec)[0]]
            )
        return super()._read_group_groupby(groupby_spec, query)

    @api.model
    def _read_group_select(self, aggregate_spec, query):
        if not self.env.su and aggregate_spec != "__count":
            self.check_field_access_rights(
                "read", [parse_read_group_spec(aggregate_spec)[0]]
            )
        return super()._read_group_select(aggregate_spec, query)
