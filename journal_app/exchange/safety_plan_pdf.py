"""The safety plan on paper: its own short document, for a printer or a PDF file.

Drawn with QPainter on ``QPdfWriter`` or a ``QPrinter`` (QtGui only, no
widgets), through the same page flow as the therapy summary. Printing writes
no file; a PDF is written only where the user chooses, atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPainter

from journal_app.domain.safety_plan import STEPS, SafetyPlan
from journal_app.exchange.pdf import _Flow, _font, pdf_bytes
from journal_app.exchange.wording import tr
from journal_app.storage.files import atomic_write
from journal_app.words import safety_step_label


def render_safety_plan(
    device: QPagedPaintDevice,
    plan: SafetyPlan,
    lines: Sequence[tuple[str, str]] = (),
) -> int:
    """Draw the plan, and ``lines`` (name, number) to call, on ``device``; returns the pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(tr("The safety plan could not be drawn (the printer or file refused it)."))
    try:
        painter.setFont(_font())
        flow = _Flow(painter, device)
        flow.running = tr("My safety plan, continued")
        flow.text(tr("My safety plan"), scale=1.8, bold=True, after=4)
        flow.text(
            tr("If you are in danger now, call your local emergency number."),
            scale=1.0,
            after=10,
        )
        for number, step in enumerate(STEPS, start=1):
            flow.need(flow.pt(40))
            flow.text(f"{number}. {safety_step_label(step)}", scale=1.2, bold=True, after=3)
            written = plan.lines(step)
            if written:
                for line in written:
                    flow.text(f"•  {line}", indent=10, scale=1.05, after=2)
            else:
                flow.text("_" * 60, indent=10, color_muted=True, after=2)
            flow.y += flow.pt(8)
        if lines:
            flow.text(tr("Lines I can call"), scale=1.2, bold=True, after=3)
            for name, phone in lines:
                flow.text(f"{name}: {phone}", indent=10, scale=1.05, after=2)
        return flow.pages
    finally:
        painter.end()


def safety_plan_pdf(plan: SafetyPlan, lines: Sequence[tuple[str, str]] = ()) -> bytes:
    """The plan as PDF bytes."""
    return pdf_bytes(tr("Safety plan"), lambda writer: render_safety_plan(writer, plan, lines))


def write_safety_plan_pdf(
    plan: SafetyPlan, out: Path, lines: Sequence[tuple[str, str]] = ()
) -> Path:
    """Write the plan's PDF to ``out`` whole or not at all."""
    atomic_write(Path(out), safety_plan_pdf(plan, lines))
    return Path(out)
