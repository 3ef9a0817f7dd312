// A visitor's time zone, from the browser: kept in a cookie for a year, so that public pages (the call's
// dates, the deadline) read in it and registration proposes it. Set once; the page reloads that once.
(function () {
    var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || document.cookie.split('; ').some(function (c) { return c.indexOf('marathon-zone=') === 0; })) {
        return;
    }
    document.cookie = 'marathon-zone=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
    if (zone !== document.documentElement.getAttribute('data-zone')) {
        location.reload();
    }
}());
