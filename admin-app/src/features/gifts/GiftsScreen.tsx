/**
 * External dependencies
 */
import { DataViews } from '@wordpress/dataviews';
import type { Action, View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { Button, Notice } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Gift, GiftProduct } from '../../api/gifts';
import type { ApiError } from '../../api/types';
import ErrorNotice from '../../components/ErrorNotice';
import { store as giftsStore } from '../../store/gifts';
import { getGiftFields } from './fields';
import GiftEditor from './GiftEditor';
import { DEFAULT_VIEW, getCycleChoices, viewToQuery } from './view';
import './style.scss';

const DEFAULT_LAYOUTS = { table: {} };

type Editing = { gift?: Gift } | null;

/**
 * Gifts: the catalogue per cycle, with the gift editor.
 */
export default function GiftsScreen() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ editing, setEditing ] = useState< Editing >( null );
	const [ notice, setNotice ] = useState< string | null >( null );
	const [ actionError, setActionError ] = useState< ApiError | null >( null );
	const query = useMemo( () => viewToQuery( view ), [ view ] );
	const year = new Date().getUTCFullYear();

	const { gifts, total, totalPages, status, error } = useSelect(
		( select ) => {
			const selectors = select( giftsStore );
			return {
				gifts: selectors.getGifts( query ),
				total: selectors.getGiftsTotal( query ),
				totalPages: selectors.getGiftsTotalPages( query ),
				status: selectors.getGiftsQueryStatus( query ),
				error: selectors.getGiftsError( query ),
			};
		},
		[ query ]
	);
	const productIds = useMemo(
		() =>
			[
				...new Set(
					gifts.flatMap( ( gift ) =>
						gift.product_id ? [ gift.product_id ] : []
					)
				),
			].sort( ( a, b ) => a - b ),
		[ gifts ]
	);
	const products = useSelect(
		( select ) =>
			productIds.length > 0
				? select( giftsStore ).getProducts( {
						include: productIds,
						per_page: 100,
					} )
				: null,
		[ productIds ]
	);
	const { invalidateGiftQueries, setGiftActive } = useDispatch( giftsStore );

	const productsById = useMemo( () => {
		const map = new Map< number, GiftProduct >();
		for ( const product of products ?? [] ) {
			map.set( product.id, product );
		}
		return map;
	}, [ products ] );
	const cycles = useMemo(
		() =>
			getCycleChoices(
				year,
				gifts.map( ( gift ) => gift.number )
			),
		[ year, gifts ]
	);
	const fields = useMemo(
		() => getGiftFields( productsById, cycles ),
		[ productsById, cycles ]
	);
	const data = useMemo( () => [ ...gifts ], [ gifts ] );
	const isLoading = status === 'loading' || status === 'idle';

	const toggleActive = async ( gift: Gift, active: boolean ) => {
		setActionError( null );
		try {
			const saved = await setGiftActive( gift.id, active );
			setNotice(
				active
					? sprintf(
							/* translators: %s: gift name. */ __(
								'“%s” is active again.',
								'entitlement-ledger'
							),
							saved.name
						)
					: sprintf(
							/* translators: %s: gift name. */ __(
								'“%s” was deactivated: customers can no longer choose it.',
								'entitlement-ledger'
							),
							saved.name
						)
			);
		} catch ( caught ) {
			setActionError( caught as ApiError );
		}
	};

	const actions = useMemo< Action< Gift >[] >(
		() => [
			{
				id: 'edit',
				label: __( 'Edit', 'entitlement-ledger' ),
				isPrimary: true,
				callback: ( [ gift ] ) => gift && setEditing( { gift } ),
			},
			{
				id: 'deactivate',
				label: __( 'Deactivate', 'entitlement-ledger' ),
				isEligible: ( gift ) => gift.active,
				callback: ( [ gift ] ) =>
					void ( gift && toggleActive( gift, false ) ),
			},
			{
				id: 'activate',
				label: __( 'Activate', 'entitlement-ledger' ),
				isEligible: ( gift ) => ! gift.active,
				callback: ( [ gift ] ) =>
					void ( gift && toggleActive( gift, true ) ),
			},
		],
		// eslint-disable-next-line react-hooks/exhaustive-deps -- toggleActive only uses stable setters and dispatchers.
		[ setGiftActive ]
	);

	const filteredCycle = query.number;

	return (
		<div className="el-screen el-gifts">
			<div className="el-gifts__header">
				<p className="el-gifts__intro">
					{ __(
						'The gifts customers can choose for each cycle. A gift ships its WooCommerce product when it is redeemed.',
						'entitlement-ledger'
					) }
				</p>
				<Button
					variant="primary"
					onClick={ () => setEditing( {} ) }
					__next40pxDefaultSize
				>
					{ __( 'Add gift', 'entitlement-ledger' ) }
				</Button>
			</div>
			<div role="status" className="el-gifts__status">
				{ notice && (
					<Notice
						status="success"
						onRemove={ () => setNotice( null ) }
					>
						{ notice }
					</Notice>
				) }
			</div>
			{ actionError && <ErrorNotice error={ actionError } /> }
			{ error && (
				<ErrorNotice
					error={ error }
					onRetry={ () => invalidateGiftQueries() }
				/>
			) }
			<div className="el-gifts__list">
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
					actions={ actions }
					defaultLayouts={ DEFAULT_LAYOUTS }
					getItemId={ ( item ) => String( item.id ) }
					onClickItem={ ( gift ) => setEditing( { gift } ) }
					isItemClickable={ () => true }
					isLoading={ isLoading && gifts.length === 0 }
					paginationInfo={ { totalItems: total, totalPages } }
					searchLabel={ __( 'Search gifts', 'entitlement-ledger' ) }
					empty={
						<div className="el-gifts__empty">
							<p>
								{ error
									? __(
											'The gifts could not be loaded.',
											'entitlement-ledger'
										)
									: __(
											'No gifts found.',
											'entitlement-ledger'
										) }
							</p>
							{ ! error && (
								<Button
									variant="secondary"
									onClick={ () => setEditing( {} ) }
								>
									{ __(
										'Add the first gift',
										'entitlement-ledger'
									) }
								</Button>
							) }
						</div>
					}
				/>
			</div>
			{ editing && (
				<GiftEditor
					gift={ editing.gift }
					cycle={ filteredCycle ?? year }
					onClose={ () => setEditing( null ) }
					onSaved={ ( saved ) => {
						setEditing( null );
						setNotice(
							editing.gift
								? sprintf(
										/* translators: %s: gift name. */ __(
											'“%s” was saved.',
											'entitlement-ledger'
										),
										saved.name
									)
								: sprintf(
										/* translators: 1: gift name, 2: cycle. */ __(
											'“%1$s” was added to cycle %2$s.',
											'entitlement-ledger'
										),
										saved.name,
										String( saved.number )
									)
						);
					} }
				/>
			) }
		</div>
	);
}
