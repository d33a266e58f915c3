from . import art_order_kpi_report
