"""Run under dbus-run-session: a watcher on a real session bus, and a stand-in screensaver that owns
the freedesktop name and announces that the screen has locked. Prints "locked N"."""

from __future__ import annotations

import os
import subprocess
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

SCREENSAVER = """
import sys, time
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage
app = QCoreApplication([])
bus = QDBusConnection.sessionBus()
assert bus.registerService("org.freedesktop.ScreenSaver")
time.sleep(0.5)
path, interface = "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"
message = QDBusMessage.createSignal(path, interface, "ActiveChanged")
message.setArguments([True])
bus.send(message)
bus.interface()  # a round trip, so the signal has left before we exit
time.sleep(0.5)
"""


class FakeSession:
    locks = 0

    def lock(self) -> None:
        FakeSession.locks += 1


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.gui.screen_lock import ScreenLockWatcher

    app = QApplication([])
    watcher = ScreenLockWatcher(FakeSession())  # type: ignore[arg-type]
    saver = subprocess.Popen([sys.executable, "-c", SCREENSAVER])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not FakeSession.locks:
        app.processEvents()
        time.sleep(0.02)
    saver.wait(timeout=10)
    print(f"listening {watcher.listening} locked {FakeSession.locks}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
