// The page's half of painatlas in the browser, compiled into painatlas.js ahead of Emscripten's
// runtime (--pre-js), so FS, IDBFS and the exported functions are in scope. C++ reaches it
// through the EM_JS functions of browser.cpp and web_platform.cpp; it calls the painatlas_*
// functions of main.cpp.
//   store      IndexedDB through IDBFS: one sync at a time, under a lock all tabs share
//   address    history entries that carry the reader's place
//   touch      a finger on the canvas, handled by the program (touch_input.cpp)
//   text       a hidden field that brings up a phone's keyboard and passes on what is typed
//   files      downloads; speech through speechSynthesis; milestones for tests and benchmarks

var PainAtlasWeb = (function () {
  "use strict";
  const kUserFolder = "/user";
  const kLockName = "painatlas-user-data";
  const kChannelName = "painatlas-user-data";
  const kGlfwBackspace = 259;
  const kGlfwEnter = 257;
  // Milestones of the start, in milliseconds since navigation began (start.js has the first).
  const web = { milestones: Object.assign({}, window.painatlasMarks || {}) };
  web.milestones["program-script"] = performance.now();
  // Events can come before the program has started (a voice list loading, a resize).
  function wakeProgram() {
    if (Module.calledRun && !ABORT) Module._painatlas_wake();
  }

  // --- store --------------------------------------------------------------------------------
  function syncfs(populate) {
    return new Promise((resolve, reject) =>
      FS.syncfs(populate, (error) => (error ? reject(error) : resolve())));
  }
  // Every read and write of IndexedDB happens under one lock shared by all tabs of the site, so a
  // tab never copies the store while another is halfway through writing it.
  function withLock(job) {
    if (navigator.locks && navigator.locks.request)
      return navigator.locks.request(kLockName, { mode: "exclusive" }, job);
    return job();  // older browsers: no lock, the merge still keeps most changes
  }
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(kChannelName) : null;
  const store = {
    available: true,
    busy: false,
    again: false,
    syncs: 0,
    request() {
      if (!store.available) return;
      if (store.busy) {
        store.again = true;
        return;
      }
      store.busy = true;
      withLock(async () => {
        await syncfs(true);
        const wrote = Module._painatlas_store_sync() !== 0;
        if (wrote) await syncfs(false);
        return wrote;
      }).then((wrote) => {
        store.syncs += 1;
        if (wrote && channel) channel.postMessage("changed");
      }, (error) => {
        store.available = false;
        tellStoreUnavailable(error);
      }).finally(() => {
        store.busy = false;
        if (store.again) {
          store.again = false;
          store.request();
        }
      });
    },
  };
  web.store = store;
  if (channel) channel.onmessage = () => store.request();

  function tellStoreUnavailable(error) {
    const why = String((error && (error.name || error.message)) || error || "no IndexedDB");
    Module.ccall("painatlas_store_unavailable", null, ["string"], [why.slice(0, 80)]);
  }

  // Before main(): the store is copied in from IndexedDB, under the lock, and the lock is held
  // until main() has read it (moving aside what it cannot read, which is then stored). This
  // starts as soon as the runtime's JavaScript is evaluated (preInit), so IndexedDB is read while
  // the WebAssembly compiles and the data downloads.
  let mainDone;
  const mainFinished = new Promise((resolve) => (mainDone = resolve));
  function mountStore() {
    FS.mkdir(kUserFolder);
    let failure = null;
    try {
      FS.mount(IDBFS, {}, kUserFolder);
    } catch (error) {
      failure = error;
    }
    addRunDependency("painatlas-store");
    withLock(async () => {
      if (!failure) {
        try {
          await syncfs(true);
        } catch (error) {
          failure = error;
        }
      }
      web.milestones["store-read"] = performance.now();
      removeRunDependency("painatlas-store");
      // A program that never starts must not keep other tabs waiting.
      await Promise.race([mainFinished, new Promise((resolve) => setTimeout(resolve, 15000))]);
      if (failure) {
        store.available = false;
        tellStoreUnavailable(failure);
      } else if (Module._painatlas_store_startup_wrote && Module._painatlas_store_startup_wrote()) {
        await syncfs(false);
      }
    }).catch(() => removeRunDependency("painatlas-store"));
  }
  Module.preInit = [].concat(Module.preInit || [], [mountStore]);
  Module.postRun = [].concat(Module.postRun || [], [() => mainDone()]);
  Module.onRuntimeInitialized = () => (web.milestones["runtime"] = performance.now());

  // --- address ------------------------------------------------------------------------------
  web.setAddress = function (query, depth, pane, push) {
    const url = window.location.pathname + query + window.location.hash;
    const entry = { painatlas: 1, depth: depth, pane: pane };
    try {
      if (push) window.history.pushState(entry, "", url);
      else window.history.replaceState(entry, "", url);
    } catch (error) {
      // Some browsers limit how often the address may change; the next change catches up.
    }
  };
  web.goInHistory = (delta) => window.history.go(delta);
  window.addEventListener("popstate", (event) => {
    const entry = event.state && event.state.painatlas ? event.state : null;
    Module.ccall("painatlas_popstate", null, ["number", "number", "string"],
                 [entry ? entry.depth : -1, entry ? entry.pane : -1, window.location.search]);
  });

  // --- touch --------------------------------------------------------------------------------
  let finger = null;  // the identifier of the touch being followed; others are ignored
  function onTouch(event) {
    const canvas = Module.canvas;
    if (!canvas || event.target !== canvas) return;
    // The program handles the finger; the browser must not scroll, zoom or make mouse events.
    event.preventDefault();
    event.stopPropagation();
    const rect = canvas.getBoundingClientRect();
    for (const touch of event.changedTouches) {
      const x = touch.clientX - rect.left;
      const y = touch.clientY - rect.top;
      if (event.type === "touchstart") {
        if (finger !== null) continue;
        finger = touch.identifier;
        Module._painatlas_touch(0, x, y);
      } else if (touch.identifier !== finger) {
        continue;
      } else if (event.type === "touchmove") {
        Module._painatlas_touch(1, x, y);
      } else if (event.type === "touchend") {
        finger = null;
        // Focusing here, inside the touch event, is what lets a phone show its keyboard.
        if (Module._painatlas_touch(2, x, y)) web.wantTextInput(true);
      } else {
        finger = null;
        Module._painatlas_touch(3, x, y);
      }
    }
  }
  for (const type of ["touchstart", "touchmove", "touchend", "touchcancel"])
    window.addEventListener(type, onTouch, { capture: true, passive: false });

  // --- text ---------------------------------------------------------------------------------
  // The field keeps one character so that a phone keyboard's backspace has something to delete
  // (and so fires an event); what is typed is found by comparing the value before and after.
  const kSentinel = "\u00a0";
  let textField = null;
  let lastValue = kSentinel;
  function resetTextField() {
    textField.value = kSentinel;
    lastValue = kSentinel;
  }
  function onTextInput(event) {
    const value = textField.value;
    let common = 0;
    while (common < value.length && common < lastValue.length && value[common] === lastValue[common])
      ++common;
    for (let i = common; i < lastValue.length; ++i) Module._painatlas_key(kGlfwBackspace);
    const added = value.slice(common).replace(/\n/g, "");
    if (added) Module.ccall("painatlas_text", null, ["string"], [added]);
    if (value.endsWith("\n")) Module._painatlas_key(kGlfwEnter);
    lastValue = value;
    // While a word is being composed (predictive keyboards) the field follows the composition.
    if (!event.isComposing) resetTextField();
  }
  function setUpTextField() {
    textField = document.getElementById("text-input");
    if (!textField) return;
    resetTextField();
    textField.addEventListener("input", onTextInput);
    textField.addEventListener("compositionend", resetTextField);
    // GLFW listens on the window for key presses too; the field passes characters on itself.
    textField.addEventListener("keypress", (event) => event.stopPropagation());
  }
  web.wantTextInput = function (wanted) {
    if (!textField) return;
    if (wanted && document.activeElement !== textField) {
      resetTextField();
      textField.focus({ preventScroll: true });
    } else if (!wanted && document.activeElement === textField) {
      textField.blur();
    }
  };

  // --- files, speech, milestones ------------------------------------------------------------
  web.download = function (name, bytes, mime) {
    const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.rel = "noopener";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  };

  // One utterance per paragraph, so the program can show which one is being read.
  const speech = {
    phase: 0,  // 0 idle, 1 speaking, 2 paused (SpeechPhase)
    paragraph: 0,
    queue: [],
    available() {
      return typeof speechSynthesis !== "undefined" && speechSynthesis.getVoices().length > 0;
    },
    clear() {
      speech.queue = [];
    },
    add(text) {
      speech.queue.push(text);
    },
    start(rate) {
      if (typeof speechSynthesis === "undefined") return;
      speechSynthesis.cancel();
      const paragraphs = speech.queue;
      speech.queue = [];
      speech.generation = (speech.generation || 0) + 1;
      const generation = speech.generation;
      paragraphs.forEach((text, index) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.rate = Math.min(Math.max(rate, 0.5), 2);
        utterance.onstart = () => {
          if (generation !== speech.generation) return;
          speech.phase = 1;
          speech.paragraph = index;
          wakeProgram();
        };
        utterance.onend = utterance.onerror = () => {
          if (generation !== speech.generation || index !== paragraphs.length - 1) return;
          speech.phase = 0;
          wakeProgram();
        };
        speechSynthesis.speak(utterance);
      });
      speech.phase = paragraphs.length ? 1 : 0;
      speech.paragraph = 0;
    },
    pause() {
      if (speech.phase !== 1) return;
      speechSynthesis.pause();
      speech.phase = 2;
    },
    resume() {
      if (speech.phase !== 2) return;
      speechSynthesis.resume();
      speech.phase = 1;
    },
    stop() {
      speech.generation = (speech.generation || 0) + 1;
      if (typeof speechSynthesis !== "undefined") speechSynthesis.cancel();
      speech.phase = 0;
    },
  };
  web.speech = speech;
  if (typeof speechSynthesis !== "undefined" && speechSynthesis.addEventListener)
    speechSynthesis.addEventListener("voiceschanged", wakeProgram);

  // The program cannot run here after all (no WebGL 2 context): plain words instead.
  web.fail = function (message) {
    if (window.painatlasExplain) window.painatlasExplain(message);
    if (Module.canvas) Module.canvas.style.display = "none";
  };

  web.milestone = function (name, at) {
    web.milestones[name] = at;
    window.dispatchEvent(new CustomEvent("painatlas-milestone", { detail: { name, at } }));
  };

  window.addEventListener("resize", wakeProgram);
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", setUpTextField);
  else
    setUpTextField();

  // The browser tests' window on the program (read-only), on pages opened with #painatlas-test.
  if (window.location.hash === "#painatlas-test") {
    window.painatlasTest = {
      text: () => UTF8ToString(Module._painatlas_test_text()),
      items: () => JSON.parse(UTF8ToString(Module._painatlas_test_items())),
      milestones: web.milestones,
      storeSyncs: () => store.syncs,
      storeIdle: () => !store.busy,
    };
  }
  return web;
})();
