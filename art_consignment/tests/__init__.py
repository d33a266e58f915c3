from . import test_consignment_flows
