"""The scanner is always heard: one application-wide key filter that recognises a scan.

A USB scanner is a keyboard: it types a code and Enter, much faster than a person types.
:class:`ScanCatcher` watches every key press of the application and hands a burst ending
in Enter to ``take_scan`` (the main window's router), wherever the focus sits: on a button,
a list, a count field, in an open menu, or in a dialog (the router holds a scan until the
dialog closes).
Some scanners end a code with Tab instead: such a burst is taken the same way, and its Tab
never moves the focus.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desk_app.codes import parse_code
from desk_app.ui.app_filters import name_filtered_types
from desk_app.ui.collector import taken_apart

# A scanner types a character every few milliseconds; a quick person needs 100 ms or more.
SCAN_MAX_GAP_S = 0.05
# The desk's codes are 14 characters; six keeps a person's fast "ok" + Enter out.
SCAN_MIN_LENGTH = 6
# A dynamic property: this text field expects codes itself (it is left to handle a scan).
SCAN_FIELD_PROPERTY = "takesScans"
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIER_KEYS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)

TextInput = QLineEdit | QTextEdit | QPlainTextEdit


def mark_scan_field(field: QLineEdit) -> None:
    """Let ``field`` take scans itself, as the pages' and dialogs' own scan fields do."""
    field.setProperty(SCAN_FIELD_PROPERTY, True)


def is_scan_field(widget: QWidget) -> bool:
    """A field made to receive codes: the pages' scan fields and marked dialog fields."""
    return isinstance(widget, QLineEdit) and (
        widget.objectName() == "scan" or bool(widget.property(SCAN_FIELD_PROPERTY))
    )


def _text_input(widget: QWidget) -> TextInput | None:
    """The free-text input ``widget`` is, if any; a spin box's own editor is a count, not text."""
    if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
        return None
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) and not widget.isReadOnly():
        return widget
    return None


def _text_of(field: TextInput) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def _restore(field: TextInput, text: str) -> None:
    if isinstance(field, QLineEdit):
        field.setText(text)
    else:
        field.setPlainText(text)


