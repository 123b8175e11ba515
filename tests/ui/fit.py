"""What "fits the screen" means, measured on real widgets: a list of what a person cannot read.

Each finding names the widget (its class and object name) and the text, so a failing test
says what to fix. Text is measured with the widget's own font metrics against the room its
style leaves for it; hidden widgets, and parts of a scroll area scrolled out of view, count
as reachable.
"""

from __future__ import annotations

import re

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QValueAxis
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as TextQt  # the text helpers live in QtGui's Qt namespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCalendarWidget,
    QDateEdit,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
    QWizard,
)

from desk_app.ui.placeholders import placeholder_room
from desk_app.ui.wrap_delegate import PADDING, SOFT_HYPHEN, WrapAnywhereDelegate, breakable

TOUCH_MINIMUM = 44  # px a finger needs at the default text size
TOUCH_PADDING = 8  # px above and below a button's line of text, so targets grow with the text
CHART_LABEL_MARGINS = 10  # px QtCharts keeps around an axis label before it shows "…"


def frame_problems(window: QWidget, title_bar: int, available: QSize) -> list[str]:
    """The window with its title bar must fit the screen's space beside the taskbar.

    Offscreen Qt draws no decorations, so the frame is the window and a desktop's title bar.
    """
    frame = QSize(window.width(), window.height() + title_bar)
    if frame.width() <= available.width() and frame.height() <= available.height():
        return []
    return [f"window frame {frame.width()}x{frame.height()} exceeds {_size(available)}"]


def button_box_problems(dialog: QWidget) -> list[str]:
    """A dialog's action buttons lie wholly inside it, never in a part that scrolls."""
    found = []
    for button in action_buttons(dialog):
        place = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
        if not dialog.rect().contains(place):
            found.append(f"{_name(button)} {button.text()!r} outside the dialog at {place}")
        if _scrolling_ancestor(button, dialog) is not None:
            found.append(f"{_name(button)} {button.text()!r} inside a scroll area")
    return found


DISMISS_WORDS = {"annuleren", "sluiten", "stoppen", "nee", "cancel", "close", "stop", "no"}


def dismiss_order_problems(dialog: QWidget) -> list[str]:
    """Annuleren or Sluiten is the last button of its row, as in every Windows dialog."""
    found = []
    fixed = [
        b
        for b in dialog.findChildren(QPushButton)
        if b.isVisibleTo(dialog) and _scrolling_ancestor(b, dialog) is None
    ]
    for dismiss in fixed:
        if dismiss.text().replace("&", "").lower() not in DISMISS_WORDS:
            continue
        place = QRect(dismiss.mapTo(dialog, QPoint(0, 0)), dismiss.size())
        for other in fixed:
            there = QRect(other.mapTo(dialog, QPoint(0, 0)), other.size())
            beside = there.top() < place.bottom() and place.top() < there.bottom()
            if other is not dismiss and beside and there.left() > place.left():
                found.append(f"{other.text()!r} stands right of {dismiss.text()!r}")
    return found


def action_buttons(dialog: QWidget) -> list[QAbstractButton]:
    """The visible buttons of the dialog's button boxes (and a wizard's own buttons)."""
    buttons: list[QAbstractButton] = []
    for box in dialog.findChildren(QDialogButtonBox):
        buttons += [b for b in box.buttons() if b.isVisibleTo(dialog)]
    if isinstance(dialog, QWizard):
        for which in QWizard.WizardButton:
            button = dialog.button(which)
            if button is not None and button.isVisibleTo(dialog):
                buttons.append(button)
    return buttons


def text_problems(root: QWidget, leave_out: QWidget | None = None) -> list[str]:
    """Every visible label, button, header section and tab under ``root`` whose text is cut.

    Widgets under ``leave_out`` are measured elsewhere (the pages of the main window).
    """
    found: list[str] = []
    window = root.window()
    for widget in _visible(root, QWidget, leave_out):
        if isinstance(widget, QLabel):
            found += _label_problems(widget)
        elif isinstance(widget, QPushButton):
            found += _push_button_problems(widget)
        elif isinstance(widget, QToolButton):
            found += _tool_button_problems(widget)
        elif isinstance(widget, QHeaderView):
            found += _header_problems(widget)
        elif isinstance(widget, QTabBar):
            found += _tab_problems(widget)
        elif isinstance(widget, QChartView):
            found += _chart_problems(widget)
        found += _cut_by_window(widget, window)
    return found


