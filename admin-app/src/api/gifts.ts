/**
 * Client of `/gifts` and of the gift editor's product search (`/products`).
 */

/**
 * Internal dependencies
 */
import { fetchPage, write } from './client';
import type { Page } from './types';

export type GiftKind = 'predefined' | 'custom';

/**
 * A gift of the catalogue, as `GET /gifts` answers it.
 */
export interface Gift {
	id: number;
	/** The cycle (entitlement number) the gift is offered for. */
	number: number;
	name: string;
	description: string;
	image_id: number | null;
	image_url: string | null;
	product_id: number | null;
	kind: GiftKind;
	active: boolean;
	/** Most redemptions allowed; null for no cap. */
	stock: number | null;
	redeemed_count: number;
	available: boolean;
	created_at: string;
	updated_at: string;
}

/**
 * The writable fields of a gift.
 */
export interface GiftInput {
	number?: number;
	name?: string;
	description?: string;
	image_id?: number | null;
	product_id?: number | null;
	kind?: GiftKind;
	active?: boolean;
	stock?: number | null;
}

export interface GiftQuery {
	page?: number;
	per_page?: number;
	number?: number;
	active?: boolean;
	search?: string;
}

/**
 * A WooCommerce product or variation a gift can ship.
 */
export interface GiftProduct {
	id: number;
	name: string;
	type: 'simple' | 'variation';
	parent_id: number | null;
	sku: string;
	status: string;
	image_id: number | null;
	image_url: string | null;
}

export interface ProductQuery {
	search?: string;
	include?: number[];
	per_page?: number;
}

/**
 * `GET /gifts`.
 *
 * @param query Filters and paging.
 * @return A page of gifts.
 */
export function fetchGifts( query: GiftQuery = {} ): Promise< Page< Gift > > {
	return fetchPage< Gift >( '/gifts', query );
}

/**
 * `POST /gifts`.
 *
 * @param input Fields (number and name required).
 * @return The created gift.
 */
export function createGift( input: GiftInput ): Promise< Gift > {
	return write< Gift >( 'POST', '/gifts', input );
}

/**
 * `PATCH /gifts/{id}`.
 *
 * @param id    Gift id.
 * @param input Fields to change.
 * @return The changed gift.
 */
export function updateGift( id: number, input: GiftInput ): Promise< Gift > {
	return write< Gift >( 'PATCH', `/gifts/${ id }`, input );
}

/**
 * `GET /products`: simple products and variations by name, or by id.
 *
 * @param query Search or ids.
 * @return A page of products.
 */
export function fetchProducts(
	query: ProductQuery = {}
): Promise< Page< GiftProduct > > {
	return fetchPage< GiftProduct >( '/products', query );
}
