/**
 * Internal dependencies
 */
import type { Entitlement } from '../../../api/types';

export function makeEntitlement(
	id: number,
	overrides: Partial< Entitlement > = {}
): Entitlement {
	return {
		id,
		customer_email: `customer${ id }@example.com`,
		number: 2026,
		status: 'active',
		deferred_amount: '10.00',
		earned_amount: '0.00',
		currency: 'USD',
		created_at: '2026-01-01T00:00:00',
		...overrides,
	};
}
