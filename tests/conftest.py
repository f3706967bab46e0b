"""Test-wide settings, applied before Qt or the app is imported.

No test may touch real data: WELLBEING_TESTING makes paths.home() refuse to fall back to the real
user folder. Key derivation uses the DESIGN.md minimum so vaults open quickly (never below it).
"""

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["WELLBEING_TESTING"] = "1"
os.environ["WELLBEING_KDF"] = "minimum"
os.environ["WELLBEING_HOME"] = tempfile.mkdtemp(prefix="wellbeing-test-home-")
# QSettings (window geometry) must not land in the real ~/.config either.
os.environ["XDG_CONFIG_HOME"] = os.path.join(os.environ["WELLBEING_HOME"], "config")

import atexit
import shutil

atexit.register(shutil.rmtree, os.environ["WELLBEING_HOME"], True)
