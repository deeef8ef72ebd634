import io

from unspin.scan.progress import Progress


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_line_shows_count_rate_eta_and_errors():
    out = io.StringIO()
    p = Progress(10, stream=out, log_every=0)
    p.started -= 4.0            # four seconds ago
    p.update(2, errors=1)
    line = out.getvalue().splitlines()[-1]
    assert "2/10" in line and "20%" in line and "docs/s" in line and "ETA 0:1" in line and "1 unreadable" in line
    p.update(8)
    p.finish("done")
    lines = out.getvalue().splitlines()
    assert lines[-2].count("#") == 28 and "10/10" in lines[-2] and lines[-1] == "done"
    assert sum("10/10" in x for x in lines) == 1      # the last state is not printed twice


def test_progress_redraws_one_line_on_a_terminal_and_can_be_silenced():
    tty = _Tty()
    p = Progress(3, stream=tty)
    p._interval = 0
    p.update()
    p.update()
    assert tty.getvalue().count("\r") == 2 and "\n" not in tty.getvalue()
    quiet = io.StringIO()
    q = Progress(3, stream=quiet, enabled=False)
    q.update(3)
    q.finish("x")
    assert quiet.getvalue() == ""
