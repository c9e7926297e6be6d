// Starts Pain Atlas in the page: checks that the browser can run it (WebAssembly, WebGL 2) and
// says so in plain words when it cannot, offers the site for offline use, then loads the
// program (painatlas.js, painatlas.wasm, painatlas.data).
(function () {
  "use strict";
  window.painatlasMarks = { "start-script": performance.now() };
  const status = document.getElementById("status");
  const statusText = document.getElementById("status-text");
  // When the program cannot run, the reader is told why and offered the same content as the
  // plain web pages the site also carries (pages/).
  function explain(message) {
    statusText.textContent = message;
    document.getElementById("status-pages").hidden = false;
    status.classList.remove("hidden");
  }

  // Cheap checks only: creating a WebGL context here would start the GPU process before the
  // program has even been asked for. A browser that has WebGL 2 but cannot give a context (the
  // GPU blocked, acceleration off) is told by the program itself (PainAtlasWeb.fail).
  function missing() {
    if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function")
      return "This browser cannot run WebAssembly, which Pain Atlas needs.";
    // The program uses WebAssembly's exception handling (Chrome and Edge 95, Firefox 100,
    // Safari 15.2 and later): a function with an empty try/catch_all, validated, not run.
    const tryCatch = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0,
                                     10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);
    if (!WebAssembly.validate(tryCatch))
      return "This browser is too old to run Pain Atlas.";
    if (typeof WebGL2RenderingContext === "undefined")
      return "This browser cannot draw with WebGL 2, which Pain Atlas needs.";
    return null;
  }
  const lacking = missing();
  if (lacking) {
    explain(lacking + " Please use a current version of Firefox, Chrome, Edge or Safari.");
    return;
  }

  // Offline use: the service worker keeps the site's files once they have been loaded. It needs
  // a secure origin (https, or localhost); elsewhere the site simply works online only.
  if ("serviceWorker" in navigator && window.isSecureContext) {
    window.addEventListener("load", () => {
      navigator.serviceWorker.register("sw.js").catch(() => {});
    });
  }

  window.painatlasExplain = explain;
  window.Module = {
    canvas: document.getElementById("canvas"),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: () => explain("Pain Atlas stopped unexpectedly. Reloading the page usually helps."),
    monitorRunDependencies: (left) => {
      if (left > 0) statusText.textContent = "Loading…";
    },
  };
  window.addEventListener("painatlas-milestone", (event) => {
    if (event.detail.name === "first-frame") status.classList.add("hidden");
  });
  const script = document.createElement("script");
  script.src = "painatlas.js";
  script.onerror = () => explain("Pain Atlas could not be loaded. Check the connection and reload.");
  // The drawing context is made once the program's script has run and its WebAssembly is
  // compiling in the background: starting the GPU side takes a while, and blocks the page while it
  // does. The program takes this context over (GL_PREINITIALIZED_CONTEXT). ImGui draws flat 2D: no
  // depth, stencil, antialiasing or transparency against the page.
  script.onload = () => {
    const context = window.Module.canvas.getContext("webgl2", {
      alpha: false, antialias: false, depth: false, stencil: false, premultipliedAlpha: false,
    });
    if (context) window.Module.preinitializedWebGLContext = context;
  };
  document.body.appendChild(script);
})();
