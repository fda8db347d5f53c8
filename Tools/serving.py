"""Shared by Tools/fuzz-api and Tools/bench-serve: the release binary, and a `roles serve` process on a
free loopback port that is always stopped."""
import os
import pathlib
import re
import signal
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def release_binary():
    """Builds `roles` in release mode (quietly) and returns its path."""
    namespace = {"__file__": str(ROOT / "Tools" / "eval"), "__name__": "eval"}
    exec(compile((ROOT / "Tools" / "eval").read_text(), "eval", "exec"), namespace)
    return namespace["ensure_release_binary"]()


def build_index(binary, index, onet=None, extra=()):
    """Builds an index: from the built-in Corpus/, or from the O*NET folder `onet`; `extra` adds options
    (`--exposure FILE`, `--wages FILE`)."""
    command = [str(binary), "index", "build", "--index", str(index)]
    if onet:
        command += ["--onet", str(onet)]
    command += [str(part) for part in extra]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


class Server:
    """`roles serve --port 0` with its log in `log`; the address is read from the line it prints."""

    def __init__(self, binary, index, log, extra=()):
        self.log = pathlib.Path(log)
        self.handle = open(self.log, "wb")
        self.process = subprocess.Popen([str(binary), "serve", "--port", "0", "--index", str(index), *extra],
                                        stdout=subprocess.DEVNULL, stderr=self.handle)
        self.base = None

    def __enter__(self):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and self.process.poll() is None:
            found = re.search(r"^roles: listening on (http://\S+)$", self.log.read_text(errors="replace"), re.M)
            if found:
                self.base = found.group(1)
                return self
            time.sleep(0.05)
        self.stop()
        sys.exit(f"roles serve did not start:\n{self.log.read_text(errors='replace')}")

    def __exit__(self, *exc):
        self.stop()

    @property
    def pid(self):
        return self.process.pid

    def rss_kb(self):
        """Resident set size from /proc/PID/status (VmRSS), in kB."""
        for line in pathlib.Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def cpu_seconds(self):
        """User plus system CPU time the server has used, from /proc/PID/stat."""
        fields = pathlib.Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        """SIGTERM, a graceful shutdown; returns the exit status (None if it had to be killed)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                self.handle.close()
                return None
        self.handle.close()
        return self.process.returncode

    def access_lines(self):
        """(method, path, status) of every request the server logged."""
        pattern = re.compile(r"\] (GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|TRACE|\S+) (\S*) (\d{3}) [\d.]+ ms$")
        lines = []
        with open(self.log, errors="replace") as handle:
            for line in handle:
                found = pattern.search(line.rstrip("\n"))
                if found:
                    lines.append((found.group(1), found.group(2), int(found.group(3))))
        return lines
