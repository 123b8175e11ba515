"""A volunteer's tasks in the screen's language: the register stores them as Dutch words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.services.volunteers.register import Task

CONTEXT = "VolunteerTasks"
_LABELS = {
    Task.DESK: QT_TRANSLATE_NOOP("VolunteerTasks", "balie"),
    Task.BAR: QT_TRANSLATE_NOOP("VolunteerTasks", "bar"),
    Task.KITCHEN: QT_TRANSLATE_NOOP("VolunteerTasks", "keuken"),
    Task.ACTIVITY_LEADER: QT_TRANSLATE_NOOP("VolunteerTasks", "activiteitenbegeleider"),
    Task.EMERGENCY_RESPONDER: QT_TRANSLATE_NOOP("VolunteerTasks", "bhv"),
    Task.YOUTH_WORK: QT_TRANSLATE_NOOP("VolunteerTasks", "jongerenwerker"),
}
_BY_STORED_WORD = {task.value: task for task in Task}


def task_text(task: Task) -> str:
    """One task as the screen reads it."""
    return QCoreApplication.translate(CONTEXT, _LABELS[task])


def tasks_text(stored: str) -> str:
    """The stored "balie, bar" as the screen reads it; a word of no known task stays as it is."""
    words = (word.strip() for word in stored.split(","))
    return ", ".join(
        task_text(_BY_STORED_WORD[word]) if word in _BY_STORED_WORD else word
        for word in words
        if word
    )
