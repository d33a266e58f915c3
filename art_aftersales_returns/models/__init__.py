from . import helpdesk_ticket
from . import res_partner
from . import rma
