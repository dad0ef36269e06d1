"""Results kept on disk while a large run goes on, so that memory stays flat."""
from __future__ import annotations

import os
import pickle
import tempfile
from typing import Iterator

from jxcheck.engine.results import Digest, FileResult, digest


class ResultStore:
    """Results kept in a temporary file as they arrive (pickled one by one), read back on each pass:
    a report over thousands of forms holds one result in memory at a time."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._offsets: list[int] = []
        self.digests: list[Digest] = []  # counts, roll-ups and the exit code read these, not the file
        self._marks: dict = {}

    def append(self, result: FileResult) -> None:
        self.digests.append(digest(result, self._marks))
        self._file.seek(0, os.SEEK_END)
        self._offsets.append(self._file.tell())
        pickle.dump(result, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def __len__(self) -> int:
        return len(self._offsets)

    def __iter__(self) -> Iterator[FileResult]:
        for offset in self._offsets:
            self._file.seek(offset)
            yield pickle.load(self._file)

    def __getitem__(self, index: int) -> FileResult:
        self._file.seek(self._offsets[index])
        return pickle.load(self._file)

    def __setitem__(self, index: int, result: FileResult) -> None:
        """Put a result in place of another (a self-evaluation checked again against its target form)."""
        self.digests[index] = digest(result, self._marks)
        self._file.seek(0, os.SEEK_END)
        self._offsets[index] = self._file.tell()
        pickle.dump(result, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def close(self) -> None:
        self._file.close()
