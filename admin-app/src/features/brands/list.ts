/**
 * External dependencies
 */
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import type { Brand } from '../../api/licenses';

/**
 * The brands a view shows: searched by name or slug, sorted, paged.
 *
 * @param brands Every brand.
 * @param view   DataViews view.
 * @return The page and its totals.
 */
export function brandPage( brands: readonly Brand[], view: View ) {
	const term = ( view.search ?? '' ).trim().toLowerCase();
	const found = brands.filter(
		( brand ) =>
			! term ||
			brand.name.toLowerCase().includes( term ) ||
			brand.slug.includes( term )
	);
	const field = view.sort?.field === 'created_at' ? 'created_at' : 'name';
	const direction = view.sort?.direction === 'desc' ? -1 : 1;
	found.sort(
		( a, b ) => direction * a[ field ].localeCompare( b[ field ] )
	);
	const perPage = view.perPage ?? 20;
	const page = view.page ?? 1;
	return {
		data: found.slice( ( page - 1 ) * perPage, page * perPage ),
		paginationInfo: {
			totalItems: found.length,
			totalPages: Math.ceil( found.length / perPage ),
		},
	};
}