def sideways_problems(root: QWidget) -> list[str]:
    """Every visible scroll area (a page, a dialog's body) whose content needs sideways
    scrolling: a form or a wrapped text must fit the width; lists and tables may scroll."""
    found = []
    for area in _visible(root, QScrollArea, None):
        assert isinstance(area, QScrollArea)
        content = area.widget()
        if content is not None and area.horizontalScrollBar().maximum() > 0:
            needed = content.minimumSizeHint().width()
            found.append(f"{_name(content)} needs {needed} px, has {area.viewport().width()}")
    return found


def touch_problems(root: QWidget, leave_out: QWidget | None = None) -> list[str]:
    """Every visible button smaller than a finger (44 px, more as the text grows)."""
    found = []
    for button in _visible(root, QAbstractButton, leave_out):
        if not isinstance(button, QPushButton | QToolButton) or not _is_own(button):
            continue
        needed = max(TOUCH_MINIMUM, button.fontMetrics().height() + 2 * TOUCH_PADDING)
        if button.height() < needed or button.width() < TOUCH_MINIMUM:
            found.append(
                f"{_name(button)} {button.text()!r} is {_size(button.size())}, "
                f"a finger needs {TOUCH_MINIMUM}x{needed}"
            )
    return found + date_button_problems(root)


def date_button_problems(root: QWidget) -> list[str]:
    """Every date field with a calendar whose calendar button is narrower than a finger."""
    found = []
    for edit in _visible(root, QDateEdit, None):
        assert isinstance(edit, QDateEdit)
        if not edit.calendarPopup():
            continue
        option = QStyleOptionComboBox()  # Qt draws such a field as a combo box
        option.initFrom(edit)
        option.editable, option.frame = True, True
        arrow = edit.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, edit
        )
        if arrow.width() < TOUCH_MINIMUM - 4:  # the field's own border takes the rest
            found.append(f"{_name(edit)}'s calendar button is {arrow.width()} px wide")
    return found


def out_of_view_problems(page: QWidget, window: QWidget) -> list[str]:
    """Every shown button of ``page`` not wholly in view: off the window or scrolled away.

    For the desk's own pages, where nothing a volunteer taps may need scrolling. A button in
    a scroll area of the page's own (the tiles, the day close's columns) counts as in view
    when that scroll area is; the tiles are checked on their own.
    """
    area = page.parentWidget()  # the viewport of the main window's scroll area
    assert area is not None
    seen = QRect(area.mapTo(window, QPoint(0, 0)), area.size()) & window.rect()
    inner = [scroll.viewport() for scroll in page.findChildren(QAbstractScrollArea)]
    shown = [
        next((viewport for viewport in inner if viewport.isAncestorOf(button)), button)
        for button in page.findChildren(QPushButton)
        if button.isVisible()
    ]
    return [
        f"{_name(widget)} {_button_text(widget)!r} is not in view without scrolling"
        for widget in dict.fromkeys(shown)
        if not seen.contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))
    ]


def placeholder_problems(root: QWidget) -> list[str]:
    """Every empty field under ``root`` whose hint is cut: an empty field says what it is for."""
    found = []
    for field in _visible(root, QLineEdit, None):
        assert isinstance(field, QLineEdit)
        hint = field.placeholderText()
        if field.text() or not hint:
            continue
        if field.fontMetrics().horizontalAdvance(hint) > placeholder_room(field):
            found.append(f"{_name(field)} shows its hint {hint!r} cut")
    return found


def _button_text(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QPushButton) else ""
    return text or widget.accessibleName()


def _visible(root: QWidget, kind: type[QWidget], leave_out: QWidget | None) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(kind)
        if widget.isVisibleTo(root)
        and widget.window() is root.window()
        and (leave_out is None or not leave_out.isAncestorOf(widget))
    ]


