// The page's heading takes the focus after a navigation (Components/Layout/HeadingFocus.razor), unless the user has
// already put it on something of the new page (inside its main content) or of an open dialog: the heading's turn may
// come after the user's first click on a slow connection, and must not take the focus from the button just pressed.
window.mobilityPartnerships = window.mobilityPartnerships || {};
window.mobilityPartnerships.focusHeading = selector => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected && active.closest('main, .mud-dialog-container')
        && !active.matches('main')) {
        return;
    }

    const heading = document.querySelector(selector);
    if (!heading) {
        return;
    }

    if (!heading.hasAttribute('tabindex')) {
        heading.tabIndex = -1;
    }

    heading.focus({ preventScroll: true });
};
