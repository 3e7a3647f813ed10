"""Printing use cases: render a card, a village batch or a public notice, then record the output.

Rendering (``render_*``) only reads the database and writes a PDF atomically: a preview costs
nothing and leaves no trace. When the paper really goes out — sent to a printer or saved as a PDF —
``record_output`` writes one audit event (who, what, how many households) and moves confirmed plans
to 已打印, in one transaction; saving copies the file next to its destination first (outside the write
lock: a USB stick is slow) and renames it into place as the transaction's last step, so either both
the file and the record exist or neither does. The CLI and the GUI share these functions.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Optional, Sequence

from sqlmodel import select

from fupin_desktop.errors import UserFacingError
from fupin_desktop.pdf.layout import PrintCancelled
from fupin_desktop.services.audit.record import record_event
from fupin_desktop.services.printing.card_data import find_village, load_card, load_cards, village_household_ids
from fupin_desktop.store.engine import Database
from fupin_desktop.store.models import Plan

Progress = Callable[[int, int], bool]

__all__ = ["PrintCancelled", "PrintJob", "latest_plan_year", "record_output", "render_card", "render_cards",
           "render_notice", "render_village"]


@dataclass(frozen=True)
class PrintJob:
    """A rendered document and what it covers (what the audit event and the status change need)."""

    kind: str  # card | village | selection | notice
    path: Path
    pages: int
    title: str
    households: int
    year: Optional[int] = None
    plan_ids: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()  # households left out, as 户主（户编号）：reason
    village_code: str = ""
    household_id: str = ""
    group: str = ""
    notice_kind: str = ""
    extra: dict = field(default_factory=dict, compare=False)


def latest_plan_year(db: Database, household_ids: Sequence[str]) -> Optional[int]:
    """The latest year with a current plan among these households (the default year of a batch)."""
    best: Optional[int] = None
    ids = list(household_ids)
    with db.session() as session:
        for start in range(0, len(ids), 500):
            years = session.exec(select(Plan.year).where(
                Plan.household_id.in_(ids[start:start + 500]), Plan.is_current == True,  # noqa: E712
                Plan.deleted == False).distinct())  # noqa: E712
            for year in years:
                best = year if best is None else max(best, year)
    return best


def render_card(db: Database, household_id: str, out: str | os.PathLike, year: Optional[int] = None,
                today: Optional[date] = None, qr: bool = True) -> PrintJob:
    """One household's 帮扶计划 card (a draft plan prints too, marked 草稿, for discussion)."""
    from fupin_desktop.pdf.plan_card import write_cards

    card = load_card(db, household_id, year=year, today=today)
    if card.plan is None:
        when = f"{year}年度" if year else ""
        raise UserFacingError(f"{card.head_name}（户编号 {card.household_no}）没有{when}帮扶计划，不能打印帮扶计划卡",
                              "the household has no current plan for that year")
    pages = write_cards([card], out, today=today, qr=qr, title=f"{card.head_name} {card.plan.year}年度帮扶计划")
    return PrintJob("card", Path(out), pages, f"{card.head_name}（{card.household_no}）{card.plan.year}年度帮扶计划",
                    households=1, year=card.plan.year, plan_ids=(card.plan.id,), village_code=card.village_code,
                    household_id=card.household_id, group=card.group)


def render_cards(db: Database, household_ids: Sequence[str], out: str | os.PathLike, year: Optional[int] = None,
                 today: Optional[date] = None, qr: bool = True, progress: Optional[Progress] = None,
                 kind: str = "selection", title: str = "", village_code: str = "", group: str = "") -> PrintJob:
    """Cards of several households in one file, ordered by group and household number, each from a
    new page. Households without a plan for the year, and draft plans (a draft is printed only on
    its own, marked 草稿), are left out and listed in ``skipped``."""
    from fupin_desktop.pdf.plan_card import write_cards

    if year is None:
        year = latest_plan_year(db, household_ids)
    if year is None:
        raise UserFacingError("所选农户都还没有帮扶计划，没有可打印的帮扶计划卡", "no plans to print")
    cards = load_cards(db, household_ids, year=year, today=today)
    printable = [c for c in cards if c.plan is not None and c.plan.status_code != "draft"]
    skipped = tuple(f"{c.head_name}（{c.household_no}）：{'草稿未确认' if c.plan else '没有计划'}"
                    for c in cards if c.plan is None or c.plan.status_code == "draft")
    if not printable:
        raise UserFacingError(f"所选农户没有已确认的{year}年度帮扶计划，没有可打印的帮扶计划卡",
                              f"no confirmed plans for {year}")
    title = title or f"{year}年度帮扶计划（{len(printable)}户）"
    pages = write_cards(printable, out, today=today, qr=qr, progress=progress, title=title)
    return PrintJob(kind, Path(out), pages, title, households=len(printable), year=year,
                    plan_ids=tuple(c.plan.id for c in printable), skipped=skipped,
                    village_code=village_code, group=group)


