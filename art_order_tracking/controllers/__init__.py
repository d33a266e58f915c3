from . import main
from . import carrier
from . import portal
from . import catalogue
