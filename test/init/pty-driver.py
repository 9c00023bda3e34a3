#!/usr/bin/env python3
"""Drives a command through a real pseudo-terminal, like a person at a keyboard.

Reads a JSON script on stdin:
  {"argv": [...], "cwd": "...", "env": {...}, "timeout": 20,
   "steps": [{"expect": "regex", "send": "text"}, ...]}
For each step it waits until `expect` appears in the terminal output (ANSI escapes
removed, searched after the previous match), then types `send` ("\\r" is Enter,
"\\x03" is Ctrl-C, "\\x1b[B" is the down arrow). Then it waits for the process to end
and prints JSON: {"code": exit code, "output": the plain transcript, "error": ...}.
"""
import json
import os
import pty
import re
import select
import sys
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Za-z0-9]|\x1b[=>78]")


def plain(raw: bytes) -> str:
    return ANSI.sub("", raw.decode("utf-8", "replace")).replace("\r", "")


def main() -> None:
    script = json.load(sys.stdin)
    timeout = float(script.get("timeout", 20))
    env = dict(os.environ)
    env.update(script.get("env", {}))
    for key in [k for k, v in script.get("env", {}).items() if v is None]:
        env.pop(key, None)

    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(script["cwd"])
        os.execvpe(script["argv"][0], script["argv"], env)

    raw = b""
    error = None
    searched = 0

    def read_some(wait: float) -> bool:
        nonlocal raw
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        raw += chunk
        return True

    alive = True
    for step in script["steps"]:
        pattern = re.compile(step["expect"])
        deadline = time.monotonic() + timeout
        while True:
            text = plain(raw)
            match = pattern.search(text, searched)
            if match:
                searched = match.end()
                break
            if not alive or time.monotonic() > deadline:
                error = f"timed out waiting for {step['expect']!r}"
                break
            alive = read_some(0.1)
        if error:
            break
        # Let the prompt finish drawing before typing, as a person would.
        time.sleep(0.1)
        while alive and select.select([fd], [], [], 0)[0]:
            alive = read_some(0)
        os.write(fd, step["send"].encode("utf-8"))

    if error:
        os.kill(pid, 9)
    deadline = time.monotonic() + timeout
    while alive and time.monotonic() < deadline:
        alive = read_some(0.1)
    if alive:
        error = error or "the process did not end"
        os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    json.dump({"code": code, "output": plain(raw), "error": error}, sys.stdout)


if __name__ == "__main__":
    main()
