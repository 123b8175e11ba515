"""Cyclic garbage collected on the GUI thread between events, never in the middle of one.

Python's own collector runs wherever an allocation happens to cross its threshold: inside an
event filter, a paint event or a background job. A widget that was only kept alive by a
reference cycle is then deleted while Qt is still delivering an event to it, and the process
crashes (seen inside the wheel guard while a test's events were processed). So the automatic
collector is switched off and this timer collects the same generations at the top of the
event loop instead, where nothing is being delivered.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

COLLECT_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects what the automatic collector would have, from a timer on the GUI thread."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("gui-thread-collector")
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(COLLECT_INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    @Slot()
    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as Python would."""
        due = [
            count > limit for count, limit in zip(gc.get_count(), gc.get_threshold(), strict=True)
        ]
        for generation in (2, 1, 0):
            if due[generation]:
                gc.collect(generation)
                return


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Switch the automatic collector off for good and collect from ``app``'s event loop."""
    existing = app.findChild(GuiThreadCollector, "gui-thread-collector")
    if isinstance(existing, GuiThreadCollector):
        gc.disable()
        return existing
    return GuiThreadCollector(app)


def taken_apart(qobject: QObject) -> bool:
    """Whether the collector has already emptied this object's Python side.

    A collection clears the objects of a garbage cycle one by one; Qt may still deliver an
    event (a hide, a layout request) to an event filter among them before its C++ side goes.
    Such a filter has nothing left to act on and lets the event pass.
    """
    return not vars(qobject)
