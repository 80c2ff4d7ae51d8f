/**
 * WordPress dependencies
 */
import { Button, Spinner } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { LicensedProduct } from '../../api/licenses';
import { navigate } from '../../app/router';
import ErrorNotice from '../../components/ErrorNotice';
import { store as brandsStore } from '../../store/brands';
import BrandEditor from './BrandEditor';
import BrandKeys from './BrandKeys';
import ProductEditor from './ProductEditor';

/**
 * One brand: its free instance patterns, its licensed products and its API
 * keys.
 *
 * @param props      Props.
 * @param props.slug Brand slug.
 */
export default function BrandDetail( { slug }: { slug: string } ) {
	const {
		brand,
		brandsStatus,
		brandsError,
		products,
		productsStatus,
		productsError,
	} = useSelect(
		( select ) => {
			const s = select( brandsStore );
			// getBrands resolves the list the brand comes from.
			s.getBrands();
			return {
				brand: s.getBrand( slug ),
				brandsStatus: s.getBrandsStatus(),
				brandsError: s.getBrandsError(),
				products: s.getBrandProducts( slug ),
				productsStatus: s.getBrandProductsStatus( slug ),
				productsError: s.getBrandProductsError( slug ),
			};
		},
		[ slug ]
	);
	const { refreshBrandList } = useDispatch( brandsStore );
	const [ editing, setEditing ] = useState( false );
	const [ product, setProduct ] = useState< {
		product?: LicensedProduct;
	} | null >( null );

	const back = (
		<Button
			variant="link"
			className="el-detail__back"
			onClick={ () => navigate( { screen: 'brands' } ) }
		>
			{ __( '← All brands', 'entitlement-ledger' ) }
		</Button>
	);
	if ( brandsError ) {
		return (
			<div className="el-detail">
				{ back }
				<ErrorNotice
					error={ brandsError }
					onRetry={ () => refreshBrandList( 'brands' ) }
				/>
			</div>
		);
	}
	if ( ! brand ) {
		return (
			<div className="el-detail">
				{ back }
				{ brandsStatus === 'success' ? (
					<p>
						{ __(
							'There is no brand with this slug.',
							'entitlement-ledger'
						) }
					</p>
				) : (
					<p className="el-detail__loading">
						<Spinner />
						{ __( 'Loading the brand…', 'entitlement-ledger' ) }
					</p>
				) }
			</div>
		);
	}

	return (
		<div className="el-detail el-brand">
			{ back }
			<div className="el-row is-between el-detail__header">
				<h2 className="el-detail__title">
					{ brand.name }{ ' ' }
					<code className="el-brand__slug">{ brand.slug }</code>
				</h2>
				<Button
					__next40pxDefaultSize
					variant="secondary"
					onClick={ () => setEditing( true ) }
				>
					{ __( 'Edit brand', 'entitlement-ledger' ) }
				</Button>
			</div>
			<dl className="el-detail__summary">
				<div className="el-detail__term">
					<dt>
						{ __( 'Free instance patterns', 'entitlement-ledger' ) }
					</dt>
					<dd>
						{ brand.instance_patterns.length > 0
							? brand.instance_patterns.map( ( pattern ) => (
									<code
										key={ pattern }
										className="el-brand__pattern"
									>
										{ pattern }
									</code>
								) )
							: __(
									'None: every instance uses a seat.',
									'entitlement-ledger'
								) }
					</dd>
				</div>
			</dl>
			<section className="el-detail__section">
				<div className="el-row is-between">
					<h3>{ __( 'Licensed products', 'entitlement-ledger' ) }</h3>
					<Button
						__next40pxDefaultSize
						variant="secondary"
						onClick={ () => setProduct( {} ) }
					>
						{ __( 'Add licensed product', 'entitlement-ledger' ) }
					</Button>
				</div>
				{ productsError && (
					<ErrorNotice
						error={ productsError }
						onRetry={ () => refreshBrandList( 'products', slug ) }
					/>
				) }
				{ productsStatus === 'loading' && products.length === 0 && (
					<Spinner />
				) }
				{ productsStatus === 'success' && products.length === 0 && (
					<p>
						{ __(
							'No licensed products yet: add one before selling or provisioning licenses of this brand.',
							'entitlement-ledger'
						) }
					</p>
				) }
				{ products.length > 0 && (
					<table className="widefat striped el-detail__table">
						<thead>
							<tr>
								<th scope="col">
									{ __( 'Product', 'entitlement-ledger' ) }
								</th>
								<th scope="col">
									{ __( 'Slug', 'entitlement-ledger' ) }
								</th>
								<th scope="col">
									{ __( 'Seats', 'entitlement-ledger' ) }
								</th>
								<th scope="col">
									{ __( 'Validity', 'entitlement-ledger' ) }
								</th>
								<th scope="col">
									{ __(
										'WooCommerce products',
										'entitlement-ledger'
									) }
								</th>
								<th scope="col">
									<span className="screen-reader-text">
										{ __(
											'Actions',
											'entitlement-ledger'
										) }
									</span>
								</th>
							</tr>
						</thead>
						<tbody>
							{ products.map( ( item ) => (
								<tr key={ item.id }>
									<td>{ item.name }</td>
									<td>
										<code>{ item.slug }</code>
									</td>
									<td>{ item.seats }</td>
									<td>
										{ item.validity_days === null
											? __(
													'No expiry',
													'entitlement-ledger'
												)
											: sprintf(
													/* translators: %d: number of days. */
													_n(
														'%d day',
														'%d days',
														item.validity_days,
														'entitlement-ledger'
													),
													item.validity_days
												) }
									</td>
									<td>
										{ item.wc_product_ids.length > 0
											? item.wc_product_ids
													.map( ( id ) => `#${ id }` )
													.join( ', ' )
											: '—' }
									</td>
									<td className="el-license__row-action">
										<Button
											variant="secondary"
											size="compact"
											label={ sprintf(
												/* translators: %s: product name. */
												__(
													'Edit %s',
													'entitlement-ledger'
												),
												item.name
											) }
											showTooltip={ false }
											onClick={ () =>
												setProduct( { product: item } )
											}
										>
											{ __(
												'Edit',
												'entitlement-ledger'
											) }
										</Button>
									</td>
								</tr>
							) ) }
						</tbody>
					</table>
				) }
			</section>
			<BrandKeys brand={ brand.slug } />
			{ editing && (
				<BrandEditor
					brand={ brand }
					onClose={ () => setEditing( false ) }
				/>
			) }
			{ product && (
				<ProductEditor
					brand={ brand.slug }
					product={ product.product }
					onClose={ () => setProduct( null ) }
				/>
			) }
		</div>
	);
}
