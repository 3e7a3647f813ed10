"""Hybrid logical clock stamps (pure; no I/O).

A stamp is ``"<wall_ms:013d>.<counter:05d>.<device_id>"``: plain string comparison orders
stamps causally, and the device id breaks ties deterministically. A laptop whose wall clock
is years wrong still produces stamps that move forward past everything it has seen, so wall
clocks never decide order on their own.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_COUNTER = 99999


@dataclass(frozen=True)
class Hlc:
    wall_ms: int
    counter: int
    device_id: str

    def __str__(self) -> str:
        return format_hlc(self.wall_ms, self.counter, self.device_id)


def format_hlc(wall_ms: int, counter: int, device_id: str) -> str:
    return f"{wall_ms:013d}.{counter:05d}.{device_id}"


def parse_hlc(stamp: str) -> Hlc:
    try:
        wall, counter, device = stamp.split(".", 2)
        return Hlc(int(wall), int(counter), device)
    except ValueError as exc:
        raise ValueError(f"bad HLC stamp: {stamp!r}") from exc


def next_local(last_wall_ms: int, last_counter: int, now_ms: int) -> tuple[int, int]:
    """The clock state after a local event at physical time ``now_ms``."""
    if now_ms > last_wall_ms:
        return now_ms, 0
    if last_counter >= MAX_COUNTER:
        return last_wall_ms + 1, 0
    return last_wall_ms, last_counter + 1


def next_after_receive(last_wall_ms: int, last_counter: int, remote: Hlc, now_ms: int) -> tuple[int, int]:
    """The clock state after seeing a remote stamp: ahead of both our past and the remote."""
    wall = max(last_wall_ms, remote.wall_ms, now_ms)
    if wall == last_wall_ms == remote.wall_ms:
        counter = max(last_counter, remote.counter) + 1
    elif wall == last_wall_ms:
        counter = last_counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    if counter > MAX_COUNTER:
        return wall + 1, 0
    return wall, counter
