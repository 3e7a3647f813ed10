"""The area tree of the register (县 → 乡镇 → 村 → 村民小组) with household and people counts.

Counts come from one GROUP BY over live households; names of counties and townships from the
``area`` table. A county or township missing there (villages imported without its name) has the
name "" and the screen says it is unnamed: a 12-digit code is no name for a person.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterator, Optional

from fupin_desktop.store.engine import Database

COUNTY, TOWNSHIP, VILLAGE, GROUP = "county", "township", "village", "group"


@dataclass
class AreaNode:
    kind: str  # county | township | village | group
    key: str  # county/township: 12-digit code; village: village id; group: the group name
    name: str
    code: str = ""  # area code (for a group: its village's code)
    village_id: str = ""  # for village and group nodes
    households: int = 0
    people: int = 0
    is_poverty_village: bool = False
    children: list["AreaNode"] = field(default_factory=list)

    def walk(self) -> Iterator["AreaNode"]:
        yield self
        for child in self.children:
            yield from child.walk()

    def filter_args(self) -> dict:
        """Keyword arguments for ``HouseholdFilter`` selecting this node's households."""
        if self.kind == COUNTY:
            return {"county_code": self.code}
        if self.kind == TOWNSHIP:
            return {"township_code": self.code}
        if self.kind == VILLAGE:
            return {"village_id": self.village_id}
        return {"village_id": self.village_id, "group_name": self.key}


def _natural(name: str) -> tuple:
    return (len(name), name)


def area_tree(db: Database) -> list[AreaNode]:
    """Top-level county nodes (usually one), each with townships, villages and groups, counted."""
    with db.reader() as reader:
        areas = {code: (name, level, parent) for code, name, level, parent in reader.rows(
            "SELECT code, name, level, parent_code FROM area WHERE +deleted = 0")}
        villages = reader.rows(
            "SELECT id, code, name, township_code, is_poverty_village FROM village WHERE +deleted = 0"
            " ORDER BY code")
        counts = reader.rows(
            "SELECT village_id, group_name, count(*), coalesce(sum(size), 0) FROM household WHERE +deleted = 0"
            " GROUP BY village_id, group_name")
    groups: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for village_id, group_name, households, people in counts:
        groups[village_id].append((group_name or "", households, people))

    counties: dict[str, AreaNode] = {}
    townships: dict[str, AreaNode] = {}

    def county_for(township_code: str) -> AreaNode:
        parent = areas.get(township_code, (None, None, None))[2] or (township_code[:6] + "000000")
        node = counties.get(parent)
        if node is None:
            name = areas.get(parent, ("",))[0]
            node = counties[parent] = AreaNode(COUNTY, parent, name, code=parent)
        return node

    def township_for(code: str) -> AreaNode:
        node = townships.get(code)
        if node is None:
            name = areas.get(code, ("",))[0]
            node = townships[code] = AreaNode(TOWNSHIP, code, name, code=code)
            county_for(code).children.append(node)
        return node

    for vid, code, name, township_code, poverty in villages:
        village = AreaNode(VILLAGE, vid, name, code=code, village_id=vid, is_poverty_village=bool(poverty))
        for group_name, households, people in sorted(groups.get(vid, ()), key=lambda g: _natural(g[0])):
            village.households += households
            village.people += people
            if group_name:
                village.children.append(AreaNode(GROUP, group_name, group_name, code=code, village_id=vid,
                                                 households=households, people=people))
        township_for(township_code or code[:9] + "000").children.append(village)
    # Townships listed in the area table without villages yet still show (a new county's skeleton).
    for code, (_name, level, _parent) in areas.items():
        if level == TOWNSHIP:
            township_for(code)
    for county in counties.values():
        county.children.sort(key=lambda t: t.code)
        for township in county.children:
            township.households = sum(v.households for v in township.children)
            township.people = sum(v.people for v in township.children)
        county.households = sum(t.households for t in county.children)
        county.people = sum(t.people for t in county.children)
    return sorted(counties.values(), key=lambda c: c.code)


def village_count(db: Database) -> int:
    """Live villages (an index count, instant even at county scale): is there a register to show?"""
    with db.reader() as reader:
        return reader.scalar("SELECT count(*) FROM village WHERE +deleted = 0")


def find_node(roots: list[AreaNode], kind: str, key: str, village_id: Optional[str] = None) -> Optional[AreaNode]:
    for root in roots:
        for node in root.walk():
            if node.kind == kind and node.key == key and (village_id is None or node.village_id == village_id):
                return node
    return None
