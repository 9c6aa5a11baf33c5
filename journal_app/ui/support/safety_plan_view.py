"""My safety plan: the seven steps, in the user's own words, kept encrypted.

Each step is a short list, one line per thing. The people steps can take a
name from the support map with one choice. What is typed is saved into the
encrypted store every few seconds and on lock, like a draft; there is no
Save button to forget. The plan prints on its own, or becomes a PDF where
the user chooses (with a plain warning: a PDF is not encrypted).

Signals:
    SafetyPlanView.navigate(str): a support page to show (grounding, crisis lines).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.safety_plan import PEOPLE_STEPS, STEPS, SafetyPlan, Step
from journal_app.domain.validation import ValidationError
from journal_app.services.crisis_lines import (
    OWN_LINES_KEY,
    CrisisLinesUnreadable,
    load_crisis_lines,
    own_lines_from_state,
)
from journal_app.services.support import (
    load_safety_plan,
    load_support_settings,
    save_safety_plan,
)
from journal_app.ui.announce import show_status
from journal_app.ui.export_view import QtSummaryPrinter, SummaryPrinter
from journal_app.ui.support import CRISIS_LINES, GROUNDING
from journal_app.ui.support.calm import CalmLabel, calm_button, calm_page, danger_line, link_row
from journal_app.ui.widgets import FieldError, heading
from journal_app.words import safety_step_hint, safety_step_label

AUTOSAVE_MS = 3000


class StepEditor(QWidget):
    """One step: its title, a quiet hint, the lines (one per row) and, for people, a picker."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        number = STEPS.index(step) + 1
        self.title = heading(f"{number}. {safety_step_label(step)}", scale=1.2)
        hint = CalmLabel(safety_step_hint(step), 1.0)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(safety_step_label(step))
        self.text.setAccessibleDescription(self.tr("One thing on each line."))
        self.text.setPlaceholderText(self.tr("One thing on each line."))
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 16)
        self.error = FieldError()
        lay.addWidget(self.title)
        lay.addWidget(hint)
        lay.addWidget(self.text)
        self.people: QComboBox | None = None
        if step in PEOPLE_STEPS:
            self.people = QComboBox()
            self.people.setAccessibleName(
                self.tr("Add someone from your support map to: {step}").format(
                    step=safety_step_label(step)
                )
            )
            self.people.activated.connect(self._person_chosen)
            row = QHBoxLayout()
            row.addWidget(self.people)
            row.addStretch(1)
            lay.addLayout(row)
        lay.addWidget(self.error)

    def lines(self) -> list[str]:
        return self.text.toPlainText().splitlines()

    def set_lines(self, lines: tuple[str, ...]) -> None:
        self.text.setPlainText("\n".join(lines))

    def set_people(self, names: list[str]) -> None:
        if self.people is None:
            return
        self.people.blockSignals(True)
        self.people.clear()
        self.people.addItem(self.tr("Add someone from your support map…"), None)
        for name in names:
            self.people.addItem(name, name)
        self.people.setCurrentIndex(0)
        self.people.setEnabled(bool(names))
        self.people.blockSignals(False)

    @Slot(int)
    def _person_chosen(self, index: int) -> None:
        assert self.people is not None
        name = self.people.itemData(index)
        self.people.setCurrentIndex(0)
        if not name or name in [line.strip() for line in self.lines()]:
            return
        text = self.text.toPlainText().rstrip("\n")
        self.text.setPlainText(f"{text}\n{name}" if text else str(name))
        self.text.setFocus()


