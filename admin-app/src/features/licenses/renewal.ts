/**
 * The expiry a renewal sends for the date picked (the end of that day, UTC),
 * or null to let the server add the product's validity.
 *
 * @param date "YYYY-MM-DD" from a date input, or "".
 * @return ISO 8601 date-time, or null.
 */
export function renewalExpiry( date: string ): string | null {
	return /^\d{4}-\d{2}-\d{2}$/.test( date ) ? `${ date }T23:59:59Z` : null;
}
