// Keyboard focus and dialogs, for every dialog of the app, in the browser itself (a round trip to the server is too slow
// for a quick Tab): Tab and Shift+Tab cycle within the topmost open dialog; when a dialog closes and leaves the focus
// nowhere (the control that opened it was disabled meanwhile, as Save is while saving), it goes back to that control.
(() => {
    const focusable = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
    const topmost = () => [...document.querySelectorAll('.mud-dialog-container .mud-focus-trap-child-container')].pop();
    let before = null;

    document.addEventListener('focusin', event => {
        if (!event.target.closest('.mud-dialog-container')) {
            before = event.target;
        }
    });

    document.addEventListener('keydown', event => {
        const dialog = event.key === 'Tab' ? topmost() : null;
        if (!dialog) {
            return;
        }

        const inside = [...dialog.querySelectorAll(focusable)].filter(e => e.getClientRects().length > 0);
        if (inside.length === 0) {
            return;
        }

        const first = inside[0];
        const last = inside[inside.length - 1];
        const active = document.activeElement;
        if (!dialog.contains(active) || (event.shiftKey ? active === first : active === last)) {
            event.preventDefault();
            (event.shiftKey ? last : first).focus();
        }
    }, true);

    let open = false;
    new MutationObserver(() => {
        const wasOpen = open;
        open = !!topmost();
        if (open || !wasOpen || !before || !before.isConnected) {
            return;
        }

        // The dialog's elements may leave the page over several renders, and the focus may sit in a closing dialog or on
        // the body for a while: for up to three seconds, whenever the focus is nowhere, it goes back to the opener; once
        // the user puts it anywhere else, it is left alone.
        const target = before;
        const nowhere = () => {
            const active = document.activeElement;
            return !active || active === document.body || !active.isConnected || !!active.closest('.mud-dialog-container');
        };
        let tries = 0;
        const restore = () => {
            if (topmost() || !target.isConnected) {
                return;
            }

            if (nowhere()) {
                target.focus();
            } else if (document.activeElement !== target) {
                return;
            }

            if (++tries < 60) {
                setTimeout(restore, 50);
            }
        };
        restore();
    }).observe(document.body, { childList: true, subtree: true });
})();
