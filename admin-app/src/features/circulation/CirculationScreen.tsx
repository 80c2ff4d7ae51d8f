/**
 * External dependencies
 */
import { DataViews } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Entitlement } from '../../api/types';
import { navigate, useRoute, type Route } from '../../app/router';
import ErrorNotice from '../../components/ErrorNotice';
import { useEntitlements } from '../../hooks/useEntitlements';
import { useSavedView } from '../../hooks/useSavedView';
import { getEntitlementActions } from './actions';
import EntitlementDetail from './EntitlementDetail';
import { getEntitlementFields } from './fields';
import { DEFAULT_VIEW, viewToQuery, type Scope } from './view';

const DEFAULT_LAYOUTS = { table: {} };

/**
 * The scope a route asks for.
 *
 * @param route Route arguments.
 * @return Scope.
 */
export function scopeFromRoute( route: Route ): Scope {
	const id = ( key: string ) => {
		const value = Number( route[ key ] );
		return Number.isInteger( value ) && value > 0 ? value : 0;
	};
	if ( id( 'subscription' ) ) {
		return { kind: 'subscription', id: id( 'subscription' ) };
	}
	if ( id( 'customer' ) ) {
		return { kind: 'customer', id: id( 'customer' ) };
	}
	if ( route.email ) {
		return { kind: 'email', email: route.email.toLowerCase() };
	}
	return { kind: 'all' };
}

function scopeTitle( scope: Scope, first: Entitlement | undefined ): string {
	switch ( scope.kind ) {
		case 'subscription':
			return sprintf(
				/* translators: %d: subscription id. */
				__( 'Subscription #%d', 'entitlement-ledger' ),
				scope.id
			);
		case 'customer':
			return sprintf(
				/* translators: %s: customer email or user id. */
				__( 'Customer %s', 'entitlement-ledger' ),
				first?.customer_email ?? `#${ scope.id }`
			);
		case 'email':
			return sprintf(
				/* translators: %s: customer email. */
				__( 'Customer %s', 'entitlement-ledger' ),
				scope.email
			);
		default:
			return '';
	}
}

/**
 * Circulation: every entitlement, or those of one subscription or customer,
 * and the detail of one. The screen owns the view state (saved per user) and
 * turns it into the REST query; the data comes from the entitlements store.
 */
export default function CirculationScreen() {
	const route = useRoute();
	const detailId = Number( route.entitlement );
	if ( Number.isInteger( detailId ) && detailId > 0 ) {
		return <EntitlementDetail id={ detailId } />;
	}
	return <EntitlementList scope={ scopeFromRoute( route ) } />;
}

function EntitlementList( { scope }: { scope: Scope } ) {
	const [ view, setView, resetView ] = useSavedView(
		'circulation',
		DEFAULT_VIEW
	);
	const fields = useMemo( () => getEntitlementFields(), [] );
	const actions = useMemo( () => getEntitlementActions(), [] );
	const [ selection, setSelection ] = useState< string[] >( [] );
	const query = useMemo( () => viewToQuery( view, scope ), [ view, scope ] );
	const { records, total, totalPages, isLoading, error, retry } =
		useEntitlements( query );
	// DataViews wants a mutable array; the store's is frozen by contract.
	const data = useMemo( () => [ ...records ], [ records ] );
	const title = scopeTitle( scope, records[ 0 ] );

	return (
		<div className="el-circulation">
			{ scope.kind !== 'all' && (
				<div className="el-row el-circulation__scope">
					<h2 className="el-circulation__scope-title">{ title }</h2>
					<Button variant="link" onClick={ () => navigate( {} ) }>
						{ __( '← All entitlements', 'entitlement-ledger' ) }
					</Button>
				</div>
			) }
			{ error && <ErrorNotice error={ error } onRetry={ retry } /> }
			<DataViews
				data={ data }
				fields={ fields }
				view={ view }
				onChangeView={ setView }
				actions={ actions }
				selection={ selection }
				onChangeSelection={ setSelection }
				onReset={ view === DEFAULT_VIEW ? false : resetView }
				defaultLayouts={ DEFAULT_LAYOUTS }
				getItemId={ ( item ) => String( item.id ) }
				isLoading={ isLoading && records.length === 0 }
				paginationInfo={ { totalItems: total, totalPages } }
				searchLabel={ __(
					'Search by email, name, order or subscription',
					'entitlement-ledger'
				) }
				empty={
					<p className="el-circulation__empty">
						{ error
							? __(
									'The entitlements could not be loaded.',
									'entitlement-ledger'
								)
							: __(
									'No entitlements found.',
									'entitlement-ledger'
								) }
					</p>
				}
			/>
		</div>
	);
}
