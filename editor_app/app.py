"""The review page: paste or upload a draft, Check it, accept or reject each suggestion, export.

Run with ``streamlit run editor_app/app.py``. A thin page: the review lives in ``st.session_state``
as a :class:`~editor_app.review.Review`, every button is an ``on_click`` callback calling one of its
methods, and the layout is drawn by :mod:`editor_app.ui.page`.
"""

from editor_app.ui.page import main

main()
