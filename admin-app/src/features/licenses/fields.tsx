/**
 * External dependencies
 */
import type { Field } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	LICENSE_STATUSES,
	type Brand,
	type License,
	type LicensedProduct,
} from '../../api/licenses';
import { breakableEmail, formatDate } from '../circulation/fields';
import { formatKeyPrefix, formatSeats, getLicenseStatusLabel } from './labels';

/**
 * The DataViews fields of the license list.
 *
 * @param brands   Brands (the brand filter and column).
 * @param products Licensed products of every brand (the product filter).
 * @return Fields.
 */
export function getLicenseFields(
	brands: readonly Brand[],
	products: readonly LicensedProduct[]
): Field< License >[] {
	const brandNames = new Map( brands.map( ( b ) => [ b.slug, b.name ] ) );
	return [
		{
			id: 'key_prefix',
			label: __( 'Key', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.key_prefix,
			render: ( { item } ) => (
				<code className="el-licenses__key">
					{ formatKeyPrefix( item.key_prefix ) }
				</code>
			),
			enableHiding: false,
			enableSorting: false,
			filterBy: false,
		},
		{
			id: 'customer_email',
			label: __( 'Customer', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.customer_email,
			render: ( { item } ) => (
				<span className="el-licenses__email">
					{ breakableEmail( item.customer_email ) }
				</span>
			),
			enableHiding: false,
			filterBy: false,
		},
		{
			id: 'brand',
			label: __( 'Brand', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.brand,
			render: ( { item } ) => (
				<>{ brandNames.get( item.brand ) ?? item.brand }</>
			),
			elements: brands.map( ( brand ) => ( {
				value: brand.slug,
				label: brand.name,
			} ) ),
			filterBy: { operators: [ 'is' ], isPrimary: true },
			enableSorting: false,
		},
		{
			id: 'product',
			label: __( 'Product', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.product,
			render: ( { item } ) => <>{ item.product_name }</>,
			elements: products.map( ( product ) => ( {
				value: product.slug,
				label:
					brands.length > 1
						? `${ product.name } (${
								brandNames.get( product.brand ) ?? product.brand
							})`
						: product.name,
			} ) ),
			filterBy: { operators: [ 'is' ] },
			enableSorting: false,
		},
		{
			id: 'status',
			label: __( 'Status', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.status,
			render: ( { item } ) => (
				<span className={ `el-status is-license-${ item.status }` }>
					{ getLicenseStatusLabel( item.status ) }
				</span>
			),
			elements: LICENSE_STATUSES.map( ( status ) => ( {
				value: status,
				label: getLicenseStatusLabel( status ),
			} ) ),
			filterBy: { operators: [ 'is' ], isPrimary: true },
			enableSorting: false,
		},
		{
			id: 'seats',
			label: __( 'Seats used', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.seats_used,
			render: ( { item } ) => <>{ formatSeats( item ) }</>,
			enableSorting: false,
			filterBy: false,
		},
		{
			id: 'expires_at',
			label: __( 'Expires', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.expires_at ?? '',
			render: ( { item } ) => (
				<>
					{ item.expires_at
						? formatDate( item.expires_at )
						: __( 'Never', 'entitlement-ledger' ) }
				</>
			),
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