def _label_problems(label: QLabel) -> list[str]:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    room = label.contentsRect().adjusted(*([label.margin()] * 2), *([-label.margin()] * 2))
    room.setWidth(room.width() - _indent(label))
    if _is_rich(label):
        needed = _rich_text_size(label, room.width())
    elif label.wordWrap():
        needed = QSize(room.width(), label.heightForWidth(label.width()) - _vertical_margins(label))
    else:
        needed = _plain_size(label.fontMetrics(), _without_mnemonic(label, text))
    if needed.width() <= room.width() and needed.height() <= room.height():
        return []
    return [f"{_name(label)} {text!r} needs {_size(needed)}, has {_size(room.size())}"]


def _indent(label: QLabel) -> int:
    """The label's indent as Qt draws it: a framed label (a style sheet's padding makes one)
    indents by half an "x" unless told otherwise."""
    if label.indent() >= 0:
        return label.indent()
    return label.fontMetrics().horizontalAdvance("x") // 2 if label.frameWidth() > 0 else 0


def _is_rich(label: QLabel) -> bool:
    if label.textFormat() == Qt.TextFormat.RichText:
        return True
    return label.textFormat() == Qt.TextFormat.AutoText and TextQt.mightBeRichText(label.text())


def _rich_text_size(label: QLabel, width: int) -> QSize:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    if label.wordWrap():
        document.setTextWidth(width)
        return QSize(width, int(document.size().height() + 0.99))
    return QSize(int(document.idealWidth() + 0.99), int(document.size().height() + 0.99))


def _plain_size(metrics: QFontMetrics, text: str) -> QSize:
    lines = text.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines)
    return QSize(width, metrics.height() + (len(lines) - 1) * metrics.lineSpacing())


def _vertical_margins(label: QLabel) -> int:
    margins = label.contentsMargins()
    return margins.top() + margins.bottom() + 2 * label.margin()


def _without_mnemonic(label: QLabel, text: str) -> str:
    if label.buddy() is None:
        return text
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _push_button_problems(button: QPushButton) -> list[str]:
    if not button.text():
        return []
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    needed = _button_text_width(button)
    if button.menu() is not None:
        needed += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option)
    if needed <= room.width() and button.fontMetrics().height() <= room.height():
        return []
    return [f"{_name(button)} {button.text()!r} needs {needed} px wide, has {room.width()}"]


def _tool_button_problems(button: QToolButton) -> list[str]:
    if not button.text() or button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return []
    if not _is_own(button):
        return []
    hint = button.sizeHint()
    if hint.width() <= button.width() and hint.height() <= button.height():
        return []
    return [f"{_name(button)} {button.text()!r} needs {_size(hint)}, has {_size(button.size())}"]


def _button_text_width(button: QAbstractButton) -> int:
    """The text's width as Qt lays a button out (its mnemonic ampersand not drawn)."""
    flags = Qt.TextFlag.TextShowMnemonic
    width = button.fontMetrics().size(flags, button.text()).width()
    if not button.icon().isNull():
        width += button.iconSize().width() + 4  # Qt's gap between icon and text
    return width


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    style, metrics = header.style(), header.fontMetrics()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    padding = 2 * 8 + 1  # the style sheet's section padding and border
    found = []
    for index in range(header.count()):
        if header.isSectionHidden(index):
            continue
        text = str(model.headerData(index, Qt.Orientation.Horizontal) or "")
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        needed = widest + max(margin, padding)
        has = header.sectionSize(index)
        if text and needed > has:
            found.append(f"{_name(header)} column {text!r} needs {needed} px, has {has}")
    return found


def cell_problems(root: QWidget) -> list[str]:
    """Every word in a cell of a visible table whose rows grow to their text that is wider
    than its column: such a table promises every cell whole (it wraps at spaces and hyphens,
    and with the wrapping delegate between syllables, never inside one)."""
    return [found for view in _visible(root, QTableView, None) for found in _cells(view)]


