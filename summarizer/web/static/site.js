// Convenience only: every page works without it (forms post, job pages refresh).
(function () {
  'use strict';
  // The job page: poll the status and reload once the job has finished.
  var job = document.getElementById('job');
  if (job && ['queued', 'running'].indexOf(job.getAttribute('data-status')) >= 0) {
    var progress = document.getElementById('progress');
    var elapsed = document.getElementById('elapsed');
    var poll = function () {
      fetch('/jobs/' + job.getAttribute('data-job') + '/status', {cache: 'no-store'})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (s) {
          if (!s) { setTimeout(poll, 2000); return; }  // a failed answer: ask again
          if (s.finished) { location.reload(); return; }
          if (progress) { progress.textContent = s.progress; }
          if (elapsed) { elapsed.textContent = String(Math.round(s.elapsed)); }
          setTimeout(poll, 1000);
        })
        .catch(function () { setTimeout(poll, 3000); });
    };
    setTimeout(poll, 500);
  }
  // The report frame: as tall as the report, so the page scrolls as one.
  var frame = document.getElementById('report');
  if (frame) {
    var fit = function () {
      try {
        var doc = frame.contentDocument;
        if (doc && doc.documentElement) {
          frame.style.height = (doc.documentElement.scrollHeight + 24) + 'px';
        }
      } catch (e) { /* another origin: keep the fixed height */ }
    };
    frame.addEventListener('load', function () { fit(); setTimeout(fit, 300); });
    window.addEventListener('resize', fit);
  }
  // The briefing-note form: more paste boxes on demand.
  var add = document.getElementById('add-article');
  var pasted = document.getElementById('pasted');
  if (add && pasted) {
    add.hidden = false;
    add.addEventListener('click', function () {
      var n = pasted.querySelectorAll('textarea').length + 1;
      var label = document.createElement('label');
      label.htmlFor = 'text' + n;
      label.textContent = 'Article ' + n + ' ';
      var small = document.createElement('small');
      small.textContent = '(paste)';
      label.appendChild(small);
      var box = document.createElement('textarea');
      box.id = 'text' + n; box.name = 'text'; box.rows = 6;
      pasted.appendChild(label); pasted.appendChild(box); box.focus();
    });
  }
})();
