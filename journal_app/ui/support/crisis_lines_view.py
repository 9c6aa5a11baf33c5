"""Someone to talk to: checked national lines for the user's country, and their own lines.

Shown gently: no red, no alarm, one sentence about emergencies. The country
and the user's own lines are kept encrypted in the journal's state. Each
line says when its number was checked, and against which public page.

Signals:
    CrisisLinesView.navigate(str): a support page to show (grounding, safety plan).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.validation import ValidationError
from journal_app.services.crisis_lines import (
    OWN_LINES_KEY,
    Country,
    CrisisLine,
    CrisisLinesUnreadable,
    OwnLine,
    load_crisis_lines,
    own_lines_from_state,
    own_lines_to_state,
)
from journal_app.services.support import load_support_settings, save_support_settings
from journal_app.ui.support import GROUNDING, SAFETY_PLAN
from journal_app.ui.support.calm import CalmLabel, calm_button, calm_page, danger_line, link_row
from journal_app.ui.widgets import FieldError, heading


class CrisisLinesView(QWidget):
    navigate = Signal(str)

    def __init__(self, journal: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisis_lines")
        self.setAccessibleName(self.tr("Someone to talk to"))
        self._journal = journal
        page = calm_page(self, self.tr("Someone to talk to"))
        page.addWidget(danger_line())
        page.addWidget(
            CalmLabel(
                self.tr("You do not have to be in crisis to call. These services listen."), 1.05
            )
        )
        links, buttons = link_row(
            self,
            (self.tr("Take a &moment"), GROUNDING),
            (self.tr("My &safety plan"), SAFETY_PLAN),
        )
        self.grounding_button, self.plan_button = buttons[GROUNDING], buttons[SAFETY_PLAN]
        page.addLayout(links)

        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Where you are"))
        row = QFormLayout()
        row.addRow(self.tr("&Where you are"), self.country)
        page.addLayout(row)
        try:
            self.countries: dict[str, Country] = load_crisis_lines()
            problem = ""
        except CrisisLinesUnreadable as exc:
            self.countries, problem = {}, str(exc)
        self.country.addItem(self.tr("Not chosen"), "")
        for code, country in sorted(self.countries.items(), key=lambda kv: kv[1].name):
            self.country.addItem(country.name, code)
        self.country.currentIndexChanged.connect(self._country_chosen)
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(12)
        page.addLayout(self.lines_box)
        self.problem = CalmLabel(problem, 1.0)
        self.problem.setVisible(bool(problem))
        page.addWidget(self.problem)

        page.addWidget(heading(self.tr("Your own lines"), scale=1.2))
        page.addWidget(
            CalmLabel(
                self.tr(
                    "A local service, your doctor, a friend who said to call any time. "
                    "Kept encrypted in your journal."
                ),
                1.0,
            )
        )
        self.own_list = QListWidget()
        self.own_list.setAccessibleName(self.tr("Your own lines"))
        self.own_list.setWordWrap(True)
        page.addWidget(self.own_list)
        self.remove_button = calm_button(self.tr("&Remove the chosen line"))
        self.remove_button.clicked.connect(self.remove_current)
        page.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.own_name = QLineEdit()
        self.own_name.setPlaceholderText(self.tr("For example: my GP, or Ana"))
        self.own_number = QLineEdit()
        self.own_number.setPlaceholderText(self.tr("The number to call"))
        self.own_note = QLineEdit()
        self.own_note.setPlaceholderText(self.tr("When to call, or anything else (optional)"))
        for field, name in (
            (self.own_name, self.tr("Name of the line")),
            (self.own_number, self.tr("Number")),
            (self.own_note, self.tr("Note")),
        ):
            field.setAccessibleName(name)
            field.returnPressed.connect(self.add_own)
        form.addRow(self.tr("&Name"), self.own_name)
        form.addRow(self.tr("N&umber"), self.own_number)
        form.addRow(self.tr("N&ote"), self.own_note)
        page.addLayout(form)
        self.own_error = FieldError()
        page.addWidget(self.own_error)
        self.add_button = calm_button(self.tr("&Add this line"))
        self.add_button.clicked.connect(self.add_own)
        page.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        page.addStretch(1)
        self.refresh()

    # -- the list for a country -----------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        settings = load_support_settings(self._journal)
        index = max(0, self.country.findData(settings.country))
        self.country.blockSignals(True)
        self.country.setCurrentIndex(index)
        self.country.blockSignals(False)
        self._show_country(str(self.country.currentData() or ""))
        self._show_own()

    @Slot(int)
    def _country_chosen(self, _index: int) -> None:
        code = str(self.country.currentData() or "")
        settings = load_support_settings(self._journal)
        save_support_settings(self._journal, replace(settings, country=code))
        self._show_country(code)

    def _show_country(self, code: str) -> None:
        while self.lines_box.count():
            item = self.lines_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for widget in self._country_widgets(code):
            self.lines_box.addWidget(widget)
            widget.show()  # at once, not at the next layout pass

    def _country_widgets(self, code: str) -> list[QWidget]:
        country = self.countries.get(code)
        if not code:
            return [CalmLabel(self.tr("Choose where you are to see lines there."), 1.05)]
        if country is None or not country.lines:
            name = country.name if country is not None else code
            return [
                CalmLabel(
                    self.tr(
                        "No lines for {country} are in the app yet: none could be checked "
                        "against the service's own page. You can add the ones you know below."
                    ).format(country=name),
                    1.05,
                )
            ]
        return [self._line_block(line) for line in country.lines]

    def _line_block(self, line: CrisisLine) -> QWidget:
        block = QWidget()
        block.setObjectName("crisis_line")
        lay = QVBoxLayout(block)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(heading(line.name, scale=1.2))
        call = self.tr("Call {number}").format(number=line.phone)
        if line.phone_other:
            call += " " + self.tr("or {number}").format(number=line.phone_other)
        lay.addWidget(CalmLabel(call, 1.35))
        if line.text:
            lay.addWidget(CalmLabel(self.tr("Text {number}").format(number=line.text), 1.2))
        hours = self.tr("Open all day, every day") if line.hours == "24/7" else line.hours
        what = (
            self.tr("For anyone who is struggling")
            if line.kind == "crisis"
            else self.tr("For domestic violence and abuse")
        )
        lay.addWidget(CalmLabel(f"{what} · {hours}", 1.0))
        day = line.checked
        checked = QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
        site = urlsplit(line.source).hostname or line.source
        source = CalmLabel(
            self.tr("Number checked on {date} on {site}").format(
                date=checked, site=site.removeprefix("www.")
            ),
            0.85,
        )
        source.setToolTip(line.source)
        source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        lay.addWidget(source)
        return block

    # -- the user's own lines -----------------------------------------------------------------

    def own_lines(self) -> list[OwnLine]:
        return own_lines_from_state(self._journal.load_state(OWN_LINES_KEY))

    def _show_own(self) -> None:
        self.own_list.clear()
        lines = self.own_lines()
        for line in lines:
            text = f"{line.name}: {line.number}" + (f" · {line.note}" if line.note else "")
            self.own_list.addItem(QListWidgetItem(text))
        if not lines:
            self.own_list.addItem(self.tr("None yet."))
        self.own_list.setEnabled(bool(lines))
        self.remove_button.setVisible(bool(lines))
        rows = max(1, min(len(lines), 6))
        self.own_list.setFixedHeight(
            rows * (self.own_list.fontMetrics().height() + 10) + 2 * self.own_list.frameWidth()
        )

    @Slot()
    def add_own(self) -> None:
        self.own_error.clear_message()
        try:
            line = OwnLine.of(self.own_name.text(), self.own_number.text(), self.own_note.text())
            value = own_lines_to_state([*self.own_lines(), line])
        except ValidationError as exc:
            self.own_error.show_message(str(exc).split(": ", 1)[-1])
            field = {"name": self.own_name, "number": self.own_number}.get(exc.field)
            (field or self.own_note).setFocus()
            return
        self._journal.save_state(OWN_LINES_KEY, value)
        for field in (self.own_name, self.own_number, self.own_note):
            field.clear()
        self._show_own()
        self.own_name.setFocus()

    @Slot()
    def remove_current(self) -> None:
        row = self.own_list.currentRow()
        lines = self.own_lines()
        if not 0 <= row < len(lines):
            return
        del lines[row]
        self._journal.save_state(OWN_LINES_KEY, own_lines_to_state(lines))
        self._show_own()

    def flush_drafts(self) -> None:
        """A line half typed is not kept: only what the user adds."""
