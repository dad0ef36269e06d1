"""The service's limits, each configurable (command-line option or environment variable) and documented in
docs/service.md. Defaults suit one office machine of 2 cores."""
from __future__ import annotations

import os
from dataclasses import dataclass, fields

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    file_mb: int = 20  # one uploaded file (a form is a few hundred kB)
    request_mb: int = 100  # all the files of one request together
    zip_files: int = 2000  # files inside one zip
    zip_ratio: int = 100  # uncompressed ÷ compressed size of a zip member (a zip bomb is far above)
    zip_total_mb: int = 500  # everything a zip unpacks to
    request_seconds: int = 120  # a request's check, after which it is answered 503
    concurrent: int = 1  # checks running at once in one server process (the processes are `serve --workers`)
    queue: int = 64  # requests waiting for a check before the service answers 503 (busy)

    @classmethod
    def from_env(cls, **given: int | None) -> "Limits":
        """Defaults, then JXCHECK_<NAME> environment variables, then what was given (options)."""
        values = {}
        for f in fields(cls):
            env = os.environ.get(f"JXCHECK_{f.name.upper()}")
            if given.get(f.name) is not None:
                values[f.name] = int(given[f.name])  # type: ignore[arg-type]
            elif env is not None and env.strip().isdigit():
                values[f.name] = int(env)
        return cls(**values)

    def running(self) -> int:
        return max(1, self.concurrent)