class SafetyPlanView(QWidget):
    navigate = Signal(str)

    def __init__(
        self,
        journal: Any,
        dialogs: Any,
        runner: Any = None,
        printer: SummaryPrinter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("safety_plan")
        self.setAccessibleName(self.tr("My safety plan"))
        self._journal = journal
        self._dialogs = dialogs
        self._runner = runner
        self._printer: SummaryPrinter = printer if printer is not None else QtSummaryPrinter()
        page = calm_page(self, self.tr("My safety plan"))
        intro = CalmLabel(
            self.tr(
                "Your own plan for a hard night, in your own words. Fill in what you can; "
                "it is kept encrypted and saved as you type."
            ),
            1.05,
        )
        page.addWidget(intro)
        page.addWidget(danger_line())
        links, buttons = link_row(
            self,
            (self.tr("Take a &moment"), GROUNDING),
            (self.tr("Someone to &talk to"), CRISIS_LINES),
        )
        self.grounding_button, self.lines_button = buttons[GROUNDING], buttons[CRISIS_LINES]
        page.addLayout(links)
        self.editors: dict[Step, StepEditor] = {}
        for step in STEPS:
            editor = StepEditor(step)
            self.editors[step] = editor
            page.addWidget(editor)
        self.status = CalmLabel("", 1.0)
        self.status.setAccessibleName(self.tr("Status"))
        self.print_button = calm_button(self.tr("&Print…"))
        self.pdf_button = calm_button(self.tr("Save as P&DF…"))
        self.print_button.clicked.connect(self.print_plan)
        self.pdf_button.clicked.connect(self.save_pdf)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        page.addLayout(row)
        page.addWidget(self.status)
        page.addStretch(1)
        self._saved = SafetyPlan()
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._tick)
        self._autosave.start()
        self.refresh()

    # -- the plan ----------------------------------------------------------------------

    def current(self) -> SafetyPlan:
        """The plan as typed; raises ValidationError naming a step when a limit is passed."""
        return SafetyPlan.of({step: editor.lines() for step, editor in self.editors.items()})

    @Slot()
    def refresh(self) -> None:
        self.flush_drafts()
        self._saved = load_safety_plan(self._journal)
        # Only the support map: someone kept off it (limits are set with them) is no help here.
        names = [p.name for p in self._journal.people() if p.circle is not None]
        for step, editor in self.editors.items():
            if [line for line in editor.lines() if line.strip()] != list(self._saved.lines(step)):
                editor.set_lines(self._saved.lines(step))
            editor.set_people(names)

    @Slot()
    def _tick(self) -> None:
        # A disabled page is being locked away; a hidden one has nothing new typed.
        if self.isEnabled() and self.isVisible():
            self.flush_drafts()

    @Slot()
    def flush_drafts(self) -> None:
        """Keep what is typed in the encrypted store, if it changed and fits."""
        for editor in self.editors.values():
            editor.error.clear_message()
        try:
            plan = self.current()
        except ValidationError as exc:
            self.editors[Step(exc.field)].error.show_message(self._limit_words(exc))
            return
        if plan != self._saved:
            save_safety_plan(self._journal, plan)
            self._saved = plan

    def _limit_words(self, exc: ValidationError) -> str:
        return self.tr(
            "This step is longer than the plan can keep ({problem}). The rest of the plan "
            "is saved; shorten this step and it will be saved too."
        ).format(problem=str(exc).split(": ", 1)[-1])

    # -- paper ---------------------------------------------------------------------------

    def _lines_to_call(self) -> list[tuple[str, str]]:
        own = own_lines_from_state(self._journal.load_state(OWN_LINES_KEY))
        lines = [(line.name, line.number) for line in own]
        country = load_support_settings(self._journal).country
        try:
            known = load_crisis_lines().get(country)
        except CrisisLinesUnreadable:
            known = None
        if known is not None:
            lines += [(line.name, line.phone) for line in known.lines]
        return lines

    @Slot()
    def print_plan(self) -> None:
        """Straight to the printer: no file is written."""
        from journal_app.exchange.safety_plan_pdf import render_safety_plan

        self.flush_drafts()
        plan, lines = self._saved, self._lines_to_call()
        if self._printer.print_summary(
            self, lambda device: render_safety_plan(device, plan, lines)
        ):
            show_status(self.status, self.tr("Sent to the printer. No file was written."))

    @Slot()
    def save_pdf(self) -> None:
        from journal_app.exchange.safety_plan_pdf import write_safety_plan_pdf

        self.flush_drafts()
        if not self._dialogs.ask_yes_no(
            self,
            self.tr("Save your safety plan as a PDF?"),
            self.tr(
                "A PDF is not encrypted: anyone who can open the file can read your plan. "
                "Choose a place only you can reach."
            ),
        ):
            return
        out = self._dialogs.ask_save_path(
            self, self.tr("Save your safety plan"), Path.home() / "plan.pdf", "PDF (*.pdf)"
        )
        if out is None:
            return
        if Path(out).resolve().is_relative_to(Path(self._journal.data_dir).resolve()):
            show_status(
                self.status,
                self.tr("Choose a place outside the journal's own folder. Nothing was written."),
            )
            return
        plan, lines = self._saved, self._lines_to_call()

        def done(path: Any) -> None:
            show_status(self.status, self.tr("Saved to {path}.").format(path=path))

        def failed(exc: BaseException) -> None:
            show_status(
                self.status,
                self.tr("The PDF could not be written ({problem}). Nothing was saved.").format(
                    problem=getattr(exc, "strerror", None) or type(exc).__name__
                ),
            )

        def work() -> Path:
            return write_safety_plan_pdf(plan, Path(out), lines)

        if self._runner is None:
            try:
                done(work())
            except Exception as exc:
                failed(exc)
        else:
            self._runner.run(work, done, failed)
