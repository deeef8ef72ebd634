"""The analysis engine: finds spun forms and tortured phrases and proposes repairs. No Qt."""
from unspin.engine.analyzer import Analysis, Engine, EngineSettings

__all__ = ["Analysis", "Engine", "EngineSettings"]
