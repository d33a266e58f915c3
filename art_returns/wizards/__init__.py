from . import art_return_decision
from . import art_return_inspection
from . import art_return_exchange
from . import sale_order_rma_wizard
