/* Registers the service worker (sw.js at the site root) over http(s) only:
   from file:// pages are read straight from disk and there is nothing to cache. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol) || !script) return;
  var worker = new URL("../sw.js", script.src);
  function register() {
    navigator.serviceWorker.register(worker.href).catch(function () { /* offline reading is optional */ });
  }
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register);
})();
