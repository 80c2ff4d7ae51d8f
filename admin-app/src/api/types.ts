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
	customer_name?: string;
	subscription_id?: number | null;
	source_order_id?: number | null;
	type?: string;
	number: number;
	status: EntitlementStatus;
	deferred_amount: string;
	earned_amount: string;
	deferred_balance?: string;
	currency: string;
	starts_at?: string | null;
	expires_at?: string | null;
	redemption?: Redemption | null;
	notes?: string;
	created_at: string;
	updated_at?: string;
	deleted_at?: string | null;
	deleted_reason?: string | null;
	/** Single-entitlement responses only. */
	links?: EntitlementLinks;
}

export interface Redemption {
	method: 'standard' | 'custom';
	gift_id: number | null;
	order_id: number | null;
	note: string;
	redeemed_at: string;
	redeemed_by: number | null;
}

/**
 * wp-admin edit screens; null when missing or not open to the current user.
 */
export interface EntitlementLinks {
	customer: string | null;
	subscription: string | null;
	source_order: string | null;
	redemption_order: string | null;
}

/**
 * A journal line of `GET /ledger` (amount signed: debits positive).
 */
export interface LedgerLine {
	id: number;
	entry_id: number;
	entitlement_id: number | null;
	kind: string;
	account: string;
	amount: string;
	currency: string;
	memo: string;
	created_at: string;
	created_by: number | null;
}

/**
 * An entry of `GET /audit`.
 */
export interface AuditEntry {
	id: number;
	actor_type: string;
	actor_id: string;
	action: string;
	object_type: string;
	object_id: number | null;
	before: Record< string, unknown > | null;
	after: Record< string, unknown > | null;
	created_at: string;
}

/**
 * A gift customers may choose for a cycle (the fields redemption needs).
 */
export interface GiftOption {
	id: number;
	number: number;
	name: string;
	active: boolean;
}

/**
 * One item's result in a `POST /entitlements/batch` answer: the entitlement,
 * or `{ id, error }`.
 */
export type BatchItemResult =
	Entitlement | { id: number; error: { code: string; message: string } };

export interface BatchResult {
	create: BatchItemResult[];
	update: BatchItemResult[];
	delete: BatchItemResult[];
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
	status?: EntitlementStatus[];
	number?: number;
	currency?: string;
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
