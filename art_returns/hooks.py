# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

# OCA rma's own domains of the two user rules art_returns narrows to the
# returns that are not art returns (security/art_returns_rules.xml).
RMA_RULE_DOMAINS = {
    "rma.rma_rule_user_own": "['|',('user_id','=',user.id),('user_id','=',False)]",
    "rma.rma_rule_user_all": "[(1,'=',1)]",
}


def uninstall_hook(env):
    """Give OCA's RMA rules back their domains: the fields art_returns' domains
    name go away with the module."""
    for xmlid, domain in RMA_RULE_DOMAINS.items():
        rule = env.ref(xmlid, raise_if_not_found=False)
        if rule:
            rule.domain_force = domain
