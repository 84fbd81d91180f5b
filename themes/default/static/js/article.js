/* The "copy citation" button: the clipboard API, else select the text for Ctrl+C. */
(function () {
  "use strict";

  function selectText(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return selection;
  }

  function fallback(node, status) {
    selectText(node);
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    status.textContent = copied ? "已复制引用" : "已选中引用文字，请按 Ctrl+C（⌘+C）复制";
    node.classList.add(copied ? "copied" : "selected");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll("button[data-copy-target]");
    Array.prototype.forEach.call(buttons, function (button) {
      var node = document.getElementById(button.getAttribute("data-copy-target"));
      var status = button.parentNode.querySelector(".copy-status");
      if (!node || !status) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = node.textContent.trim();
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () {
            status.textContent = "已复制引用";
            node.classList.add("copied");
          }, function () { fallback(node, status); });
        } else {
          fallback(node, status);
        }
      });
    });
  });
})();
