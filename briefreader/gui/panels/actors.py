"""Actors grouped by kind, most important first; a click shows every mention, the next steps on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from briefreader.extraction.model import Actor
from briefreader.gui.panels.correcting import Corrector
from briefreader.gui.panels.guide import COLUMN_TIPS
from briefreader.gui.panels.panel import Panel, overlaps
from briefreader.gui.rule_names import found_by

ActorIdRole = Qt.ItemDataRole.UserRole + 1
RoleRole = Qt.ItemDataRole.UserRole + 2     # the actor's role, drawn in grey after the name
FilterRole = Qt.ItemDataRole.UserRole + 3   # what the filter box searches: name, aliases, role
KIND_TITLES = {"person": "People", "organization": "Organizations", "state": "States",
               "group": "Armed groups"}


def importance(actor: Actor) -> tuple[int, int]:
    """More mentions first; among equals, the one the article names first."""
    first = min((m.start for m in actor.mentions), default=1 << 62)
    return (-len(actor.mentions), first)


class ActorsPanel(Panel):
    ORIGIN = "actors"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Actors")
        self.filter = QLineEdit(self.content)
        self.filter.setPlaceholderText("Filter actors")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Filter actors")
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels(["Actor and role", "Mentions"])
        for column, header in enumerate(("Actor and role", "Mentions")):
            self.model.setHeaderData(column, Qt.Orientation.Horizontal, COLUMN_TIPS[header],
                                     Qt.ItemDataRole.ToolTipRole)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterRole(FilterRole)
        self.filter.textChanged.connect(self._filter_changed)
        self.tree = QTreeView(self.content)
        self.tree.setObjectName("actorsTree")
        self.tree.setAccessibleName("Actors list")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegateForColumn(0, NameAndRoleDelegate(self.tree))
        self.tree.setIndentation(14)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.content_layout.addWidget(self.filter)
        self.content_layout.addWidget(self.tree)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.tree.clicked.connect(self._clicked)
        self.tree.installEventFilter(self)
        self.corrector = Corrector(self)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self._actors: dict[str, Actor] = {}
        self._cycling: str | None = None     # actor whose mentions a second click steps through
        self._mention = 0
        self._following = False

    # -- content ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self._actors = {}
        extraction = self.session.extraction if self.session else None
        if extraction is None:
            return
        by_kind: dict[str, list[Actor]] = {}
        for actor in extraction.actors:
            by_kind.setdefault(actor.kind, []).append(actor)
        kinds = [k for k in KIND_TITLES if k in by_kind] + sorted(set(by_kind) - set(KIND_TITLES))
        for kind in kinds:
            actors = sorted(by_kind[kind], key=importance)
            group = QStandardItem(f"{KIND_TITLES.get(kind, kind.title())} ({len(actors)})")
            group.setSelectable(False)
            group.setData("", FilterRole)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            for actor in actors:
                self._actors[actor.id] = actor
                name = QStandardItem(actor.name)
                name.setData(actor.id, ActorIdRole)
                name.setData(actor.role or "", RoleRole)
                name.setData(" ".join([actor.name, *actor.aliases, actor.role or ""]), FilterRole)
                name.setToolTip(_actor_tip(actor))
                name.setAccessibleText(f"{actor.name}, {actor.role or actor.kind}, "
                                       f"{len(actor.mentions)} mentions")
                count = QStandardItem()
                count.setData(len(actor.mentions), Qt.ItemDataRole.DisplayRole)
                count.setData(actor.id, ActorIdRole)
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                group.appendRow([name, count])
            self.model.appendRow([group, QStandardItem()])
        for row in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()

    def item_count(self) -> int:
        return len(self._actors)

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        for row in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()

    # -- intents ------------------------------------------------------------------------------
    def actor_at(self, index: QModelIndex) -> Actor | None:
        return self._actors.get(index.data(ActorIdRole)) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following:
            return
        actor = self.actor_at(current)
        if actor is not None:
            self._cycling = None
            self.show_actor(actor, 0)

    def _clicked(self, index: QModelIndex) -> None:
        actor = self.actor_at(index)
        if actor is None:
            return
        if self._cycling == actor.id:
            self.next_mention()
        else:
            self._cycling = actor.id
            self.show_actor(actor, self._mention if self._current_id() == actor.id else 0)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_mention()
            return True
        return super().eventFilter(watched, event)

    def _menu(self, pos) -> None:
        actor = self.actor_at(self.tree.indexAt(pos)) or self.actor_at(self.tree.currentIndex())
        if actor is None:
            return
        menu = QMenu(self.tree)
        self.corrector.add_actor_entries(menu, actor)
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _current_id(self) -> str | None:
        return self.tree.currentIndex().data(ActorIdRole)

    def next_mention(self) -> None:
        actor = self._actors.get(self._current_id())
        if actor is not None and actor.mentions:
            self._cycling = actor.id
            self.show_actor(actor, (self._mention + 1) % len(actor.mentions))

    def show_actor(self, actor: Actor, mention: int) -> None:
        if self.session is None or not actor.mentions:
            return
        self._mention = mention
        ranges = [(m.start, m.end) for m in actor.mentions]
        self.session.focus(ranges, mention, self.ORIGIN)

    def select_actor(self, actor_id: str) -> bool:
        """Make ``actor_id`` the current row without moving the article (it follows the reader)."""
        matches = self.proxy.match(self.proxy.index(0, 0), ActorIdRole, actor_id, 1,
                                   Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if not matches:
            return False
        self._following = True
        try:
            self.tree.setCurrentIndex(matches[0])
            self.tree.scrollTo(matches[0])
        finally:
            self._following = False
        return True

    def follow_selection(self, start: int, end: int) -> None:
        for actor in sorted(self._actors.values(), key=importance):
            if any(overlaps(start, end, m.start, m.end) for m in actor.mentions):
                self.select_actor(actor.id)
                return


def _actor_tip(actor: Actor) -> str:
    lines = [f"<b>{_esc(actor.name)}</b> ({actor.kind})"]
    if actor.role:
        lines.append(_esc(actor.role))
    if actor.aliases:
        lines.append("Also: " + _esc(", ".join(actor.aliases)))
    count = len(actor.mentions)
    lines.append(f"{count} mention{'s' if count != 1 else ''} — Enter or click again for the next")
    return "<br>".join(lines) + found_by(actor.rules)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


class NameAndRoleDelegate(QStyledItemDelegate):
    """The actor's name, then its role in a quieter colour, elided to fit the column."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        role = index.data(RoleRole)
        if not role:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        rect = rect.adjusted(2, 0, -2, 0)
        metrics = opt.fontMetrics
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_colour = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                        else QPalette.ColorRole.Text)
        role_colour = text_colour if selected else opt.palette.color(
            group, QPalette.ColorRole.PlaceholderText)
        shown_name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width())
        painter.save()
        painter.setPen(text_colour)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(rect, align, shown_name)
        used = metrics.horizontalAdvance(shown_name) + metrics.horizontalAdvance("  ")
        if used < rect.width():
            role_rect = rect.adjusted(used, 0, 0, 0)
            painter.setPen(role_colour)
            painter.drawText(role_rect, align,
                             metrics.elidedText(role, Qt.TextElideMode.ElideRight,
                                                role_rect.width()))
        painter.restore()
