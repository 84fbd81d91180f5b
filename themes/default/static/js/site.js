/* Reader preferences and keyboard shortcuts; loaded on every page (no inline code). */
(function () {
  "use strict";
  var KEY = "archive-font-step";
  var MIN = -2, MAX = 4;
  var root = document.documentElement;

  function readStep() {
    try {
      var v = parseInt(window.localStorage.getItem(KEY), 10);
      return isNaN(v) ? 0 : Math.max(MIN, Math.min(MAX, v));
    } catch (e) {
      return 0;
    }
  }

  function applyStep(step) {
    root.setAttribute("data-font-step", String(step));
  }

  function saveStep(step) {
    try { window.localStorage.setItem(KEY, String(step)); } catch (e) { /* private mode: not remembered */ }
  }

  applyStep(readStep());

  function isTyping(target) {
    if (!target) { return false; }
    var tag = target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var group = document.querySelector(".font-size");
    if (group) {
      group.hidden = false;
      group.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-font-step]");
        if (!button) { return; }
        var delta = parseInt(button.getAttribute("data-font-step"), 10);
        var step = Math.max(MIN, Math.min(MAX, readStepFromRoot() + delta));
        applyStep(step);
        saveStep(step);
        updateButtons(group, step);
      });
      updateButtons(group, readStepFromRoot());
    }

    document.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isTyping(event.target)) { return; }
      var rel = event.key === "ArrowLeft" ? "prev" : event.key === "ArrowRight" ? "next" : null;
      if (!rel) { return; }
      var link = document.querySelector("main a[rel~='" + rel + "']");
      if (link) { window.location.href = link.href; }
    });
  });

  function readStepFromRoot() {
    var v = parseInt(root.getAttribute("data-font-step"), 10);
    return isNaN(v) ? 0 : v;
  }

  function updateButtons(group, step) {
    var smaller = group.querySelector("[data-font-step='-1']");
    var larger = group.querySelector("[data-font-step='1']");
    if (smaller) { smaller.disabled = step <= MIN; }
    if (larger) { larger.disabled = step >= MAX; }
  }
})();
