// The calendar's FullCalendar options that PrimeFaces does not expose (p:schedule's extender).
function marathonCalendar() {
    // A moment late in the evening (a module opening at 23:37, a due time at 23:00) is drawn on its own
    // day, not as a bar into the next one.
    this.cfg.options.nextDayThreshold = '09:00:00';
}