def _cells(view: QWidget) -> list[str]:
    assert isinstance(view, QTableView)
    model, rows = view.model(), view.verticalHeader()
    whole = rows.sectionResizeMode(0) if rows.count() else None
    if model is None or not view.wordWrap() or whole != QHeaderView.ResizeMode.ResizeToContents:
        return []
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    metrics, found = view.fontMetrics(), []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = str(model.data(index) or "")
            syllables = isinstance(view.itemDelegateForIndex(index), WrapAnywhereDelegate)
            has = view.columnWidth(column) - (max(margin, 2 * PADDING) if syllables else margin)
            for word in (breakable(text, view.font(), has) if syllables else text).split():
                if any(metrics.horizontalAdvance(p) > has for p in _line_pieces(word)):
                    shown = word.replace(SOFT_HYPHEN, "")
                    found.append(f"{_name(view)} cell word {shown!r} does not fit {has} px")
    return found


def _line_pieces(word: str) -> list[str]:
    """The parts of ``word`` a line may end after (a hyphen, a soft one drawn as "-")."""
    pieces = re.split(f"(?<=[-{SOFT_HYPHEN}])", word)
    return [piece.replace(SOFT_HYPHEN, "-") for piece in pieces if piece]


def crowded_problems(root: QWidget, rows: int = 2) -> list[str]:
    """Every visible table of at least ``rows`` rows that shows fewer of them at once: a
    table squeezed to a row (or its header alone) by what lies around it."""
    found = []
    for view in _visible(root, QTableView, None):
        assert isinstance(view, QTableView)
        model = view.model()
        if model is None or model.rowCount() < rows:
            continue
        needed = sum(view.rowHeight(row) for row in range(rows))
        if view.viewport().height() < needed:
            found.append(f"{_name(view)} shows {view.viewport().height()} px of {needed}")
    return found


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text, place = bar.tabText(index).replace("&", ""), bar.tabRect(index)
        needed = bar.fontMetrics().horizontalAdvance(text) + space
        if not bar.rect().contains(place):
            found.append(f"{_name(bar)} tab {text!r} lies outside the tab bar (scroll arrows)")
        elif needed > place.width():
            found.append(f"{_name(bar)} tab {text!r} needs {needed} px, has {place.width()}")
    return found


def _chart_problems(view: QChartView) -> list[str]:
    """A category axis whose labels are wider than their category (QtCharts shows "…")."""
    chart = view.chart()
    found = []
    for axis in chart.axes():
        if isinstance(axis, QValueAxis):
            found += _value_axis_problems(chart, axis)
        if not isinstance(axis, QBarCategoryAxis) or not axis.categories():
            continue
        room = chart.plotArea().width() / len(axis.categories()) - CHART_LABEL_MARGINS
        metrics = QFontMetrics(axis.labelsFont())
        widest = max(axis.categories(), key=metrics.horizontalAdvance)
        if metrics.horizontalAdvance(widest) > room:
            found.append(f"chart {chart.title()!r} label {widest!r} wider than {room:.0f} px")
    return found


def _value_axis_problems(chart: QChart, axis: QValueAxis) -> list[str]:
    """A value axis whose labels do not fit above each other (QtCharts shows "…")."""
    needed = axis.tickCount() * QFontMetrics(axis.labelsFont()).height()
    if needed <= chart.plotArea().height():
        return []
    return [f"chart {chart.title()!r}: {axis.tickCount()} values need {needed} px"]


def _cut_by_window(widget: QWidget, window: QWidget) -> list[str]:
    """A widget that sticks out of its window, or out of a part that does not scroll."""
    if _scrolling_ancestor(widget, window) is not None or not isinstance(
        widget, QLabel | QAbstractButton
    ):
        return []
    place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if window.rect().contains(place):
        return []
    text = widget.text()
    return [f"{_name(widget)} {text!r} at {place} is cut by the window edge"]


def _scrolling_ancestor(widget: QWidget, top: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _is_own(button: QAbstractButton) -> bool:
    """Skip the small buttons Qt puts inside its own widgets (calendar arrows, tab scrollers)."""
    parent = button.parentWidget()
    while parent is not None:
        if isinstance(parent, QCalendarWidget | QTabBar):
            return False
        parent = parent.parentWidget()
    return not button.objectName().startswith("qt_")


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}#{name}" if name else type(widget).__name__


def _size(size: QSize) -> str:
    return f"{size.width()}x{size.height()}"
