from . import test_customer_360
from . import test_ticket_return
from . import test_returns_dashboard
from . import test_demo_story
