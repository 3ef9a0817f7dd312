// Switching the language reloads the page: when the person has typed into a form and not sent it, the
// switcher asks first, in the page's language, so that nothing typed is lost by surprise.
(function () {
    var languages = document.querySelector('.languages');
    if (!languages) {
        return;
    }
    var typed = false;
    document.addEventListener('input', function (event) {
        if (event.target.form && !languages.contains(event.target)) {
            typed = true;
        }
    }, true);
    document.addEventListener('submit', function (event) {
        if (!languages.contains(event.target)) {
            typed = false;
        }
    }, true);
    languages.addEventListener('click', function (event) {
        if (typed && event.target.closest('.language-switch') && !window.confirm(languages.getAttribute('data-unsaved'))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);
}());
