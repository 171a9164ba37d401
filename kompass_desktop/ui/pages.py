"""The contract between the main window and the pages it shows.

A page is a QWidget built as `Page(session, parent=None)` (scoring panels also take the area
number: `ScoringPanel(session, area, parent=None)`). It refreshes itself on
`session.changed`, and asks the window to go somewhere by emitting
`navigate(kind, key)`, where kind is one of NAV_KINDS and key a row id, an area or sub-area
number, or "".
"""
from __future__ import annotations

import importlib

NAV_KINDS = ("overview", "interview", "document", "evidence", "area", "subarea", "report",
             "sync", "conflict", "search")

# (module, class) of the pages other parts of the workbench provide.
OVERVIEW_PAGE = ("kompass_desktop.ui.overview.view", "OverviewView")
SCORING_PAGE = ("kompass_desktop.ui.scoring.panel", "ScoringPanel")
REPORT_PAGE = ("kompass_desktop.ui.report_view", "ReportView")
SYNC_PAGE = ("kompass_desktop.ui.sync_view", "SyncView")
FRAMEWORK_EDITOR = ("kompass_desktop.ui.framework_editor.editor", "FrameworkEditorDialog")


def page_available(spec: tuple[str, str]) -> bool:
    """Whether a page is built into this version, without importing it (start-up time)."""
    import importlib.util
    try:
        return importlib.util.find_spec(spec[0]) is not None
    except ModuleNotFoundError:
        return False


def page_class(spec: tuple[str, str]):
    """The page class, or None while that part is not built into this version."""
    module, name = spec
    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as e:
        if e.name and module.startswith(e.name):
            return None
        raise
