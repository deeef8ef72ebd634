"""Reading and writing documents. Imports no Qt."""
