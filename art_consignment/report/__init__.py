from . import art_consignment_statement
