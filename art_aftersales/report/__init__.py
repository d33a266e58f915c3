from . import art_ticket_rating_report
