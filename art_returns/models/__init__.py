from . import art_return_reason
from . import art_return_rule
from . import art_insurance_claim
from . import product_template
from . import res_company
from . import res_config_settings
from . import tier_definition
from . import rma
