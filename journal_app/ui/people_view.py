"""People: everyone named in the journal, by circle, and those off the support map.

Add someone, rename them, move them to another circle or off the map (and
back), archive them (and bring them back), or delete them for good after one
calm question: their name then leaves every record, which stays, unnamed.
Choosing a person shows their recent moments. A nickname or initials is
enough. Each circle is explained in the list itself, under its name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import Circle, Person
from journal_app.domain.validation import ValidationError
from journal_app.errors import KnownError
from journal_app.services.journal import Journal
from journal_app.ui.dialogs import DialogService
from journal_app.ui.labels import (
    circle_hint,
    circle_label,
    describe_record,
    off_map_hint,
    off_map_label,
    place_label,
    when_label,
)
from journal_app.ui.support_map import SupportMapView
from journal_app.ui.widgets import FieldError, heading, quiet_label

PERSON_ROLE = Qt.ItemDataRole.UserRole


class _WrappedRows(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the list's width (QTreeView measures one line)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._tree.columnWidth(0) - self._tree.indentation() * depth - 10
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        flags = int(Qt.TextFlag.TextWordWrap)
        tall = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 40), 100_000), flags, text)
        return QSize(hint.width(), max(hint.height(), tall.height() + 4))


OFF_MAP = "off_map"  # the place combo's value for "Not on my support map"


def place_combo(name: str) -> QComboBox:
    """The four circles, innermost first, then "Not on my support map"; each explained."""
    combo = QComboBox()
    for circle in Circle:
        combo.addItem(circle_label(circle), circle.value)
        combo.setItemData(combo.count() - 1, circle_hint(circle), Qt.ItemDataRole.ToolTipRole)
    combo.addItem(off_map_label(), OFF_MAP)
    combo.setItemData(combo.count() - 1, off_map_hint(), Qt.ItemDataRole.ToolTipRole)
    combo.setAccessibleName(name)
    return combo


def chosen_place(combo: QComboBox) -> tuple[bool, Circle | None]:
    """(whether a place is chosen, the circle or None for off the map)."""
    data = combo.currentData()
    if data is None:
        return False, None
    return True, None if data == OFF_MAP else Circle(data)


def show_place(combo: QComboBox, circle: Circle | None) -> None:
    combo.setCurrentIndex(combo.findData(OFF_MAP if circle is None else circle.value))


class PeopleView(QWidget):
    """The People page.

    Signals:
        changed(): someone was added, renamed, moved or archived.
    """

    changed = Signal()

    def __init__(
        self, journal: Journal, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._dialogs = dialogs
        self._people: dict[int, Person] = {}
        self.setAccessibleName(self.tr("People"))

        # -- adding ------------------------------------------------------------
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("A name, nickname or initials"))
        self.new_name.setAccessibleName(self.tr("Name of the person to add"))
        self.new_circle = place_combo(self.tr("Circle of the person to add"))
        self.new_circle.setPlaceholderText(self.tr("Choose a circle"))
        self.new_circle.setCurrentIndex(-1)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add this person"))
        self.add_error = FieldError()
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 2)
        add_row.addWidget(self.new_circle, 1)
        add_row.addWidget(self.add_button)

        # -- the map -----------------------------------------------------------
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("People, by circle"))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        # Each circle's explanation is read in full, wrapped to the list's width.
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setItemDelegate(_WrappedRows(self.tree))
        # Rows are measured once; a new width must measure the wrapped lines again.
        self.tree.header().sectionResized.connect(self.tree.scheduleDelayedItemsLayout)
        self.show_archived = QCheckBox(self.tr("Show archived people"))
        self.show_archived.setAccessibleName(self.tr("Show archived people"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.show_archived)

        # -- the chosen person -------------------------------------------------
        self.person_title = heading("")
        self.rename_edit = QLineEdit()
        self.rename_edit.setAccessibleName(self.tr("New name"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setAccessibleName(self.tr("Rename"))
        self.move_combo = place_combo(self.tr("Circle"))
        self.move_button = QPushButton(self.tr("Move"))
        self.move_button.setAccessibleName(self.tr("Move to this circle"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setAccessibleName(self.tr("Archive"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete this person"))
        self.person_error = FieldError()
        self.moments = QListWidget()
        self.moments.setAccessibleName(self.tr("Recent moments"))
        self.moments.setWordWrap(True)
        self.moments.setSpacing(2)
        self.no_moments = quiet_label("")

        rename_row = QHBoxLayout()
        rename_row.addWidget(self.rename_edit, 1)
        rename_row.addWidget(self.rename_button)
        move_row = QHBoxLayout()
        move_row.addWidget(self.move_combo, 1)
        move_row.addWidget(self.move_button)
        details_form = QFormLayout()
        details_form.addRow(self.tr("Name"), rename_row)
        details_form.addRow(self.tr("Circle"), move_row)
        self.details = QWidget()
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(8, 0, 0, 0)
        details_layout.addWidget(self.person_title)
        details_layout.addLayout(details_form)
        archive_row = QHBoxLayout()
        archive_row.addWidget(self.archive_button)
        archive_row.addWidget(self.delete_button)
        archive_row.addStretch(1)
        details_layout.addLayout(archive_row)
        details_layout.addWidget(self.person_error)
        details_layout.addWidget(heading(self.tr("Recent moments"), scale=1.1))
        details_layout.addWidget(self.no_moments)
        details_layout.addWidget(self.moments, 1)
        self.nobody = quiet_label(
            self.tr(
                "Choose someone to see your recent moments with them. People you name "
                "in a connection join your support map; someone new you name only in a "
                "boundary is kept here, off the map, unless you give them a circle."
            )
        )
        self.nobody.setAlignment(Qt.AlignmentFlag.AlignTop)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.nobody)
        right_layout.addWidget(self.details, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([400, 600])

        page = QVBoxLayout(self)
        page.setContentsMargins(16, 12, 16, 12)
        page.addWidget(heading(self.tr("People"), scale=1.5))
        page.addWidget(
            quiet_label(
                self.tr(
                    "The people in your journal. Those with a circle make up your support "
                    "map, closest first; what each circle means is written under its name."
                )
            )
        )
        page.addLayout(add_row)
        page.addWidget(self.add_error)
        self.status = quiet_label("")
        self.status.setAccessibleName(self.tr("What just happened"))
        self.status.hide()
        # The same people twice: a list to change them, and the rings to see them at a glance.
        self.support_map = SupportMapView(journal)
        self.support_map.person_clicked.connect(self.select_person)
        self.views = QTabWidget()
        self.views.setAccessibleName(self.tr("Ways to see your support map"))
        self.views.addTab(splitter, self.tr("&List"))
        self.views.addTab(self.support_map, self.tr("P&icture"))
        self.views.currentChanged.connect(self._view_changed)
        page.addWidget(self.views, 1)
        page.addWidget(self.status)

        self.add_button.clicked.connect(self.add_person)
        self.new_name.returnPressed.connect(self.add_person)
        self.rename_button.clicked.connect(self.rename_person)
        self.rename_edit.returnPressed.connect(self.rename_person)
        self.move_button.clicked.connect(self.move_person)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button.clicked.connect(self.delete_person)
        self.show_archived.toggled.connect(self.refresh)
        self.tree.currentItemChanged.connect(self._show_person)

        self.refresh()

    # -- the map ---------------------------------------------------------------

    @Slot()
    @Slot(int)
    def _view_changed(self, index: int) -> None:
        if self.views.widget(index) is self.support_map:
            self.support_map.refresh()

    @Slot(object)
    def select_person(self, person: Person) -> None:
        """Choose ``person`` in the list too, so a switch back shows the same person."""
        self.select(person.name)

    def refresh(self) -> None:
        """Reload the support map; keep the chosen person chosen."""
        if hasattr(self, "views") and self.views.currentWidget() is self.support_map:
            self.support_map.refresh()
        chosen = self.current_person()
        people = self._journal.people(include_archived=self.show_archived.isChecked())
        self._people = {p.id: p for p in people if p.id is not None}
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText)
        current: QTreeWidgetItem | None = None
        places: list[Circle | None] = [*Circle, None]
        for place in places:
            members = [p for p in people if p.circle is place]
            if place is None and not members:
                continue  # nobody off the map: no heading for it
            group = QTreeWidgetItem([f"{place_label(place)} ({len(members)})"])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            # What the circle means, on the page itself (not only in a tooltip).
            about = QTreeWidgetItem(group, [circle_hint(place) if place else off_map_hint()])
            about.setFlags(Qt.ItemFlag.ItemIsEnabled)
            about.setForeground(0, quiet)
            about.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("About"))
            for person in members:
                text = person.name
                if person.archived:
                    text = self.tr("{name} (archived)").format(name=person.name)
                item = QTreeWidgetItem(group, [text])
                item.setData(0, PERSON_ROLE, person.id)
                if chosen is not None and person.id == chosen.id:
                    current = item
            if not members:
                empty = QTreeWidgetItem(group, [self.tr("nobody here yet")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.expandAll()
        if current is not None:
            self.tree.setCurrentItem(current)
        self.tree.blockSignals(False)
        self._show_person()

    @Slot()
    def flush_drafts(self) -> None:
        """Part of every page's contract; only a short name is typed here, and it is not kept."""

    def current_person(self) -> Person | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        person_id = item.data(0, PERSON_ROLE)
        return None if person_id is None else self._people.get(int(person_id))

    def select(self, name: str) -> bool:
        """Choose the person called ``name`` in the map (for keyboard users and tests)."""
        iterator = QTreeWidgetItemIterator(self.tree)
        while (item := iterator.value()) is not None:
            person_id = item.data(0, PERSON_ROLE)
            if person_id is not None and self._people[int(person_id)].name == name:
                self.tree.setCurrentItem(item)
                return True
            iterator += 1
        return False

    @Slot()
    def _show_person(self) -> None:
        person = self.current_person()
        self.person_error.clear_message()
        self.details.setVisible(person is not None)
        self.nobody.setVisible(person is None)
        if person is None:
            return
        self.person_title.setText(person.name)
        self.rename_edit.setText(person.name)
        show_place(self.move_combo, person.circle)
        self.archive_button.setText(
            self.tr("Bring back") if person.archived else self.tr("Archive")
        )
        self.archive_button.setAccessibleName(self.archive_button.text())
        self.moments.clear()
        records = self._journal.records_with(person, limit=30)
        for record in records:
            when = when_label(record, with_date=True)
            line = describe_record(record, with_time=False)
            self.moments.addItem(QListWidgetItem(f"{when}\n{line}"))
        self.moments.setVisible(bool(records))
        self.no_moments.setVisible(not records)
        self.no_moments.setText(
            self.tr("No moments with {name} recorded yet.").format(name=person.name)
        )

    # -- changes ---------------------------------------------------------------

    @Slot()
    def add_person(self) -> None:
        self.add_error.clear_message()
        name = self.new_name.text().strip()
        chosen, circle = chosen_place(self.new_circle)
        if not name:
            self.add_error.show_message(self.tr("Type a name, a nickname or initials first."))
            self.new_name.setFocus()
            return
        if not chosen:
            self.add_error.show_message(
                self.tr(
                    "Choose which circle {name} belongs to, or “Not on my support map”."
                ).format(name=name)
            )
            self.new_circle.setFocus()
            return
        try:
            person = self._journal.add_person(name, circle)
        except ValidationError:
            self.add_error.show_message(self._taken(name))
            self.new_name.setFocus()
            return
        self.new_name.clear()
        self.new_circle.setCurrentIndex(-1)
        self.refresh()
        self.select(person.name)
        self.changed.emit()

    @Slot()
    def rename_person(self) -> None:
        person = self.current_person()
        if person is None:
            return
        new_name = self.rename_edit.text().strip()
        if not new_name:
            self.person_error.show_message(self.tr("A name cannot be empty; initials are enough."))
            self.rename_edit.setFocus()
            return
        if new_name == person.name:
            return
        self._apply(lambda: self._journal.rename_person(person, new_name), new_name)

    @Slot()
    def move_person(self) -> None:
        """To another circle, off the support map, or back onto it: one action."""
        person = self.current_person()
        chosen, circle = chosen_place(self.move_combo)
        if person is None or not chosen or circle == person.circle:
            return
        self._apply(lambda: self._journal.move_person(person, circle), person.name)

    @Slot()
    def toggle_archived(self) -> None:
        person = self.current_person()
        if person is None:
            return
        if not person.archived and not self.show_archived.isChecked():
            # Keep them visible, so the change can be undone at once.
            self.show_archived.blockSignals(True)
            self.show_archived.setChecked(True)
            self.show_archived.blockSignals(False)
        self._apply(lambda: self._journal.archive_person(person, not person.archived), person.name)

    def delete_question(self, person: Person) -> tuple[str, str]:
        """The one calm question before a delete: what happens, and what does not."""
        count = self._journal.count_records_with(person)
        if count == 0:
            records = self.tr("No record carries their name.")
        elif count == 1:
            records = self.tr(
                "Their name is taken off the one record that carries it; the record "
                "stays, shown without a name."
            )
        else:
            records = self.tr(
                "Their name is taken off the {n} records that carry it; the records "
                "stay, shown without a name."
            ).format(n=count)
        paragraphs = [
            self.tr("{name} will be removed from your journal.").format(name=person.name)
            + " "
            + records,
            self.tr(
                "What you wrote yourself (notes, entries, your safety plan) is not "
                "changed: if you typed the name there, it stays there until you edit it."
            ),
            self.tr(
                "Apart from that, the journal keeps the name nowhere: not in its search "
                "index, and the space it took is wiped. Backups you made earlier still "
                "hold it."
            ),
            self.tr("This cannot be undone. Delete {name}?").format(name=person.name),
        ]
        return self.tr("Delete {name}").format(name=person.name), "\n\n".join(paragraphs)

    @Slot()
    def delete_person(self) -> None:
        """Delete the chosen person for good, after one calm question."""
        person = self.current_person()
        if person is None:
            return
        title, text = self.delete_question(person)
        if not self._dialogs.ask_yes_no(self, title, text):
            return
        self.person_error.clear_message()
        try:
            unnamed = self._journal.delete_person(person)
        except KnownError as exc:
            self.person_error.show_message(str(exc))
            return
        self.refresh()
        done = self.tr("{name} was deleted.").format(name=person.name)
        if unnamed == 1:
            done += " " + self.tr("The one record that named them stays, without a name.")
        elif unnamed:
            done += " " + self.tr("{n} records stay, without a name.").format(n=unnamed)
        self.show_status(done)
        self.changed.emit()

    def _taken(self, name: str, *, pick_another: bool = False) -> str:
        """Why a name cannot be used: someone of that name is on the map, or off it."""
        other = self._journal.find_person(name)
        if other is not None and other.circle is None:
            text = self.tr("{name} is already in your journal, off your support map.")
        else:
            text = self.tr("{name} is already in your support map.")
        if pick_another:
            text += " " + self.tr("Pick another name.")
        return text.format(name=other.name if other is not None else name)

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _apply(self, change: Callable[[], Person], name: str) -> None:
        self.person_error.clear_message()
        self.show_status("")
        try:
            person = change()
        except ValidationError:
            self.person_error.show_message(self._taken(name, pick_another=True))
            return
        except KnownError as exc:
            self.person_error.show_message(str(exc))
            return
        self.refresh()
        self.select(person.name)
        self.changed.emit()
