// PrimeFaces' upload box draws a progress bar per file without a name; each gets the name of its file,
// so that a screen reader says what is loading.
(function () {
    if (!window.MutationObserver) {
        return;
    }
    new MutationObserver(function () {
        document.querySelectorAll('.ui-fileupload-row .ui-progressbar:not([aria-label])').forEach(function (bar) {
            var row = bar.closest('.ui-fileupload-row');
            var name = row && row.querySelector('.ui-fileupload-filename');
            bar.setAttribute('aria-label', name ? name.textContent : 'upload');
        });
    }).observe(document.body, {subtree: true, childList: true});
}());