class ScanCatcher(QObject):
    """An application event filter that turns fast bursts ending in Enter into scans.

    Where the keys go while a burst is undecided depends on the focus:

    - a scan field keeps every key: its own Enter handling already does the right thing;
    - a free-text field gets each key at once, so a person typing is never held up. A burst
      ending in Enter is taken as a scan only when it is one of the desk's own codes
      (``parse_code``): the field gets back what it held before. Anything else (a pasted
      name, another kind of barcode) stays typed, as if a person typed it;
    - any other widget (a button, a list, a count field) gets nothing yet: the characters
      are held, and given back to it once the typing turns out to be a person's (a gap
      longer than :data:`SCAN_MAX_GAP_S`, another key, no Enter). So a burst never
      searches a list, changes a count, or presses a dialog's default button.

    ``clock`` (seconds, monotonic) can be replaced in tests to simulate slow typing.
    """

    def __init__(
        self,
        take_scan: Callable[[str], object],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.take_scan = take_scan
        self.clock = clock
        self._burst = ""
        self._last_key_at = float("-inf")
        self._held: list[QKeyEvent] = []
        self._field: TextInput | None = None
        self._field_before = ""
        self._replaying = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(int(SCAN_MAX_GAP_S * 1000))
        self._flush_timer.timeout.connect(self._give_back)

    def install(self, app: QApplication) -> None:
        """Watch every key press of ``app``."""
        name_filtered_types()
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: follow key presses delivered to the focus widget."""
        if taken_apart(self):
            return False
        kind = event.type()
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(watched, QWidget) or not _first_delivery(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() in _MODIFIER_KEYS:
            return False  # a scanner presses Shift around capitals: part of the burst
        if kind == QEvent.Type.KeyRelease:
            return self._key_released(event)
        return self._key_pressed(watched, event)

    def _key_released(self, event: QKeyEvent) -> bool:
        """A release follows its held press, so Space on a button still clicks it, once."""
        if not self._held:
            return False
        self._held.append(_copy(event))
        return True

    def _key_pressed(self, widget: QWidget, event: QKeyEvent) -> bool:
        now = self.clock()
        quick = now - self._last_key_at <= SCAN_MAX_GAP_S
        self._last_key_at = now
        if event.key() in _ENTER_KEYS and not event.modifiers() & _COMMAND_MODIFIERS:
            return self._enter(widget, quick=quick)
        if event.key() == Qt.Key.Key_Tab and not event.modifiers() & _COMMAND_MODIFIERS:
            return self._tab(widget, quick=quick)
        if not _printable(event):
            self._end_burst()
            return False
        if not quick:
            self._end_burst()
        return self._character(widget, event)

    def _character(self, widget: QWidget, event: QKeyEvent) -> bool:
        if not self._burst:
            field = _text_input(widget)
            self._field = field
            self._field_before = "" if field is None else _text_of(field)
        self._burst += event.text()
        if is_scan_field(widget) or _text_input(widget) is not None:
            return False
        self._held.append(_copy(event))
        self._flush_timer.start()
        return True

    def _enter(self, widget: QWidget, *, quick: bool) -> bool:
        burst, field, before = self._burst, self._field, self._field_before
        scan = quick and len(burst.strip()) >= SCAN_MIN_LENGTH and not is_scan_field(widget)
        if scan and field is not None and parse_code(burst) is None:
            scan = False  # a burst typed into a text field that is none of our codes stays text
        if not scan:
            self._end_burst()
            return False
        self._held.clear()
        self._flush_timer.stop()
        self._burst, self._field = "", None
        if field is not None:
            _restore(field, before)
        self.take_scan(burst.strip())
        return True

    def _tab(self, widget: QWidget, *, quick: bool) -> bool:
        """A scanner's Tab ends its code like Enter; a person's Tab moves on as always."""
        if not (quick and len(self._burst.strip()) >= SCAN_MIN_LENGTH):
            self._end_burst()
            return False
        if is_scan_field(widget):
            self._burst, self._field = "", None
            self._replay(widget, _enter_events())  # the field's own Enter handles the code
            return True
        # Another kind of code scanned into a text field stays typed there, focus and all.
        return self._enter(widget, quick=quick) or _text_input(widget) is not None

    def _end_burst(self) -> None:
        """The keys so far were a person's: give the held ones back and start afresh."""
        self._give_back()
        self._burst, self._field = "", None

    def _give_back(self) -> None:
        """Deliver the held characters, in order, to the widget that has the focus now."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        target = _key_receiver()
        if target is not None:
            self._replay(target, held)

    def _replay(self, target: QWidget, events: list[QKeyEvent]) -> None:
        """Deliver ``events`` to ``target`` without looking at them again."""
        self._replaying = True
        try:
            for event in events:
                QApplication.sendEvent(target, event)
        finally:
            self._replaying = False


def _first_delivery(widget: QWidget) -> bool:
    """A key press reaches its receiver first, then the parents: count it there only."""
    receiver = _key_receiver()
    return widget is receiver or (receiver is None and widget.isWindow())


def _key_receiver() -> QWidget | None:
    """Where Qt sends a key press: into an open popup (a menu, a list), else the focus widget."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    return QApplication.focusWidget()


def _enter_events() -> list[QKeyEvent]:
    """An Enter key press and release, as a scanner that ends with Enter sends them."""
    return [
        QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
    ]


def _copy(event: QKeyEvent) -> QKeyEvent:
    """A held key event: Qt reuses its own event once the filter returns."""
    return QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())


def _printable(event: QKeyEvent) -> bool:
    text = event.text()
    return bool(text) and text.isprintable() and not event.modifiers() & _COMMAND_MODIFIERS
