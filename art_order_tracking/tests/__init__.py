from . import test_security
from . import test_tours
from . import test_artwork_models
from . import test_artwork_sale
from . import test_artwork_access
from . import test_artwork_certificate_page
from . import test_artwork_tour
from . import test_artwork_performance
