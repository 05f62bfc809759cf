"""Keep CPython 3.11 alive under PySide6 builds that hand back None without a reference.

PySide6 6.12's stable-ABI wheels, run on CPython 3.11, return ``None`` from every C++ method that
returns void without incrementing its reference count (on 3.12+ None is immortal, so it does not
matter there). Each such call takes one reference away; after a few thousand calls None's count
reaches zero and the interpreter aborts with "none_dealloc: deallocating None". When that leak is
detected, None is given the effectively endless count it has on 3.12.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_checked = False


def _leaks_none() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def keep_none_alive() -> None:
    global _checked
    if _checked:
        return
    _checked = True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if _leaks_none():
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
        log.debug("PySide6 returns None without a reference; None pinned as immortal")
