from . import art_condition_report_compare
