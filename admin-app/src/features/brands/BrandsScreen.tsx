/**
 * External dependencies
 */
import { DataViews } from '@wordpress/dataviews';
import type { Field, View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Brand } from '../../api/licenses';
import { navigate, useRoute } from '../../app/router';
import ErrorNotice from '../../components/ErrorNotice';
import { store as brandsStore } from '../../store/brands';
import { formatDate } from '../circulation/fields';
import BrandDetail from './BrandDetail';
import BrandEditor from './BrandEditor';
import { brandPage } from './list';

const DEFAULT_LAYOUTS = { table: {} };

const DEFAULT_VIEW: View = {
	type: 'table',
	page: 1,
	perPage: 20,
	search: '',
	filters: [],
	sort: { field: 'name', direction: 'asc' },
	fields: [ 'slug', 'instance_patterns', 'created_at' ],
	titleField: 'name',
};

function getBrandFields(): Field< Brand >[] {
	return [
		{
			id: 'name',
			label: __( 'Brand', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.name,
			enableHiding: false,
			enableGlobalSearch: true,
			filterBy: false,
		},
		{
			id: 'slug',
			label: __( 'Slug', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.slug,
			render: ( { item } ) => <code>{ item.slug }</code>,
			enableGlobalSearch: true,
			filterBy: false,
		},
		{
			id: 'instance_patterns',
			label: __( 'Free instance patterns', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.instance_patterns.join( ', ' ),
			render: ( { item } ) => (
				<>
					{ item.instance_patterns.length > 0
						? item.instance_patterns.join( ', ' )
						: '—' }
				</>
			),
			enableSorting: false,
			filterBy: false,
		},
		{
			id: 'created_at',
			label: __( 'Created', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.created_at,
			render: ( { item } ) => <>{ formatDate( item.created_at ) }</>,
			filterBy: false,
		},
	];
}

/**
 * Brands: the list, and a brand's products and API keys.
 */
export default function BrandsScreen() {
	const route = useRoute();
	return route.brand ? <BrandDetail slug={ route.brand } /> : <BrandList />;
}

function BrandList() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ adding, setAdding ] = useState( false );
	const { brands, status, error } = useSelect( ( select ) => {
		const s = select( brandsStore );
		return {
			brands: s.getBrands(),
			status: s.getBrandsStatus(),
			error: s.getBrandsError(),
		};
	}, [] );
	const { refreshBrandList } = useDispatch( brandsStore );
	const fields = useMemo( () => getBrandFields(), [] );
	// A store has a handful of brands: GET /brands answers them all, and the
	// list sorts and pages them here.
	const { data, paginationInfo } = useMemo(
		() => brandPage( brands, view ),
		[ brands, view ]
	);
	const open = ( brand: Brand ) =>
		navigate( { screen: 'brands', brand: brand.slug } );

	return (
		<div className="el-screen el-licenses">
			<div className="el-row is-between el-brands__header">
				<p className="el-licenses__intro">
					{ __(
						'The brands you sell licenses for, their licensed products and the API keys their systems use.',
						'entitlement-ledger'
					) }
				</p>
				<Button
					__next40pxDefaultSize
					variant="primary"
					onClick={ () => setAdding( true ) }
				>
					{ __( 'Add brand', 'entitlement-ledger' ) }
				</Button>
			</div>
			{ error && (
				<ErrorNotice
					error={ error }
					onRetry={ () => refreshBrandList( 'brands' ) }
				/>
			) }
			<div className="el-licenses__list">
				<DataViews
					data={ data }
					fields={ fields }
					view={ view }
					onChangeView={ setView }
					defaultLayouts={ DEFAULT_LAYOUTS }
					getItemId={ ( item ) => item.slug }
					onClickItem={ open }
					isItemClickable={ () => true }
					isLoading={
						( status === 'loading' || status === 'idle' ) &&
						brands.length === 0
					}
					paginationInfo={ paginationInfo }
					searchLabel={ __( 'Search brands', 'entitlement-ledger' ) }
					empty={
						<div className="el-licenses__empty">
							<p>
								{ error
									? __(
											'The brands could not be loaded.',
											'entitlement-ledger'
										)
									: __(
											'No brands yet.',
											'entitlement-ledger'
										) }
							</p>
							{ ! error && (
								<Button
									variant="secondary"
									onClick={ () => setAdding( true ) }
								>
									{ __(
										'Add the first brand',
										'entitlement-ledger'
									) }
								</Button>
							) }
						</div>
					}
				/>
			</div>
			{ adding && (
				<BrandEditor
					onClose={ () => setAdding( false ) }
					onSaved={ open }
				/>
			) }
		</div>
	);
}
