/**
 * Types of the Entitlement Ledger REST API (namespace entitlement-ledger/v1).
 */

export type EntitlementStatus = 'active' | 'redeemed' | 'expired' | 'cancelled';

/**
 * An entitlement as listed by `GET /entitlements`.
 *
 * Money amounts are decimal strings (`"12.50"`) in `currency` (ISO 4217).
 */
export interface Entitlement {
	id: number;
	customer_id?: number | null;
	customer_email: string;
	subscription_id?: number | null;
	type?: string;
	number: number;
	status: EntitlementStatus;
	deferred_amount: string;
	earned_amount: string;
	currency: string;
	starts_at?: string | null;
	expires_at?: string | null;
	created_at: string;
	updated_at?: string;
}

export type EntitlementOrderBy =
	| 'id'
	| 'number'
	| 'status'
	| 'customer_email'
	| 'created_at'
	| 'deferred_amount'
	| 'deferred_balance'
	| 'expires_at'
	| 'redeemed_at';

/**
 * Query arguments of `GET /entitlements`.
 */
export interface EntitlementQuery {
	page?: number;
	per_page?: number;
	search?: string;
	status?: EntitlementStatus;
	number?: number;
	customer?: number;
	email?: string;
	subscription?: number;
	type?: string;
	after?: string;
	before?: string;
	orderby?: EntitlementOrderBy;
	/**
	 * Sort direction, as everywhere in the WordPress REST API. The server
	 * also accepts a number here, read as a WooCommerce order id filter
	 * (design.md names both `order`); that use is left out of the client
	 * until a screen needs it.
	 */
	order?: SortOrder;
}

export type SortOrder = 'asc' | 'desc';

/**
 * A page of a collection with the totals of `X-WP-Total` / `X-WP-TotalPages`.
 */
export interface Page< T > {
	items: T[];
	total: number;
	totalPages: number;
}

/**
 * A REST error, normalised from a `WP_Error` response or a network failure.
 */
export interface ApiError {
	code: string;
	message: string;
	status?: number;
	data?: unknown;
}
