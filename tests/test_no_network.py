import socket

import pytest


def test_internet_sockets_are_refused_during_tests():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(RuntimeError, match="reach the network"):
            s.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed, and never reached here
    finally:
        s.close()


def test_engine_analyses_with_network_refused(engine):
    analysis = engine.analyse("The officers mentioned a go to to the capital for 2 days.")
    assert analysis.suggestions, "the engine should work offline"
