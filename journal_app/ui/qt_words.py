"""Qt's own words in the dialogs the app opens, where Qt's translation lacks them.

Qt's Spanish (``qtbase_es.qm``) was written for older Qt: its file dialog still says
"Look in:" and "Files of type:" in English, because Qt 6 added a mnemonic to both.
The app's own translation carries these few (each in Qt's context, with Qt's
disambiguation), and Qt finds them there when its own file has none: a translator
installed earlier is asked after one installed later.

``packaging/translations.py`` reads ``WORDS`` into every ``.ts``. To find more, open
the dialog with a translator that records what Qt asks for and what comes back empty.
"""

from __future__ import annotations

# (context, English text, disambiguation), as Qt 6.11 asks for them.
WORDS: tuple[tuple[str, str, str], ...] = (
    ("QFileDialog", "&Look in:", ""),
    ("QFileDialog", "Files of &type:", ""),
    ("QAbstractFileIconProvider", "Folder", "All other platforms"),
    ("QAbstractFileIconProvider", "Drive", ""),
)
