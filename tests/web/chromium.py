"""Headless Chromium driven over the DevTools protocol, with the standard library only.

Chromium is started with --remote-debugging-pipe: it reads protocol messages on file descriptor
3 and writes them on 4, each a JSON object ended by a NUL byte. No WebSocket client, no npm
package and no browser download is needed; Debian's /usr/bin/chromium does the rendering (WebGL 2
through SwiftShader, which runs on machines without a GPU)."""

import base64
import itertools
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
import zlib

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Flags that work on machines without a display or GPU and with a closed network: SwiftShader
# renders WebGL 2 in software, and the background services that would try to reach Google are off.
FLAGS = [
    "--headless=new",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--no-sandbox",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-features=Translate,MediaRouter,OptimizationHints",
    "--metrics-recording-only",
    "--mute-audio",
    "--hide-scrollbars",
]


class ProtocolError(RuntimeError):
    pass


class Browser:
    """One Chromium process with a fresh profile, removed when closed."""

    def __init__(self, window=(1280, 800), extra_flags=()):
        self.profile = tempfile.mkdtemp(prefix="painatlas-chromium-")
        to_browser_read, to_browser_write = os.pipe()
        from_browser_read, from_browser_write = os.pipe()

        def pipes_as_3_and_4():
            os.dup2(to_browser_read, 3)
            os.dup2(from_browser_write, 4)

        command = [CHROMIUM, *FLAGS, *extra_flags, f"--user-data-dir={self.profile}",
                   f"--window-size={window[0]},{window[1]}", "--remote-debugging-pipe",
                   "about:blank"]
        self.log_path = os.path.join(self.profile, "chromium.log")
        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=self._log,
                                        stderr=subprocess.STDOUT, pass_fds=(3, 4),
                                        preexec_fn=pipes_as_3_and_4)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._out = os.fdopen(to_browser_write, "wb", buffering=0)
        self._in = os.fdopen(from_browser_read, "rb", buffering=0)
        self._ids = itertools.count(1)
        self._waiting = {}
        self._lock = threading.Lock()
        self._listeners = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        buffer = b""
        while True:
            chunk = self._in.read(1 << 16)
            if not chunk:
                break
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "id" in message:
                    with self._lock:
                        waiter = self._waiting.pop(message["id"], None)
                    if waiter:
                        waiter.put(message)
                else:
                    for listener in list(self._listeners):
                        listener(message)
        with self._lock:
            for waiter in self._waiting.values():
                waiter.put({"error": {"message": "Chromium closed the connection"}})
            self._waiting.clear()

    def send(self, method, params=None, session=None, timeout=60):
        identifier = next(self._ids)
        waiter = queue.Queue()
        with self._lock:
            self._waiting[identifier] = waiter
        message = {"id": identifier, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._out.write(json.dumps(message).encode() + b"\0")
        try:
            reply = waiter.get(timeout=timeout)
        except queue.Empty:
            raise ProtocolError(f"{method}: no answer in {timeout} s") from None
        if "error" in reply:
            raise ProtocolError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def listen(self, callback):
        self._listeners.append(callback)

    def new_context(self):
        """A browser context of its own: an empty cache and storage, like a new profile, in the
        running browser."""
        return self.send("Target.createBrowserContext")["browserContextId"]

    def close_context(self, context):
        self.send("Target.disposeBrowserContext", {"browserContextId": context})

    def new_page(self, width, height, scale=1.0, mobile=False, context=None):
        where = {"url": "about:blank"}
        if context:
            where["browserContextId"] = context
        target = self.send("Target.createTarget", where)["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
        return Page(self, target, session["sessionId"], width, height, scale, mobile)

    def close(self):
        try:
            self.send("Browser.close", timeout=10)
        except (ProtocolError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()
        self._out.close()
        self._reader.join(timeout=10)  # it stops at the end of the pipe, once Chromium is gone
        self._in.close()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Page:
    """A tab with a fixed viewport; records every request it makes and what its console says."""

    def __init__(self, browser, target, session, width, height, scale, mobile):
        self.browser = browser
        self.target = target
        self.session = session
        self.requests = []  # URLs asked for, in order
        self.transfers = {}  # request id -> bytes received over the network (compressed)
        self.responses = {}  # request id -> URL
        self.from_cache = set()
        self.console = []
        self.exceptions = []
        browser.listen(self._event)
        for domain in ("Page", "Runtime", "Network"):
            self.send(f"{domain}.enable")
        self.send("Network.setCacheDisabled", {"cacheDisabled": False})
        self.resize(width, height, scale, mobile)

    def send(self, method, params=None, timeout=60):
        return self.browser.send(method, params, self.session, timeout)

    def _event(self, message):
        if message.get("sessionId") != self.session:
            return
        method, params = message.get("method"), message.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Network.responseReceived":
            self.responses[params["requestId"]] = params["response"]["url"]
            if params["response"].get("fromServiceWorker") or params["response"].get(
                    "fromDiskCache"):
                self.from_cache.add(params["requestId"])
        elif method == "Network.loadingFinished":
            self.transfers[params["requestId"]] = params.get("encodedDataLength", 0)
        elif method == "Runtime.consoleAPICalled":
            self.console.append(" ".join(str(arg.get("value", arg.get("description", "")))
                                         for arg in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.exceptions.append(details.get("exception", {}).get("description")
                                   or details.get("text"))

    def resize(self, width, height, scale=1.0, mobile=False):
        self.width, self.height, self.scale = width, height, scale
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": scale,
                   "mobile": mobile, "screenWidth": width, "screenHeight": height})
        self.send("Emulation.setTouchEmulationEnabled", {"enabled": mobile, "maxTouchPoints": 5})

    def navigate(self, url):
        self.send("Page.navigate", {"url": url})

    def evaluate(self, expression, timeout=60):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True}, timeout)
        if "exceptionDetails" in result:
            raise ProtocolError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression, timeout=60, what=None):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.evaluate(expression)
            except ProtocolError:
                value = None
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(f"waited {timeout} s for {what or expression}; console: "
                           f"{self.console[-5:]}; exceptions: {self.exceptions[-3:]}")

    def screenshot(self):
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        return base64.b64decode(data)

    def key(self, key, code, key_code, text=None):
        """A key pressed and released, as a keyboard would send it."""
        down = {"type": "keyDown" if text is None else "keyDown", "key": key, "code": code,
                "windowsVirtualKeyCode": key_code, "nativeVirtualKeyCode": key_code}
        if text is not None:
            down["text"] = text
        self.send("Input.dispatchKeyEvent", down)
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": key, "code": code,
                                             "windowsVirtualKeyCode": key_code,
                                             "nativeVirtualKeyCode": key_code})

    def type_text(self, text):
        for character in text:
            upper = character.upper()
            code = f"Key{upper}" if upper.isalpha() else ""
            self.key(character, code, ord(upper), text=character)

    def tap(self, x, y):
        point = [{"x": x, "y": y, "id": 1}]
        self.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": point})
        self.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    def drag(self, x, y, dx, dy, steps=8):
        self.send("Input.dispatchTouchEvent", {"type": "touchStart",
                                               "touchPoints": [{"x": x, "y": y, "id": 1}]})
        for step in range(1, steps + 1):
            point = {"x": x + dx * step / steps, "y": y + dy * step / steps, "id": 1}
            self.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
            time.sleep(0.016)
        time.sleep(0.15)  # a finger that stops before lifting: no fling
        self.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    def click(self, x, y):
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left",
                                                   "clickCount": 1})

    def close(self):
        try:
            self.browser.send("Target.closeTarget", {"targetId": self.target})
        except ProtocolError:
            pass


def decode_png(data):
    """Width, height and rows of RGBA pixels of an 8-bit, non-interlaced PNG (what Chromium
    writes); enough to check a screenshot without an imaging library."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, chunks, header = 8, [], None
    while position < len(data):
        length = int.from_bytes(data[position:position + 4], "big")
        kind = data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
    width, height = int.from_bytes(header[0:4], "big"), int.from_bytes(header[4:8], "big")
    depth, colour, interlace = header[8], header[9], header[12]
    assert depth == 8 and colour in (2, 6) and interlace == 0, "unsupported PNG layout"
    channels = 4 if colour == 6 else 3
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc
                                      else corner)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows
