"""python -m wellbeing_desktop"""

import sys

from wellbeing_desktop.app import main

sys.exit(main())
