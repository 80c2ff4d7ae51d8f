/**
 * External dependencies
 */
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import type { GiftQuery } from '../../api/gifts';

export const DEFAULT_PER_PAGE = 20;

export const DEFAULT_VIEW: View = {
	type: 'table',
	page: 1,
	perPage: DEFAULT_PER_PAGE,
	search: '',
	filters: [],
	fields: [ 'number', 'product', 'status', 'stock', 'redeemed_count' ],
	titleField: 'name',
	mediaField: 'image',
	showMedia: true,
};

/**
 * Turns the DataViews view state (owned by the screen) into the REST query
 * of `GET /gifts`.
 *
 * @param view DataViews view.
 * @return REST query arguments.
 */
export function viewToQuery( view: View ): GiftQuery {
	const query: GiftQuery = {
		page: view.page ?? 1,
		per_page: view.perPage ?? DEFAULT_PER_PAGE,
	};
	if ( view.search ) {
		query.search = view.search;
	}
	for ( const filter of view.filters ?? [] ) {
		if (
			filter.value === undefined ||
			filter.value === null ||
			filter.value === ''
		) {
			continue;
		}
		if ( filter.field === 'number' && filter.operator === 'is' ) {
			const number = Number( filter.value );
			if ( Number.isInteger( number ) && number > 0 ) {
				query.number = number;
			}
		}
		if ( filter.field === 'status' && filter.operator === 'is' ) {
			if ( filter.value === 'active' || filter.value === 'inactive' ) {
				query.active = filter.value === 'active';
			}
		}
	}
	return query;
}

/**
 * The cycles offered in the cycle filter: a few years around this one and
 * every cycle on the page, newest first.
 *
 * @param year   This year.
 * @param cycles Cycles of the gifts on screen.
 * @return Cycle numbers.
 */
export function getCycleChoices(
	year: number,
	cycles: readonly number[]
): number[] {
	const choices = new Set< number >( cycles );
	for ( let cycle = year - 2; cycle <= year + 2; cycle++ ) {
		choices.add( cycle );
	}
	return [ ...choices ].sort( ( a, b ) => b - a );
}
