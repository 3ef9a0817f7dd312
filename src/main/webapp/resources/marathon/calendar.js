// The calendar's FullCalendar options that PrimeFaces does not expose (p:schedule's extender).
function marathonCalendar() {
    var options = this.cfg.options;
    // A moment late in the evening (a module opening at 23:37, a due time at 23:00) is drawn on its own
    // day, not as a bar into the next one.
    options.nextDayThreshold = '09:00:00';
    // As tall as its weeks: no part of the calendar scrolls inside the page (on a phone a fixed height cut
    // the month into a box that scrolled, out of reach of the keyboard).
    options.height = 'auto';
    // On a phone the month's seven columns leave a title one letter wide: the month opens as a list of its
    // days and events ("Месяц" shows the grid).
    if (window.matchMedia('(max-width: 40rem)').matches) {
        options.initialView = 'listMonth';
    }
}