def render_village(db: Database, village_code: str, out: str | os.PathLike, group: Optional[str] = None,
                   year: Optional[int] = None, today: Optional[date] = None, qr: bool = True,
                   progress: Optional[Progress] = None) -> PrintJob:
    """All cards of a village (or of one 村民小组)."""
    village = find_village(db, village_code)
    ids = village_household_ids(db, village_code, group=group)
    if not ids:
        where = f"{village.name}{group or ''}"
        raise UserFacingError(f"{where}没有农户", "no households there")
    if year is None:
        year = latest_plan_year(db, ids)
    title = f"{village.name}{group or ''}{year or ''}年度帮扶计划"
    return render_cards(db, ids, out, year=year, today=today, qr=qr, progress=progress, kind="village",
                        title=title, village_code=village_code, group=group or "")


def render_notice(db: Database, village_code: str, out: str | os.PathLike, year: Optional[int] = None,
                  kind: str = "plan", start: Optional[date] = None, days: Optional[int] = None,
                  phone: Optional[str] = None, group: Optional[str] = None, today: Optional[date] = None,
                  progress: Optional[Progress] = None) -> PrintJob:
    """The public notice list of a village. ``phone`` defaults to the installation's phone setting."""
    from fupin_desktop.pdf.public_notice import write_notice
    from fupin_desktop.services.printing.notice_data import load_notice
    from fupin_desktop.services.setup.settings import get_setting

    if phone is None:
        phone = get_setting(db, "phone", "")
    notice = load_notice(db, village_code, year=year, kind=kind, start=start, days=days, phone=phone, group=group)
    pages = write_notice(notice, out, today=today, progress=progress)
    return PrintJob("notice", Path(out), pages, notice.title, households=len(notice.rows), year=notice.year,
                    skipped=notice.left_out, village_code=village_code, group=group or "", notice_kind=kind,
                    extra={"start": notice.start.isoformat(), "days": notice.days})


def _copy_beside(source: Path, destination: Path) -> Path:
    """Copy the rendered file next to its destination under a temporary name (the slow part, onto a
    USB stick perhaps), before any write lock is taken."""
    from fupin_desktop.store.medium import medium_problem, remove_stale_partials

    partial = destination.with_name(f".{destination.name}.partial")
    remove_stale_partials(destination.parent if str(destination.parent) else Path("."))
    try:
        shutil.copyfile(source, partial)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        problem = medium_problem(exc, destination)
        raise (problem or exc) from exc
    return partial


def _move_into_place(partial: Path, destination: Path) -> None:
    from fupin_desktop.store.medium import medium_problem

    try:
        os.replace(partial, destination)  # a rename in one folder: instant
    except OSError as exc:
        problem = medium_problem(exc, destination)
        raise (problem or exc) from exc


def record_output(db: Database, job: PrintJob, output: str, destination: str | os.PathLike | None = None,
                  user: Optional[str] = None) -> int:
    """Record that ``job`` went to the printer (``output="printer"``) or was saved (``"pdf"``).

    With ``destination`` the rendered file is copied beside it first and renamed into place inside the
    same transaction.
    Confirmed plans of a card or batch become 已打印 (printed_at set; a re-print refreshes it); drafts
    stay drafts and signed plans stay signed. Returns the number of plans moved to 已打印.
    """
    if output not in ("printer", "pdf"):
        raise ValueError(output)
    dest = Path(destination) if destination is not None else None
    copied = False
    now = datetime.now().isoformat(timespec="seconds")
    partial = _copy_beside(job.path, dest) if dest is not None else None  # outside the write transaction
    try:
        with db.transaction() as session:
            moved = 0
            ids = list(job.plan_ids)
            for start in range(0, len(ids), 500):
                for plan in session.exec(select(Plan).where(Plan.id.in_(ids[start:start + 500]))):
                    if plan.status == "confirmed":
                        plan.status = "printed"
                        moved += 1
                    if plan.status == "printed":
                        plan.printed_at = now
                        session.add(plan)
            detail = {"output": output, "households": job.households, "pages": job.pages, "year": job.year,
                      "title": job.title}
            if job.kind != "notice":
                detail["plans_printed"] = moved
            if job.skipped:
                detail["skipped"] = len(job.skipped)
            if job.group:
                detail["group"] = job.group
            if job.notice_kind:
                detail["notice"] = job.notice_kind
                detail.update(job.extra)
            if dest is not None:
                detail["file"] = dest.name
            if job.kind == "card":
                entity, entity_id = "household", job.household_id
            else:
                entity, entity_id = "village", job.village_code
            record_event(session, f"print.{job.kind}", entity, entity_id, detail, user=user)
            if dest is not None and partial is not None:
                _move_into_place(partial, dest)  # the last step before the commit: only a rename
                copied = True
    except BaseException:
        if copied and dest is not None and dest.exists():
            dest.unlink()  # the record did not commit: no file without its audit event
        raise
    finally:
        if partial is not None and partial.exists():
            partial.unlink()
    return moved
