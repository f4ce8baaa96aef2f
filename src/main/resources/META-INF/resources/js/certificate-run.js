// Optional: moves the progress bar of a running certificate run without reloading; the page works without it.
(function () {
  var bar = document.getElementById('run-progress');
  if (!bar || !window.fetch) {
    return;
  }
  var processed = document.getElementById('run-processed');
  function poll() {
    fetch(bar.getAttribute('data-progress-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (run) {
        bar.value = run.processed;
        bar.textContent = run.percent + '%';
        processed.textContent = run.processed;
        if (run.state === 'RUNNING') {
          setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
