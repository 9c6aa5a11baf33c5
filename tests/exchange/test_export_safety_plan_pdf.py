"""The safety plan printed on its own: every step, the user's lines, nothing else."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from journal_app.domain.safety_plan import SafetyPlan, Step
from journal_app.exchange.safety_plan_pdf import safety_plan_pdf, write_safety_plan_pdf
from journal_app.words import safety_step_label

PLAN = SafetyPlan.of(
    {
        Step.WARNING_SIGNS: ["I stop answering messages"],
        Step.HELP: ["my sister Ana"],
        Step.REASONS: ["my cat Pepper"],
    }
)


def _text(data: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages
    )


def test_the_pdf_holds_every_step_and_what_the_user_wrote() -> None:
    text = _text(safety_plan_pdf(PLAN, [("Samaritans", "116 123")]))
    assert "My safety plan" in text
    assert "local emergency number" in text
    for step in Step:
        assert safety_step_label(step) in text
    for words in ("I stop answering messages", "my sister Ana", "my cat Pepper"):
        assert words in text
    assert "Samaritans: 116 123" in text


def test_an_empty_plan_prints_as_a_form_to_fill_in_by_hand() -> None:
    text = _text(safety_plan_pdf(SafetyPlan()))
    assert "Reasons to keep going" in text and "____" in text


def test_a_long_plan_runs_onto_further_pages(tmp_path: Path) -> None:
    long = SafetyPlan.of({step: [f"{step.value} line {i}" for i in range(20)] for step in Step})
    out = write_safety_plan_pdf(long, tmp_path / "plan.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) > 2
    assert "continued" in reader.pages[1].extract_text()
