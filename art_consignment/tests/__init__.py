from . import test_consignment_flows
from . import test_consignment_settlement
from . import test_consignment_access
from . import test_consignment_portal
from . import test_rules_consignment
from . import test_consignment_statement_pdf
