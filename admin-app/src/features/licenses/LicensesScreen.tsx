/**
 * External dependencies
 */
import { DataViews } from '@wordpress/dataviews';
import type { View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { useDispatch, useSelect } from '@wordpress/data';
import { useMemo, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { License, LicensedProduct } from '../../api/licenses';
import { navigate, useRoute } from '../../app/router';
import ErrorNotice from '../../components/ErrorNotice';
import { store as brandsStore } from '../../store/brands';
import { store as licensesStore } from '../../store/licenses';
import { getLicenseFields } from './fields';
import LicenseDetail from './LicenseDetail';
import { DEFAULT_VIEW, viewToQuery } from './view';

const DEFAULT_LAYOUTS = { table: {} };
const NO_PRODUCTS: readonly LicensedProduct[] = [];

/**
 * Licenses: every license of every brand, found by customer email or key
 * prefix, filtered by brand, product and status; a license's detail.
 */
export default function LicensesScreen() {
	const route = useRoute();
	const id = Number( route.license );
	if ( Number.isInteger( id ) && id > 0 ) {
		return <LicenseDetail id={ id } />;
	}
	return <LicenseList />;
}

function LicenseList() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const query = useMemo( () => viewToQuery( view ), [ view ] );
	const { licenses, total, totalPages, status, error } = useSelect(
		( select ) => {
			const s = select( licensesStore );
			return {
				licenses: s.getLicenses( query ),
				total: s.getLicensesTotal( query ),
				totalPages: s.getLicensesTotalPages( query ),
				status: s.getLicensesQueryStatus( query ),
				error: s.getLicensesError( query ),
			};
		},
		[ query ]
	);
	const brands = useSelect(
		( select ) => select( brandsStore ).getBrands(),
		[]
	);
	// One request per brand: stores have a handful of brands.
	const products = useSelect(
		( select ) => {
			const lists = brands.map( ( brand ) =>
				select( brandsStore ).getBrandProducts( brand.slug )
			);
			return lists.some( ( list ) => list.length > 0 )
				? lists.flat()
				: NO_PRODUCTS;
		},
		[ brands ]
	);
	const { invalidateLicenseQueries } = useDispatch( licensesStore );
	const fields = useMemo(
		() => getLicenseFields( brands, products ),
		[ brands, products ]
	);
	const data = useMemo( () => [ ...licenses ], [ licenses ] );
	const isLoading = status === 'loading' || status === 'idle';
	const open = ( license: License ) =>
		navigate( { screen: 'licenses', license: String( license.id ) } );

	return (
		<div className="el-screen el-licenses">
			<p className="el-licenses__intro">
				{ __(
					'Every license key sold or provisioned for your brands. Search by the customer’s email or the start of the key (e.g. ELK-7KQ2).',
					'entitlement-ledger'
				) }
			</p>
			{ error && (
				<ErrorNotice
					error={ error }
					onRetry={ () => invalidateLicenseQueries() }
				/>
			) }
			<div className="el-licenses__list">
				<DataViews
					data={ data }
					fields={ fields }
					view={ view }
					onChangeView={ setView }
					onReset={
						view === DEFAULT_VIEW
							? false
							: () => setView( DEFAULT_VIEW )
					}
					defaultLayouts={ DEFAULT_LAYOUTS }
					getItemId={ ( item ) => String( item.id ) }
					onClickItem={ open }
					isItemClickable={ () => true }
					isLoading={ isLoading && licenses.length === 0 }
					paginationInfo={ { totalItems: total, totalPages } }
					searchLabel={ __(
						'Search by email or key',
						'entitlement-ledger'
					) }
					empty={
						<p className="el-licenses__empty">
							{ error
								? __(
										'The licenses could not be loaded.',
										'entitlement-ledger'
									)
								: __(
										'No licenses match.',
										'entitlement-ledger'
									) }
						</p>
					}
				/>
			</div>
			{ status === 'success' && (
				<p className="el-licenses__total">
					{ sprintf(
						/* translators: %s: number of licenses. */
						_n(
							'%s license',
							'%s licenses',
							total,
							'entitlement-ledger'
						),
						total.toLocaleString()
					) }
				</p>
			) }
		</div>
	);
}
