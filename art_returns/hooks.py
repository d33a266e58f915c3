# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

# OCA rma's own domains of the rules art_returns narrows to the returns
# that are not art returns and their credit notes
# (security/art_returns_rules.xml).
RMA_RULE_DOMAINS = {
    "rma.rma_rule_user_own": "['|',('user_id','=',user.id),('user_id','=',False)]",
    "rma.rma_rule_user_all": "[(1,'=',1)]",
    "rma.rma_account_move_personal_rule": "[('move_type', '=', 'out_refund'),"
    " '|', ('invoice_user_id', '=', user.id), ('invoice_user_id', '=', False)]",
    "rma.rma_account_move_line_personal_rule": "[('move_id.move_type', '=',"
    " 'out_refund'), '|', ('move_id.invoice_user_id', '=', user.id),"
    " ('move_id.invoice_user_id', '=', False)]",
}


def uninstall_hook(env):
    """Give OCA's RMA rules back their domains: the fields art_returns' domains
    name go away with the module."""
    for xmlid, domain in RMA_RULE_DOMAINS.items():
        rule = env.ref(xmlid, raise_if_not_found=False)
        if rule:
            rule.domain_force = domain
