"""The window's analysis job (gui/analysis_worker.py) and the neural model's readings.

The readings take seconds on a long page; a job whose text the user has since changed must stop
between them, or the next analysis waits in the one-thread pool for a result that is thrown away.
The model is a stand-in here (the stage's judgement is tested in tests/engine/test_second_opinion.py).
"""
from __future__ import annotations

from unspin.engine import Engine, EngineSettings, neural_lm
from unspin.gui.analysis_worker import AnalysisJob, JobSignals

PAGE = ("The Home Guidelines Committee superior the invoice on Tuesday, sending the laws to the ground for a "
        "vote. Officers mentioned the invoice would price 2 trillion dollars over ten years, and lawmakers "
        "mentioned they'd vote towards it. The lovely stadium sits on the ground floor of a large constructing. "
        "Her dad and mom stated the flicks have been very lovely, and the crowd was huge.")


class ReadingModel:
    """Answers "no preference"; ``on_read`` runs at each reading (the user typing meanwhile)."""

    def __init__(self, on_read=lambda: None):
        self.readings = 0
        self.on_read = on_read

    def gains(self, before, span, after, candidates):
        self.readings += 1
        self.on_read()
        return [0.0] * len(candidates)


def _run(qtbot, engine, monkeypatch, stop_while_reading: bool):
    job = None
    model = ReadingModel(lambda: job.stop.set() if stop_while_reading else None)
    monkeypatch.setattr(neural_lm, "shared_model", lambda: model)
    signals = JobSignals()
    got = []
    signals.cancelled.connect(lambda job_id: got.append(("cancelled", job_id)))
    signals.finished.connect(lambda job_id, _result: got.append(("finished", job_id)))
    signals.reading.connect(lambda job_id, done, total: got.append(("reading", job_id, done, total)))
    job = AnalysisJob(7, Engine(EngineSettings(), nlp=engine.nlp), PAGE, (0, len(PAGE)), signals)
    job.run()     # in this thread: the signals arrive at once
    return got, model.readings


def test_a_job_runs_the_readings_to_the_end_when_left_alone(qtbot, engine, monkeypatch):
    got, readings = _run(qtbot, engine, monkeypatch, stop_while_reading=False)
    assert got[-1] == ("finished", 7)
    # each reading is announced (the window shows "Asking the neural language model about N…")
    assert got[:-1] == [("reading", 7, k, readings) for k in range(readings + 1)]
    assert readings >= 2


def test_a_job_stopped_while_the_model_reads_stops_at_the_next_reading(qtbot, engine, monkeypatch):
    got, readings = _run(qtbot, engine, monkeypatch, stop_while_reading=True)
    assert got[-1] == ("cancelled", 7) and ("finished", 7) not in got
    assert readings == 1


def test_the_status_bar_says_what_the_model_is_reading(make_window, qtbot, monkeypatch):
    window = make_window()
    controller = window.analysis
    controller.runner.reading.emit(0, 3)
    assert "neural language model about 3 uncertain swaps" in window.statusBar().currentMessage()
    controller.runner.reading.emit(2, 3)
    bar = controller.status.progress
    assert (bar.maximum(), bar.value()) == (3, 2) and bar.isVisibleTo(window)
    assert controller.status.cancel_button.isVisibleTo(window)      # Stop stays offered
