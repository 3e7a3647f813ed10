"""setup_logging writes a rotating UTF-8 log in the given directory, once per call site."""

from __future__ import annotations

import logging
import logging.handlers

import pytest

from fupin_desktop.logging_setup import BACKUP_COUNT, MAX_BYTES, setup_logging


@pytest.fixture
def restore_root_logger():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_log_file_is_rotating_and_not_duplicated(tmp_path, restore_root_logger):
    path = setup_logging("cli", directory=tmp_path)
    again = setup_logging("cli", directory=tmp_path)
    assert path == again == tmp_path / "fupin-cli.log"
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)
            and h.baseFilename == str(path)]
    assert len(ours) == 1
    assert (ours[0].maxBytes, ours[0].backupCount) == (MAX_BYTES, BACKUP_COUNT)
    logging.getLogger("fupin.test").warning("农户 %s", "张三")
    ours[0].flush()
    assert "农户 张三" in path.read_text(encoding="utf-8")


def test_default_directory_is_the_data_dir(tmp_path, monkeypatch, restore_root_logger):
    monkeypatch.setenv("FUPIN_DATA_DIR", str(tmp_path))
    path = setup_logging("gui")
    assert path == tmp_path / "logs" / "fupin-gui.log"
    assert path.exists()


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        setup_logging("web")  # type: ignore[arg-type]
