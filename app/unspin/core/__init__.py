"""The document model and helpers shared by every front end. Imports no Qt."""
