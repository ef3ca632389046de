"""Saying, before Qt aborts the process, why it could not open a window on this machine.

Without a display, or with one of the X11 libraries its xcb plugin needs missing, Qt prints
a line a trainee never sees and kills the process (SIGABRT). These checks run before the
QApplication exists, so they can only print: the message goes to stderr and the log.
"""

from __future__ import annotations

import os
import sys

# The libraries Qt's xcb plugin loads, with the Debian/Ubuntu packages that ship them.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def _loadable(library: str) -> bool:
    import ctypes  # here: only an X11 start without a platform set asks, and ctypes is not free

    try:
        ctypes.CDLL(library)  # Qt loads the same libraries a moment later anyway
    except OSError:
        return False
    return True


def platform_problem(environ: dict[str, str] | None = None) -> str | None:
    """Why no window can open here, with what to do about it; None when nothing is wrong."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
            "set). Start QuizApp from a desktop session; the command-line tools (quizapp "
            "--help) work without one."
        )
    missing = [package for library, package in XCB_LIBRARIES.items() if not _loadable(library)]
    if missing:
        return (
            "Qt's X11 window support needs libraries that are not installed. On Debian or "
            f"Ubuntu: sudo apt-get install {' '.join(missing)}"
        )
    return None
