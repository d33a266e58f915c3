from . import art_condition_report_compare
from . import art_ship_on_credit
