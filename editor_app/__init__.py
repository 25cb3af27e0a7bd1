"""What a person touches: ingest, review state, export, the CLI and the Streamlit page."""
