"""Where a new booking starts: today's next free part of the day, or tomorrow morning."""

from __future__ import annotations

from datetime import datetime

from desk_app.kinds import DayPartKey
from desk_app.services.rooms.calendar import WeekView
from desk_app.services.rooms.rates import RoomInfo


def next_free_start(
    view: WeekView, now: datetime
) -> tuple[RoomInfo, DayPartKey | None, int] | None:
    """The first room free and open in a part of today not yet over; ``None`` without rooms.

    The last value is how many days after today the start lies (0, or 1 for tomorrow's first
    part when today has nothing left).
    """
    if not view.rooms:
        return None
    today, clock = now.date(), now.time()
    taken = {(e.room_id, part) for e in view.entries if e.day == today for part in e.parts}
    hours = view.opening_hours.get(today.weekday())
    parts = sorted(view.day_parts.items(), key=lambda item: item[1][0])
    for part, (starts, ends) in parts:
        is_open = hours is not None and starts < hours[1] and hours[0] < ends
        if ends <= clock or not is_open:
            continue
        for room in view.rooms:
            if (room.id, part) not in taken:
                return room, part, 0
    first = parts[0][0] if parts else None
    return view.rooms[0], first, 1
