// wecom-hw console: keeps the emulator page live. "frames" events carry the new rows of
// the frame log, already rendered and masked by the server, newest first; "state" events
// carry each device's cells (in the page's language), each fault switch's state and the
// connections summary. EventSource
// reconnects by itself and says the last frame it saw (Last-Event-ID): nothing repeats.
(function () {
  "use strict";
  var root = document.getElementById("emu-live");
  if (!root || !window.EventSource) return;
  var body = document.querySelector("#frames tbody");
  var keep = parseInt(root.getAttribute("data-keep"), 10) || 200;
  var es = new EventSource(root.getAttribute("data-events"));
  es.addEventListener("frames", function (e) {
    if (!body) return;
    var none = document.getElementById("frames-none");
    if (none) none.remove();
    body.insertAdjacentHTML("afterbegin", e.data);
    while (body.rows.length > keep) body.deleteRow(body.rows.length - 1);
    document.body.setAttribute("data-updated", String(Date.now()));
  });
  es.addEventListener("state", function (e) {
    var s = JSON.parse(e.data);
    Object.keys(s.devices || {}).forEach(function (sn) {
      var row = document.querySelector('tr[data-sn="' + sn + '"]');
      if (!row) return;
      var d = s.devices[sn];
      var online = row.querySelector(".online");
      online.textContent = d.online;
      online.className = "online " + (d.is_online ? "good" : "muted");
      var stage = row.querySelector(".stage");
      stage.textContent = d.stage;
      stage.title = d.stage_name;
      row.querySelector(".registered").textContent = d.registered;
      row.querySelector(".bound").textContent = d.corp;
    });
    var summary = document.getElementById("emu-summary");
    if (summary && s.summary) {
      summary.textContent = s.summary;
      summary.setAttribute("data-connections", String(s.connections));
    }
    var faults = document.getElementById("faults");
    Object.keys(s.faults || {}).forEach(function (name) {
      var b = document.getElementById("fault-" + name);
      if (!b) return;
      var on = s.faults[name];
      b.className = "fault " + (on ? "on" : "off");
      b.setAttribute("aria-pressed", on ? "true" : "false");
      b.querySelector(".state").textContent = faults.getAttribute(on ? "data-on" : "data-off");
      b.form.elements.on.value = on ? "0" : "1";
    });
  });
})();
