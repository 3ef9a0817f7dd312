// The bell's count of unread notices, asked for once the page has loaded.
(function () {
    var count = document.getElementById('bell-count');
    if (!count || !window.fetch) {
        return;
    }
    fetch(count.getAttribute('data-url'), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
            if (data && data.unread > 0) {
                count.textContent = data.unread > 99 ? '99+' : String(data.unread);
                count.hidden = false;
                count.parentNode.setAttribute('aria-label', count.getAttribute('data-label') + ': ' + data.unread);
            }
        });
}());
