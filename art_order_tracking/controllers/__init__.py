from . import main
from . import catalogue
