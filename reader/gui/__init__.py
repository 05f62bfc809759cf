"""The PySide6 layer: the reader window and the widgets features plug into. Only this package imports Qt.

Importing it first applies :func:`guard_none_refcount`, so every Qt user in the app is covered.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)


def guard_none_refcount() -> bool:
    """Work around a binding bug that drops a reference to ``None`` on calls returning nothing.

    PySide6 6.12.0 on CPython 3.11 decrements None's reference count once per void call (seen here:
    ``QObject.setObjectName`` x1000 leaves None 1000 references short), so a session that restyles a
    long article a few dozen times aborts with "none_dealloc: deallocating None". From Python 3.12
    None is immortal and nothing needs doing. Where the probe shows the leak, None gets a reference
    count so large no session can exhaust it — what 3.12 does by design. Returns True if applied.
    """
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    leaked = before - sys.getrefcount(None)
    if leaked < 32:
        return False
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    log.info("PySide6 None reference leak detected (%d per 64 calls); None pinned", leaked)
    return True


NONE_GUARD_APPLIED = guard_none_refcount()
