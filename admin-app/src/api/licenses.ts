/**
 * Client of the license service's staff routes: `/licenses`, `/licenses/{id}`
 * and its actions, `/brands` with their licensed products and API keys.
 */

/**
 * Internal dependencies
 */
import { fetchPage, read, write } from './client';
import type { Page } from './types';

export type LicenseStatus = 'valid' | 'suspended' | 'cancelled' | 'expired';

export const LICENSE_STATUSES: readonly LicenseStatus[] = [
	'valid',
	'suspended',
	'cancelled',
	'expired',
];

/**
 * An instance (site, machine) a license was activated on.
 */
export interface Activation {
	instance: string;
	active: boolean;
	/** False for instances matching the brand's patterns (localhost, …). */
	uses_seat: boolean;
	first_seen_at: string;
	last_seen_at: string;
	activated_at: string;
	deactivated_at: string | null;
}

/**
 * A license as `GET /licenses` answers it (staff view).
 */
export interface License {
	id: number;
	brand: string;
	product: string;
	product_name: string;
	customer_email: string;
	customer_id: number | null;
	/** The status that applies now (a valid license past expiry is expired). */
	status: LicenseStatus;
	seats: number;
	seats_used: number;
	expires_at: string | null;
	/** The 8 characters after "ELK-" of the key; the key itself is never shown again. */
	key_prefix: string;
	source_order_id: number | null;
	created_at: string;
	updated_at: string;
	/** `GET /licenses/{id}` only. */
	activations?: Activation[];
	/** `GET /licenses/{id}` only: edit screens the user may open. */
	links?: { customer: string | null; source_order: string | null };
}

export type LicenseOrderBy =
	'id' | 'created_at' | 'expires_at' | 'customer_email';

export interface LicenseQuery {
	page?: number;
	per_page?: number;
	/** The start of the customer's email or of the key. */
	search?: string;
	brand?: string;
	product?: string;
	status?: LicenseStatus;
	orderby?: LicenseOrderBy;
	order?: 'asc' | 'desc';
}

export type LicenseAction = 'suspend' | 'resume' | 'cancel' | 'renew';

export interface LicenseActionInput {
	reason?: string;
	/** Renew only: the new expiry (UTC ISO 8601); left out, the product's validity. */
	expires_at?: string;
}

export interface Brand {
	id: number;
	slug: string;
	name: string;
	instance_patterns: string[];
	created_at: string;
	updated_at: string;
}

export interface BrandInput {
	slug?: string;
	name?: string;
	instance_patterns?: string[];
}

export interface LicensedProduct {
	id: number;
	brand: string;
	slug: string;
	name: string;
	seats: number;
	validity_days: number | null;
	wc_product_ids: number[];
	created_at: string;
}

export interface LicensedProductInput {
	slug?: string;
	name?: string;
	seats?: number;
	validity_days?: number | null;
	wc_product_ids?: number[];
}

export interface BrandKey {
	id: number;
	brand: string;
	name: string;
	/** e.g. "elb_7KQ2ABCD": enough to recognise a key, never to use it. */
	prefix: string;
	created_at: string;
	last_used_at: string | null;
	revoked_at: string | null;
	active: boolean;
}

/** The answer that created a key: the only one carrying the secret. */
export interface CreatedBrandKey extends BrandKey {
	key: string;
}

/**
 * `GET /licenses`.
 *
 * @param query Search, filters, sorting and paging.
 * @return A page of licenses.
 */
export function fetchLicenses(
	query: LicenseQuery = {}
): Promise< Page< License > > {
	return fetchPage< License >( '/licenses', query );
}

/**
 * `GET /licenses/{id}`: with its activations and links.
 *
 * @param id License id.
 * @return The license.
 */
export function fetchLicense( id: number ): Promise< License > {
	return read< License >( `/licenses/${ id }` );
}

/**
 * `POST /licenses/{id}/suspend|resume|cancel|renew`.
 *
 * @param id     License id.
 * @param action Transition.
 * @param input  Reason, and the new expiry of a renewal.
 * @return The changed license (without activations).
 */
export function postLicenseAction(
	id: number,
	action: LicenseAction,
	input: LicenseActionInput = {}
): Promise< License > {
	return write< License >( 'POST', `/licenses/${ id }/${ action }`, input );
}

/**
 * `POST /licenses/{id}/activations/deactivate`.
 *
 * @param id       License id.
 * @param instance Instance to deactivate.
 * @return The license with its activations.
 */
export function postDeactivateInstance(
	id: number,
	instance: string
): Promise< License > {
	return write< License >(
		'POST',
		`/licenses/${ id }/activations/deactivate`,
		{ instance }
	);
}

/**
 * `GET /brands`.
 *
 * @return Every brand.
 */
export function fetchBrands(): Promise< Page< Brand > > {
	return fetchPage< Brand >( '/brands' );
}

/**
 * `POST /brands` or `PATCH /brands/{slug}`.
 *
 * @param input Fields.
 * @param slug  Brand to change; omitted to create one.
 * @return The saved brand.
 */
export function saveBrandRequest(
	input: BrandInput,
	slug?: string
): Promise< Brand > {
	return slug
		? write< Brand >( 'PATCH', `/brands/${ slug }`, input )
		: write< Brand >( 'POST', '/brands', input );
}

/**
 * `GET /brands/{slug}/products`.
 *
 * @param brand Brand slug.
 * @return The brand's licensed products.
 */
export function fetchBrandProducts(
	brand: string
): Promise< Page< LicensedProduct > > {
	return fetchPage< LicensedProduct >( `/brands/${ brand }/products` );
}

/**
 * `POST /brands/{slug}/products` or `PATCH /brands/{slug}/products/{product}`.
 *
 * @param brand   Brand slug.
 * @param input   Fields.
 * @param product Product slug to change; omitted to create one.
 * @return The saved product.
 */
export function saveBrandProductRequest(
	brand: string,
	input: LicensedProductInput,
	product?: string
): Promise< LicensedProduct > {
	return product
		? write< LicensedProduct >(
				'PATCH',
				`/brands/${ brand }/products/${ product }`,
				input
			)
		: write< LicensedProduct >(
				'POST',
				`/brands/${ brand }/products`,
				input
			);
}

/**
 * `GET /brands/{slug}/keys`.
 *
 * @param brand Brand slug.
 * @return The brand's API keys (prefixes only).
 */
export function fetchBrandKeys( brand: string ): Promise< Page< BrandKey > > {
	return fetchPage< BrandKey >( `/brands/${ brand }/keys` );
}

/**
 * `POST /brands/{slug}/keys`.
 *
 * @param brand Brand slug.
 * @param name  What the key is for.
 * @return The key with its secret, shown this once.
 */
export function createBrandKeyRequest(
	brand: string,
	name: string
): Promise< CreatedBrandKey > {
	return write< CreatedBrandKey >( 'POST', `/brands/${ brand }/keys`, {
		name,
	} );
}

/**
 * `DELETE /brands/{slug}/keys/{id}`.
 *
 * @param brand Brand slug.
 * @param id    Key id.
 * @return The revoked key.
 */
export function revokeBrandKeyRequest(
	brand: string,
	id: number
): Promise< BrandKey > {
	return write< BrandKey >( 'DELETE', `/brands/${ brand }/keys/${ id }` );
}
