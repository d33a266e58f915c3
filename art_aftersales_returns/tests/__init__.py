from . import test_customer_360
from . import test_ticket_return
