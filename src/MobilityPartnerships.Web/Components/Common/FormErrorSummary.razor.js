// Moves focus to the first field of the form that shows an error; to the summary itself when none is found.
export function focusFirstInvalid(summary) {
    const form = summary?.closest('form') ?? document;
    const field = form.querySelector('[aria-invalid="true"], .mud-input-error input:not([type=hidden]), .mud-input-error textarea');
    const target = field ?? summary;
    if (target) {
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: 'center' });
    }
}
