"""The village form: indicators from the vocabulary, live poverty incidence, save with an audit event."""

from __future__ import annotations

from sqlalchemy import select

from fupin_desktop.gui.register.village_form import VillageFormDialog
from fupin_desktop.services.register.villages import load_village
from fupin_desktop.store.models import AuditEvent, Village
from tests.gui.register_support import Answers, keep, village
from tests.unit.register_data import add_family


def test_live_incidence_and_save(qtbot, tmp_db, monkeypatch):
    vid = village(tmp_db)  # 甲村: population 100, no indicators met
    add_family(tmp_db, vid)  # 3 people, 未脱贫
    dialog = keep(qtbot, VillageFormDialog(tmp_db, load_village(tmp_db, vid), "城关镇"))
    dialog.show()
    assert set(dialog.indicators) >= {"road_hardened", "broadband", "collective_income"}
    assert "3.00%" in dialog.ui.incidenceValue.text()
    assert "未脱贫（含返贫）3 人" in dialog.ui.incidenceDetail.text()
    assert "高于" in dialog.ui.assessmentValue.text()
    dialog.ui.populationSpin.setValue(300)
    assert "1.00%" in dialog.ui.incidenceValue.text()
    for field, widget in dialog.indicators.items():
        if field == "collective_income":
            widget.setValue(60000)
        else:
            widget.setChecked(True)
    assert dialog.ui.assessmentValue.text() == "达到贫困村退出标准。"
    dialog.ui.codeEdit.setText("123")
    dialog.recompute()
    assert not dialog.ui.codeMessage.isHidden() and not dialog.save()
    dialog.ui.codeEdit.setText("410102001201")
    assert dialog.save()
    with tmp_db.session() as s:
        v = s.get(Village, vid)
        assert (v.registered_population, v.broadband, v.collective_income) == (300, True, 60000.0)
        assert s.execute(select(AuditEvent.action).where(AuditEvent.entity_id == vid)).scalar_one() == "village.update"


def test_unsaved_village_changes_ask(qtbot, tmp_db, monkeypatch):
    from fupin_desktop.gui.qt import QMessageBox

    vid = village(tmp_db)
    dialog = keep(qtbot, VillageFormDialog(tmp_db, load_village(tmp_db, vid)))
    dialog.show()
    dialog.reject()
    assert not dialog.isVisible()
    dialog = keep(qtbot, VillageFormDialog(tmp_db, load_village(tmp_db, vid)))
    dialog.show()
    dialog.ui.povertyVillageCheck.setChecked(False)
    answers = Answers(monkeypatch, question=QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert answers.asked and dialog.isVisible()
