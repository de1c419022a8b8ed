"""The window's log file: rotating, and private like everything else under the data directory."""

from __future__ import annotations

import os
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO, Any

from briefreader.paths import PRIVATE_FILE_MODE, owner_only


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files, the fresh one after each rotation too, are created 0600
    (the standard handler creates them by the umask, usually 0644: readable by every account)."""

    def _open(self) -> IO[Any]:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
        owner_only(Path(self.baseFilename))   # a log an older version made 0644
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
