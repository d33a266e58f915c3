from . import test_art_returns
from . import test_art_returns_access
from . import test_art_returns_portal
from . import test_art_returns_mail
from . import test_art_returns_backoffice_tour
from . import test_rules_returns
from . import test_art_returns_oca_routes
from . import test_server_gates
