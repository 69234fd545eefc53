// Broadsheet live reload. `broadsheet serve` adds this script to the pages it serves; `broadsheet build`
// never writes it. It listens to the server's event stream: "reload" reloads the page, "build-error"
// shows the error over the page (the last good site stays underneath), "hello" tells which build the
// server holds, so a page that missed a reload while it was disconnected catches up.
(function () {
  'use strict';
  var script = document.currentScript;
  var generation = script ? script.getAttribute('data-generation') : null;
  var overlayId = '__broadsheet-build-error';

  function showError(message) {
    var overlay = document.getElementById(overlayId);
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = overlayId;
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483647;' +
        'overflow:auto;margin:0;padding:2rem;background:rgba(30,0,0,.93);color:#ffe0e0;' +
        'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left';
      var title = document.createElement('p');
      title.style.cssText = 'margin:0 0 1rem;font-weight:bold;color:#fff';
      title.textContent = 'Broadsheet could not rebuild the site. The last good build is still served; ' +
        'fix the file and save to try again.';
      var details = document.createElement('pre');
      details.style.cssText = 'margin:0;white-space:pre-wrap;word-break:break-word';
      overlay.appendChild(title);
      overlay.appendChild(details);
      (document.body || document.documentElement).appendChild(overlay);
    }
    overlay.lastChild.textContent = message;
  }

  if (typeof EventSource === 'undefined') {
    return;
  }
  // Only a visible page holds a connection: browsers allow about six per server, and tabs left in
  // the background would otherwise use them up. A page that comes back reconnects, and the "hello"
  // generation tells it whether it missed a rebuild.
  var events = null;
  function connect() {
    if (events !== null) {
      return;
    }
    events = new EventSource('/__broadsheet/events');
    events.addEventListener('hello', function (event) {
      if (generation !== null && event.data !== generation) {
        location.reload();
      }
    });
    events.addEventListener('reload', function () {
      location.reload();
    });
    events.addEventListener('build-error', function (event) {
      showError(event.data);
    });
  }
  function disconnect() {
    if (events !== null) {
      events.close();
      events = null;
    }
  }
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      disconnect();
    } else {
      connect();
    }
  });
  window.addEventListener('pagehide', disconnect);
  window.addEventListener('pageshow', function () {
    if (document.visibilityState !== 'hidden') {
      connect();
    }
  });
  if (document.visibilityState !== 'hidden') {
    connect();
  }
})();
