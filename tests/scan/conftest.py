import pytest


@pytest.fixture(scope="session")
def scan_spec():
    """One spec (and so one engine in this process) for the whole session."""
    from unspin.scan.worker import ScanSpec, warm
    spec = ScanSpec.build()
    warm(spec)
    return spec
