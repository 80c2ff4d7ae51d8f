/**
 * Moves focus to the first field a form marks invalid (aria-invalid), once
 * the messages have rendered, so keyboard and screen reader users land on
 * what needs fixing.
 *
 * @param form The form.
 */
export function focusFirstInvalid( form: HTMLElement | null ): void {
	setTimeout( () => {
		form?.querySelector< HTMLElement >( '[aria-invalid="true"]' )?.focus();
	}, 0 );
}
