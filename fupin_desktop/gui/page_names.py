"""Hints that send a person to a page or tab (“请在“收入”页填写…”) name it by that page's own title.

Rule messages come from the Qt-free core, which cannot know whether they are shown in the household
form (tab 收入) or in the plan wizard (page 诊断): the widget showing them puts in the name it shows.
"""

from __future__ import annotations

import re

from fupin_desktop.gui.qt import QCoreApplication

_NAMED_PAGE = re.compile(r"“[^”]+”页")
_TITLE_END = re.compile(r"[：:（(]")


def short_title(title: str) -> str:
    """The name a page goes by: its title up to the colon (“诊断：致贫原因、…” → “诊断”); no mnemonic."""
    return _TITLE_END.split(title.replace("&", ""), maxsplit=1)[0].strip()


def name_page(message: str, title: str) -> str:
    """``message`` with the page it names (“…”页) replaced by the page titled ``title``."""
    if not title:
        return message
    named = QCoreApplication.translate("PageNames", "“{page}”页").format(page=short_title(title))
    return _NAMED_PAGE.sub(lambda _match: named, message)
