from . import main
from . import carrier
from . import portal
from . import catalogue
from . import portal_invoice
from . import portal_lists
