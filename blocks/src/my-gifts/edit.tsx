/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { Disabled } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

interface SampleGift {
	name: string;
	description: string;
}

/**
 * The block in the editor: a preview of what a customer sees, with sample
 * data. The customer's real gifts are only known on the front end, where
 * render.php prints them for whoever is logged in.
 */
export default function Edit() {
	const blockProps = useBlockProps( { className: 'el-my-gifts' } );
	const cycle = new Date().getFullYear();
	const gifts: SampleGift[] = [
		{
			name: __( 'Sample gift: tote bag', 'entitlement-ledger' ),
			description: __(
				'Each gift of the cycle appears with its image and description.',
				'entitlement-ledger'
			),
		},
		{
			name: __( 'Sample gift: notebook', 'entitlement-ledger' ),
			description: __(
				'Customers pick one, confirm, and a free order ships it.',
				'entitlement-ledger'
			),
		},
	];

	return (
		<div { ...blockProps }>
			<div className="el-my-gifts__notice is-info">
				<p>
					{ __(
						'Preview with sample data. On the site, each logged-in customer sees their own premium gifts here, by cycle, and can choose and redeem a gift. Visitors who are not logged in see a link to log in.',
						'entitlement-ledger'
					) }
				</p>
			</div>
			<Disabled>
				<section className="el-my-gifts__cycle">
					<h2 className="el-my-gifts__cycle-title">
						{ sprintf(
							/* translators: %d: cycle number, e.g. 2026. */
							__( 'Cycle %d', 'entitlement-ledger' ),
							cycle
						) }
					</h2>
					<article className="el-my-gifts__entitlement is-active">
						<header className="el-my-gifts__header">
							<h3 className="el-my-gifts__title">
								{ sprintf(
									/* translators: %s: entitlement reference number. */
									__(
										'Premium gift #%s',
										'entitlement-ledger'
									),
									'1024'
								) }
							</h3>
							<span className="el-my-gifts__status is-active">
								{ __( 'Unredeemed', 'entitlement-ledger' ) }
							</span>
						</header>
						<fieldset className="el-my-gifts__choices">
							<legend className="el-my-gifts__legend">
								{ __(
									'Choose your gift',
									'entitlement-ledger'
								) }
							</legend>
							<ul className="el-my-gifts__gifts">
								{ gifts.map( ( gift, index ) => (
									<li
										key={ gift.name }
										className="el-my-gifts__gift"
									>
										{ /* eslint-disable-next-line jsx-a11y/label-has-associated-control -- the name is in a nested span, deeper than the rule looks. */ }
										<label
											className="el-my-gifts__gift-label"
											htmlFor={ `el-my-gifts-preview-${ index }` }
										>
											<input
												id={ `el-my-gifts-preview-${ index }` }
												className="el-my-gifts__radio"
												type="radio"
												name="el-my-gifts-preview"
											/>
											<span className="el-my-gifts__gift-text">
												<span className="el-my-gifts__gift-name">
													{ gift.name }
												</span>
												<span className="el-my-gifts__gift-description">
													{ gift.description }
												</span>
											</span>
										</label>
									</li>
								) ) }
							</ul>
						</fieldset>
						<div className="el-my-gifts__actions">
							<button
								type="button"
								className="el-my-gifts__button wp-element-button"
							>
								{ __( 'Redeem', 'entitlement-ledger' ) }
							</button>
						</div>
					</article>
					<article className="el-my-gifts__entitlement is-redeemed">
						<header className="el-my-gifts__header">
							<h3 className="el-my-gifts__title">
								{ sprintf(
									/* translators: %s: entitlement reference number. */
									__(
										'Premium gift #%s',
										'entitlement-ledger'
									),
									'987'
								) }
							</h3>
							<span className="el-my-gifts__status is-redeemed">
								{ __( 'Redeemed', 'entitlement-ledger' ) }
							</span>
						</header>
						<dl className="el-my-gifts__details">
							<div className="el-my-gifts__detail">
								<dt>
									{ __( 'Your gift', 'entitlement-ledger' ) }
								</dt>
								<dd>{ gifts[ 0 ]?.name }</dd>
							</div>
							<div className="el-my-gifts__detail">
								<dt>{ __( 'Order', 'entitlement-ledger' ) }</dt>
								<dd>
									{ sprintf(
										/* translators: %s: order number. */
										__( 'Order #%s', 'entitlement-ledger' ),
										'4711'
									) }
									<span className="el-my-gifts__order-status">
										{ __(
											'Processing',
											'entitlement-ledger'
										) }
									</span>
								</dd>
							</div>
						</dl>
					</article>
				</section>
			</Disabled>
		</div>
	);
}
