/**
 * External dependencies
 */
import type { Field } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Gift, GiftProduct } from '../../api/gifts';
import { formatRedeemed, getGiftState, getGiftStateLabel } from './status';

/**
 * The DataViews fields of the gift list.
 *
 * @param products Products gifts ship, by id (names for the Product column).
 * @param cycles   Cycles offered in the cycle filter.
 * @return Fields.
 */
export function getGiftFields(
	products: ReadonlyMap< number, GiftProduct >,
	cycles: readonly number[]
): Field< Gift >[] {
	return [
		{
			id: 'image',
			label: __( 'Image', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.image_url ?? '',
			render: ( { item } ) =>
				item.image_url ? (
					<img
						className="el-gifts__thumb"
						src={ item.image_url }
						alt=""
						width={ 40 }
						height={ 40 }
					/>
				) : (
					<span
						className="el-gifts__thumb is-empty"
						aria-hidden="true"
					/>
				),
			enableSorting: false,
			enableHiding: true,
			filterBy: false,
		},
		{
			id: 'name',
			label: __( 'Gift', 'entitlement-ledger' ),
			type: 'text',
			getValue: ( { item } ) => item.name,
			render: ( { item } ) => (
				<span className="el-gifts__name">{ item.name }</span>
			),
			enableSorting: false,
			enableHiding: false,
			filterBy: false,
		},
		{
			id: 'number',
			label: __( 'Cycle', 'entitlement-ledger' ),
			type: 'integer',
			getValue: ( { item } ) => item.number,
			render: ( { item } ) => <>{ String( item.number ) }</>,
			elements: cycles.map( ( cycle ) => ( {
				value: cycle,
				label: String( cycle ),
			} ) ),
			filterBy: { operators: [ 'is' ], isPrimary: true },
			enableSorting: false,
		},
		{
			id: 'product',
			label: __( 'Product', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.product_id ?? 0,
			render: ( { item } ) => {
				if ( item.product_id === null ) {
					return (
						<span className="el-gifts__muted">
							{ __( 'None', 'entitlement-ledger' ) }
						</span>
					);
				}
				const product = products.get( item.product_id );
				return (
					<>
						{ product
							? product.name
							: sprintf(
									/* translators: %d: product id. */ __(
										'Product #%d',
										'entitlement-ledger'
									),
									item.product_id
								) }
					</>
				);
			},
			enableSorting: false,
			filterBy: false,
		},
		{
			id: 'kind',
			label: __( 'Kind', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.kind,
			render: ( { item } ) => (
				<>
					{ item.kind === 'custom'
						? __( 'Custom', 'entitlement-ledger' )
						: __( 'Predefined', 'entitlement-ledger' ) }
				</>
			),
			enableSorting: false,
			filterBy: false,
		},
		{
			id: 'status',
			label: __( 'Status', 'entitlement-ledger' ),
			getValue: ( { item } ) => getGiftState( item ),
			render: ( { item } ) => {
				const state = getGiftState( item );
				return (
					<span
						className={ `el-gifts__status is-${ state.replace( '_', '-' ) }` }
					>
						{ getGiftStateLabel( state ) }
					</span>
				);
			},
			// The REST filter knows active and inactive; out of stock is shown, not filtered.
			elements: [
				{
					value: 'active',
					label: __( 'Active', 'entitlement-ledger' ),
				},
				{
					value: 'inactive',
					label: __( 'Inactive', 'entitlement-ledger' ),
				},
			],
			filterBy: { operators: [ 'is' ] },
			enableSorting: false,
		},
		{
			id: 'stock',
			label: __( 'Stock cap', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.stock ?? -1,
			render: ( { item } ) => (
				<>
					{ item.stock === null
						? __( 'No cap', 'entitlement-ledger' )
						: String( item.stock ) }
				</>
			),
			enableSorting: false,
			filterBy: false,
		},
		{
			id: 'redeemed_count',
			label: __( 'Redeemed', 'entitlement-ledger' ),
			getValue: ( { item } ) => item.redeemed_count,
			render: ( { item } ) => <>{ formatRedeemed( item ) }</>,
			enableSorting: false,
			filterBy: false,
		},
	];
}
