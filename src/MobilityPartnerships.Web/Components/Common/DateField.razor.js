// A date field's calendar, just opened: focus goes to the chosen month or day (else the first), and the arrow keys
// move between months or days as they are laid out on screen.
export function opened(panel) {
    if (!panel) {
        return;
    }

    const choices = () => [...panel.querySelectorAll('button.mud-picker-month:not([disabled]), button.mud-picker-calendar-day:not([disabled])')]
        .filter(b => !b.classList.contains('mud-hidden') && b.offsetParent !== null);
    const chosen = panel.querySelector('button.mud-picker-month:has(.mud-picker-month-selected), button.mud-picker-calendar-day.mud-selected');
    (chosen ?? choices()[0])?.focus();

    if (panel.dataset.arrows) {
        return;
    }

    // The calendar writes the chosen month as a heading (h5) for its size alone: it is no heading of the page.
    const notHeadings = () => panel.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(h => h.setAttribute('role', 'none'));
    notHeadings();
    new MutationObserver(notHeadings).observe(panel, { childList: true, subtree: true });

    panel.dataset.arrows = 'on';
    panel.addEventListener('keydown', event => {
        const all = choices();
        const at = all.indexOf(document.activeElement);
        if (at < 0 || !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) {
            return;
        }

        const here = all[at].getBoundingClientRect();
        let next;
        if (event.key === 'ArrowLeft') {
            next = all[at - 1];
        } else if (event.key === 'ArrowRight') {
            next = all[at + 1];
        } else {
            // The nearest choice in the same column, on the row above or below.
            const down = event.key === 'ArrowDown';
            next = all
                .filter(b => Math.abs(b.getBoundingClientRect().left - here.left) < here.width / 2)
                .filter(b => down ? b.getBoundingClientRect().top > here.top + 1 : b.getBoundingClientRect().top < here.top - 1)
                .sort((a, b) => down ? a.getBoundingClientRect().top - b.getBoundingClientRect().top : b.getBoundingClientRect().top - a.getBoundingClientRect().top)[0];
        }

        if (next) {
            event.preventDefault();
            next.focus();
        }
    });
}
