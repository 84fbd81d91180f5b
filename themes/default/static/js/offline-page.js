/* The offline page: a "try again" link back to the page that could not be opened
   (the service worker passes its address as ?from=, a path inside the site). */
(function () {
  "use strict";
  var from = new URLSearchParams(location.search).get("from");
  var link = document.getElementById("offline-retry");
  if (!from || !link) return;
  var target = new URL(from, location.href);
  if (target.origin !== location.origin) return;
  link.href = target.href;
  link.parentNode.hidden = false;
})();
