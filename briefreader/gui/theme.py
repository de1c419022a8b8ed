"""Light and dark themes: the palette, the reading colours and the tints of marks in the text.

"system" follows the platform's colour scheme (QStyleHints.colorScheme); "light" and "dark" override
it. Both palettes are set explicitly on the Fusion style so the look is the same on every desktop.

Asking QStyleHints for the scheme builds all of PySide6's ``Qt`` enums (see lazy_qt.py), so the
first theme, before the first paint, is taken from the platform's own palette (dark window colour:
dark scheme); the window asks QStyleHints once the article is on screen and switches in the rare
case the two disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from briefreader.gui.lazy_qt import Qt
from briefreader.paths import resources_dir

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class MarkColours:
    actor: dict[str, QColor]       # background tint by actor kind
    claim_underline: QColor
    figure_text: QColor
    figure_background: QColor
    focus: QColor                  # background of the mentions or claim picked in a panel
    meta_text: QColor


_platform_scheme: str | None = None


def platform_palette_scheme() -> str:
    """"dark" when the platform's own palette has a dark window colour, else "light". Read once,
    before apply_theme replaces the application's palette with ours."""
    global _platform_scheme
    if _platform_scheme is None:
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
        _platform_scheme = "dark" if window.lightnessF() < 0.5 else "light"
    return _platform_scheme


def effective_scheme(mode: str, quick: bool = False) -> str:
    """"light" or "dark": the override, or the system's scheme when ``mode`` is "system": the
    platform's colour scheme, or its palette's when the scheme is unknown (or when ``quick``)."""
    if mode in ("light", "dark"):
        return mode
    fallback = platform_palette_scheme()
    if quick:
        return fallback
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return "dark"
    if scheme == Qt.ColorScheme.Light:
        return "light"
    return fallback


def mark_colours(scheme: str) -> MarkColours:
    if scheme == "dark":
        return MarkColours(
            actor={"person": QColor("#3b3160"), "organization": QColor("#1f4a4a"),
                   "state": QColor("#2a3f66"), "group": QColor("#5a3a24")},
            claim_underline=QColor("#d9a441"), figure_text=QColor("#ff8a80"),
            figure_background=QColor("#4a2424"), focus=QColor("#806a00"),
            meta_text=QColor("#9aa3ad"))
    return MarkColours(
        actor={"person": QColor("#ece4ff"), "organization": QColor("#dcf3ef"),
               "state": QColor("#e1ecfb"), "group": QColor("#fdebd8")},
        claim_underline=QColor("#c08a1e"), figure_text=QColor("#a4262c"),
        figure_background=QColor("#fde7e7"), focus=QColor("#ffe066"),
        meta_text=QColor("#6b7280"))


def palette(scheme: str) -> QPalette:
    p = QPalette()
    if scheme == "dark":
        roles = {"Window": "#23262b", "WindowText": "#e6e6e6", "Base": "#1b1d21",
                 "AlternateBase": "#262a30", "Text": "#e4e4e4", "Button": "#2c3036",
                 "ButtonText": "#e6e6e6", "Highlight": "#3d6fb4", "HighlightedText": "#ffffff",
                 "ToolTipBase": "#2c3036", "ToolTipText": "#e6e6e6", "PlaceholderText": "#8a9099",
                 "Link": "#7fb0ff", "Mid": "#3a3f46", "Midlight": "#33373d", "Dark": "#15171a",
                 "Light": "#3f444b", "Shadow": "#0b0c0e"}
        disabled = "#6c717a"
    else:
        roles = {"Window": "#f3f3f5", "WindowText": "#1f2328", "Base": "#ffffff",
                 "AlternateBase": "#f6f7f9", "Text": "#1f2328", "Button": "#f3f3f5",
                 "ButtonText": "#1f2328", "Highlight": "#2f6fdb", "HighlightedText": "#ffffff",
                 "ToolTipBase": "#fffbe6", "ToolTipText": "#1f2328", "PlaceholderText": "#8a8f98",
                 "Link": "#1a5fd0", "Mid": "#c9ccd1", "Midlight": "#e4e6ea", "Dark": "#a0a4ab",
                 "Light": "#ffffff", "Shadow": "#7a7f87"}
        disabled = "#9aa0a8"
    for name, colour in roles.items():
        p.setColor(getattr(QPalette.ColorRole, name), QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return p


def style_sheet() -> str:
    path = resources_dir() / "styles" / "app.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def apply_theme(app, mode: str, quick: bool = False) -> str:
    """Set palette, and Fusion with the style sheet, for ``mode``; returns the scheme in effect.

    ``quick`` (before the first paint): the scheme is read from the platform's palette (see
    effective_scheme) and the style sheet is left for apply_style_sheet: it styles only the
    window's chrome (docks, toolbar, tables, start page), not the article's text or page."""
    scheme = effective_scheme(mode, quick)
    app.setPalette(palette(scheme))
    if not quick:
        apply_style_sheet(app, refresh=True)
    return scheme


def apply_style_sheet(app, refresh: bool = False) -> None:
    """Fusion and the style sheet. Asking for the style builds PySide6's QStyle class with its
    hundreds of enum values (~6 ms): the window's own QApplication starts in Fusion already
    (create_application), so before the first paint this waits. Setting the same sheet again
    re-polishes every widget, so it is skipped unless ``refresh`` (the palette changed)."""
    if app.style().name() != "fusion":
        app.setStyle("Fusion")
    sheet = style_sheet()
    if refresh or app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
