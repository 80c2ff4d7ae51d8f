/**
 * External dependencies
 */
import { DataViews } from '@wordpress/dataviews';
import type { View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import ErrorNotice from '../../components/ErrorNotice';
import { useEntitlements } from '../../hooks/useEntitlements';
import { entitlementFields } from './fields';
import { DEFAULT_VIEW, viewToQuery } from './view';

const DEFAULT_LAYOUTS = { table: {} };

/**
 * Circulation: the list of entitlements. The screen owns the view state and
 * turns it into the REST query; the data comes from the entitlements store.
 */
export default function CirculationScreen() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const query = useMemo( () => viewToQuery( view ), [ view ] );
	const { records, total, totalPages, isLoading, error, retry } =
		useEntitlements( query );
	// DataViews wants a mutable array; the store's is frozen by contract.
	const data = useMemo( () => [ ...records ], [ records ] );

	return (
		<div className="el-circulation">
			{ error && <ErrorNotice error={ error } onRetry={ retry } /> }
			<DataViews
				data={ data }
				fields={ entitlementFields }
				view={ view }
				onChangeView={ setView }
				onReset={
					view === DEFAULT_VIEW
						? false
						: () => setView( DEFAULT_VIEW )
				}
				defaultLayouts={ DEFAULT_LAYOUTS }
				getItemId={ ( item ) => String( item.id ) }
				isLoading={ isLoading && records.length === 0 }
				paginationInfo={ { totalItems: total, totalPages } }
				searchLabel={ __(
					'Search entitlements',
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
