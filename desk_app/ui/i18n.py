"""Language of the screen: the app's translation and Qt's own texts (buttons, dialogs)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desk_app.formatting import Formatter, formatter_for
from desk_app.ui.resources import translation_file

log = logging.getLogger(__name__)

LOCALES = {"nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)}
LOCALES["en"] = QLocale(QLocale.Language.English, QLocale.Country.Netherlands)


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language``; the caller keeps the list alive and can remove it.

    Dutch is the source language of the app, so only Qt's own texts need a file for it.
    """
    QLocale.setDefault(LOCALES.get(language, LOCALES["nl"]))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_texts = QTranslator(app)
    if qt_texts.load(f"qtbase_{language}", qt_dir):
        installed.append(qt_texts)
    if language != "nl":
        own = QTranslator(app)
        if own.load(str(translation_file(language))):
            installed.append(own)
        else:
            log.warning("no translation file for %s; showing Dutch", language)
    for translator in installed:
        app.installTranslator(translator)
    _name_the_app(app)
    return installed


def _name_the_app(app: QApplication) -> None:
    """The app's name behind every window title ("Mee — Balie"), in the screen's language."""
    app.setApplicationDisplayName(QCoreApplication.translate("DeskApp", "Balie"))


def switch_language(
    app: QApplication, installed: list[QTranslator], language: str
) -> list[QTranslator]:
    """Put the screen in ``language`` while the app runs; every widget gets a LanguageChange."""
    remove_translators(app, installed)
    return install_translators(app, language)


def screen_formatter() -> Formatter:
    """Numbers, money and dates the way the screen's language writes them.

    The language is the one :func:`install_translators` chose; before that (or with the PC's own
    locale as the default) the screen is Dutch, the app's source language.
    """
    english = QLocale().name() == LOCALES["en"].name()
    return formatter_for("en" if english else "nl")


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators`."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(LOCALES["nl"])
    _name_the_app(app)
