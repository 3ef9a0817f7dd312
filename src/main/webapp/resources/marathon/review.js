// The review's running total: the points of the levels chosen so far, out of the rubric's most, kept
// current as levels are chosen, with the noun in its plural form for the number (the page's texts).
(function () {
    var total = document.getElementById('running-total');
    var form = document.getElementById('review');
    if (!total || !form) {
        return;
    }
    var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(total.getAttribute('data-lang')) : null;
    function points(n) {
        var form = rules ? rules.select(n) : 'many';
        var pattern = total.getAttribute('data-' + (form === 'one' || form === 'few' ? form : 'many'));
        return pattern.replace('{0}', n);
    }
    function update() {
        var sum = 0;
        form.querySelectorAll('input[type=radio][name$=":score"]:checked').forEach(function (radio) {
            sum += parseInt(radio.value, 10) || 0;
        });
        total.textContent = total.getAttribute('data-template').replace('{0}', points(sum))
            .replace('{1}', total.getAttribute('data-max'));
    }
    // Captured before PrimeFaces' radio boxes handle (and stop) the click; counted once they have.
    form.addEventListener('change', update, true);
    form.addEventListener('click', function () { window.setTimeout(update, 0); }, true);
    form.addEventListener('keyup', function () { window.setTimeout(update, 0); }, true);
}());
