"""Run `python -m wellbeing_desktop ARGS...` unchanged and write its memory figures to $BENCH_PEAK_FILE.

Figures are the process's own (VmHWM): ru_maxrss of a forked child would also count the parent's pages.
When the key derivation returns, the high-water mark so far is noted and then reset (/proc/self/clear_refs),
so the file gives the whole peak and the peak of the work after the derivation.
"""

import atexit
import json
import os
import re
import runpy
import sys
from pathlib import Path


def status_kib(field: str) -> int:
    status = Path("/proc/self/status").read_text()
    return int(re.search(rf"^{field}:\s+(\d+) kB", status, re.MULTILINE).group(1))


marks: dict[str, int] = {}


@atexit.register
def _report() -> None:
    after = status_kib("VmHWM")
    marks["peak_kib"] = max(after, marks.get("hwm_at_kdf_end_kib", 0))
    if "hwm_at_kdf_end_kib" in marks:
        marks["hwm_after_kdf_kib"] = after
    Path(os.environ["BENCH_PEAK_FILE"]).write_text(json.dumps(marks))


def _watch_key_derivation() -> None:
    from wellbeing_desktop.vault import kdf

    real = kdf.derive

    def derive(*args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return real(*args, **kwargs)
        finally:
            marks["hwm_at_kdf_end_kib"] = status_kib("VmHWM")
            Path("/proc/self/clear_refs").write_text("5")  # 5: reset the peak RSS to the current RSS

    kdf.derive = derive


_watch_key_derivation()
sys.argv = ["wellbeing_desktop", *sys.argv[1:]]
runpy.run_module("wellbeing_desktop", run_name="__main__", alter_sys=True)
