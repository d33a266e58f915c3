from . import art_report_access
