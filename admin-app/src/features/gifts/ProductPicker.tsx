/**
 * WordPress dependencies
 */
import { ComboboxControl } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { GiftProduct } from '../../api/gifts';
import { store as giftsStore } from '../../store/gifts';

const SEARCH_DELAY_MS = 300;

interface Props {
	value: number | null;
	onChange: ( product: GiftProduct | null ) => void;
}

/**
 * The label of a product in the list: its name, SKU and kind.
 *
 * @param product Product.
 * @return Label.
 */
export function getProductLabel( product: GiftProduct ): string {
	const parts = [ product.name ];
	if ( product.sku ) {
		parts.push(
			sprintf(
				/* translators: %s: product SKU. */ __(
					'SKU %s',
					'entitlement-ledger'
				),
				product.sku
			)
		);
	}
	if ( product.type === 'variation' ) {
		parts.push( __( 'variation', 'entitlement-ledger' ) );
	}
	return parts.join( ' · ' );
}

/**
 * Picks the WooCommerce product or variation a gift ships, searching by
 * name as one types (through the gifts store, GET /products).
 *
 * @param props          Component props.
 * @param props.value    Selected product id.
 * @param props.onChange Called with the chosen product, or null.
 */
export default function ProductPicker( { value, onChange }: Props ) {
	const [ input, setInput ] = useState( '' );
	const [ search, setSearch ] = useState( '' );
	useEffect( () => {
		const timer = setTimeout(
			() => setSearch( input.trim() ),
			SEARCH_DELAY_MS
		);
		return () => clearTimeout( timer );
	}, [ input ] );

	const query = useMemo( () => ( { search, per_page: 20 } ), [ search ] );
	const selectedQuery = useMemo(
		() => ( value ? { include: [ value ] } : null ),
		[ value ]
	);
	const { found, selected, isLoading, error } = useSelect(
		( select ) => {
			const selectors = select( giftsStore );
			const status = selectors.getProductsQueryStatus( query );
			return {
				found: selectors.getProducts( query ),
				selected: selectedQuery
					? ( selectors.getProducts( selectedQuery )[ 0 ] ??
						selectors.getProduct( value ?? 0 ) )
					: undefined,
				isLoading: status === 'loading' || status === 'idle',
				error: selectors.getProductsError( query ),
			};
		},
		[ query, selectedQuery, value ]
	);

	const options = useMemo( () => {
		const list =
			selected && ! found.some( ( p ) => p.id === selected.id )
				? [ selected, ...found ]
				: found;
		return list.map( ( product ) => ( {
			value: String( product.id ),
			label: getProductLabel( product ),
		} ) );
	}, [ found, selected ] );
	const byId = useMemo( () => {
		const map = new Map< string, GiftProduct >();
		for ( const product of selected ? [ selected, ...found ] : found ) {
			map.set( String( product.id ), product );
		}
		return map;
	}, [ found, selected ] );

	let help: string = __(
		'Type part of the name of a simple product or a variation.',
		'entitlement-ledger'
	);
	if ( error ) {
		help = error.message;
	} else if ( ! isLoading && search !== '' && found.length === 0 ) {
		help = sprintf(
			/* translators: %s: what was searched for. */ __(
				'No product matches “%s”.',
				'entitlement-ledger'
			),
			search
		);
	}

	return (
		<ComboboxControl
			label={ __( 'WooCommerce product', 'entitlement-ledger' ) }
			value={ value ? String( value ) : null }
			options={ options }
			onChange={ ( id ) =>
				onChange( id ? ( byId.get( id ) ?? null ) : null )
			}
			onFilterValueChange={ setInput }
			isLoading={ isLoading && input !== '' }
			help={ help }
			allowReset
			__next40pxDefaultSize
			__nextHasNoMarginBottom
		/>
	);
}
