from . import art_condition_report_compare
from . import art_ship_on_credit
from . import art_carrier_key_wizard
from . import art_carrier_event_wizard
from . import art_delivery_sign_wizard
