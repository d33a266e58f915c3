from . import art_ticket_rating_report
from . import art_order_kpi_report
