from . import test_access
from . import test_care_visit
from . import test_customer_360
from . import test_portal
from . import test_ticket_escalation
from . import test_ticket_links
from . import test_ticket_rating
from . import test_ticket_routing
