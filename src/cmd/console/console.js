// wecom-hw console: keeps the line page live. The server sends the whole live section,
// already rendered in this page's language, as a "line" event after each store change;
// EventSource reconnects by itself when the console restarts.
(function () {
  "use strict";
  var live = document.getElementById("live");
  if (!live || !window.EventSource) return;
  var es = new EventSource(live.getAttribute("data-events"));
  es.addEventListener("line", function (e) {
    live.innerHTML = e.data;
    document.body.setAttribute("data-updated", String(Date.now()));
  });
})();
