<?php
/**
 * Server-side rendering of the entitlement-ledger/my-gifts block.
 *
 * For the logged-in customer: their entitlements by cycle (newest first) with their
 * status, the gifts they may choose for each unredeemed one (a form that works without
 * JavaScript: it posts to admin-post.php), and for redeemed ones the gift and the
 * fulfilment order. view.js takes the forms over (confirmation dialog, REST call) using
 * the data attributes and <template>s printed here, so every string is translated and
 * every value escaped on this side.
 *
 * @package EntitlementLedger
 *
 * @var array<string, mixed> $attributes Block attributes.
 * @var string               $content    Inner content (none).
 * @var WP_Block             $block      Block instance.
 */

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound -- included by the block's render callback: these variables are local to it.

defined( 'ABSPATH' ) || exit;

use EntitlementLedger\Blocks\MyGifts\MyGiftsBlock;
use EntitlementLedger\Blocks\MyGifts\RedeemForm;

if ( ! class_exists( MyGiftsBlock::class ) ) {
	return;
}

$el_context = MyGiftsBlock::instance()->context();
$el_today   = wp_date( (string) get_option( 'date_format', 'F j, Y' ) );

$el_wrapper_attributes = get_block_wrapper_attributes(
	array(
		'class'            => 'el-my-gifts',
		'data-el-customer' => $el_context['logged_in'] ? 'logged-in' : 'guest',
		'data-el-rest-url' => $el_context['rest_url'],
		'data-el-nonce'    => $el_context['rest_nonce'],
		'data-el-i18n'     => (string) wp_json_encode(
			array(
				'busy'     => __( 'Redeeming…', 'entitlement-ledger' ),
				/* translators: 1: gift name, 2: order number, 3: order status. */
				'redeemed' => __( 'You chose %1$s. It ships with order #%2$s (%3$s).', 'entitlement-ledger' ),
				/* translators: %s: gift name. */
				'chosen'   => __( 'You chose %s.', 'entitlement-ledger' ),
				'failed'   => __( 'Your gift could not be redeemed. Check your connection and try again.', 'entitlement-ledger' ),
				'reload'   => __( 'Reload the page to see its current state.', 'entitlement-ledger' ),
				'choose'   => __( 'Choose a gift first.', 'entitlement-ledger' ),
			)
		),
	)
);

/**
 * Prints the details of a redeemed entitlement (or, with null values, the empty
 * template view.js fills in after a redemption).
 *
 * @param array{id: int, name: string}|null $gift  The gift chosen.
 * @param array{id: int, number: string, status: string, status_label: string, view_url: string|null}|null $order The fulfilment order.
 * @param string|null                       $date  Date of the redemption.
 * @param bool                              $slots Whether to print the empty slots for view.js.
 */
$el_redeemed_details = static function ( ?array $gift, ?array $order, ?string $date, bool $slots ): void {
	$gift_name    = null !== $gift ? $gift['name'] : ( $slots ? '' : __( 'Arranged with our team', 'entitlement-ledger' ) );
	$order_number = null !== $order ? $order['number'] : '';
	$order_status = null !== $order ? $order['status_label'] : '';
	$order_url    = null !== $order ? $order['view_url'] : null;
	$order_text   = sprintf(
		/* translators: %s: order number. */
		esc_html__( 'Order #%s', 'entitlement-ledger' ),
		'<span data-el-slot="order-number">' . esc_html( $order_number ) . '</span>'
	);
	?>
	<dl class="el-my-gifts__details">
		<div class="el-my-gifts__detail">
			<dt><?php esc_html_e( 'Your gift', 'entitlement-ledger' ); ?></dt>
			<dd data-el-slot="gift"><?php echo esc_html( $gift_name ); ?></dd>
		</div>
		<?php if ( null !== $order || $slots ) : ?>
			<div class="el-my-gifts__detail" data-el-slot="order-row">
				<dt><?php esc_html_e( 'Order', 'entitlement-ledger' ); ?></dt>
				<dd>
					<?php if ( $slots || null !== $order_url ) : ?>
						<a class="el-my-gifts__order-link" data-el-slot="order-link" href="<?php echo esc_url( null !== $order_url ? $order_url : '#' ); ?>"><?php echo $order_text; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?></a>
					<?php else : ?>
						<span data-el-slot="order-link"><?php echo $order_text; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?></span>
					<?php endif; ?>
					<span class="el-my-gifts__order-status" data-el-slot="order-status"><?php echo esc_html( $order_status ); ?></span>
				</dd>
			</div>
		<?php endif; ?>
		<?php if ( null !== $date ) : ?>
			<div class="el-my-gifts__detail">
				<dt><?php esc_html_e( 'Chosen on', 'entitlement-ledger' ); ?></dt>
				<dd><?php echo esc_html( $date ); ?></dd>
			</div>
		<?php endif; ?>
	</dl>
	<?php
};
/**
 * Prints the notice of the no-JavaScript form (in the card it concerns, or above the list).
 *
 * @param array{type: string, message: string, entitlement_id: int} $notice Notice.
 */
$el_notice = static function ( array $notice ): void {
	?>
	<div class="el-my-gifts__notice is-<?php echo esc_attr( $notice['type'] ); ?>" role="<?php echo esc_attr( 'error' === $notice['type'] ? 'alert' : 'status' ); ?>">
		<p><?php echo esc_html( $notice['message'] ); ?></p>
	</div>
	<?php
};

$el_listed_ids = array();
foreach ( $el_context['cycles'] as $el_cycle ) {
	foreach ( $el_cycle['entitlements'] as $el_item ) {
		$el_listed_ids[] = $el_item['id'];
	}
}
?>
<div <?php echo $el_wrapper_attributes; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- get_block_wrapper_attributes() escapes its output. ?>>
	<p class="el-my-gifts__sr-only" role="status" aria-live="polite" aria-atomic="true" data-el-announcer></p>

	<?php
	if ( null !== $el_context['notice'] && ! in_array( $el_context['notice']['entitlement_id'], $el_listed_ids, true ) ) {
		$el_notice( $el_context['notice'] );
	}
	?>

	<?php if ( ! $el_context['logged_in'] ) : ?>
		<p class="el-my-gifts__login">
			<a href="<?php echo esc_url( $el_context['login_url'] ); ?>"><?php esc_html_e( 'Log in to see your premium gifts.', 'entitlement-ledger' ); ?></a>
		</p>
	<?php elseif ( array() === $el_context['cycles'] ) : ?>
		<div class="el-my-gifts__empty">
			<p class="el-my-gifts__empty-title"><?php esc_html_e( 'You have no premium gifts yet.', 'entitlement-ledger' ); ?></p>
			<p><?php esc_html_e( 'A premium subscription comes with a gift for every cycle it covers. Once you have one, you choose your gift here.', 'entitlement-ledger' ); ?></p>
			<?php if ( null !== $el_context['shop_url'] ) : ?>
				<p><a class="el-my-gifts__button wp-element-button" href="<?php echo esc_url( $el_context['shop_url'] ); ?>"><?php esc_html_e( 'Visit the shop', 'entitlement-ledger' ); ?></a></p>
			<?php endif; ?>
		</div>
	<?php else : ?>
		<?php foreach ( $el_context['cycles'] as $el_cycle ) : ?>
			<section class="el-my-gifts__cycle" aria-labelledby="el-cycle-<?php echo esc_attr( (string) $el_cycle['number'] ); ?>">
				<h2 class="el-my-gifts__cycle-title" id="el-cycle-<?php echo esc_attr( (string) $el_cycle['number'] ); ?>">
					<?php
					/* translators: %d: cycle number, e.g. 2026. */
					echo esc_html( sprintf( __( 'Cycle %d', 'entitlement-ledger' ), $el_cycle['number'] ) );
					?>
				</h2>
				<?php foreach ( $el_cycle['entitlements'] as $el_item ) : ?>
					<?php
					$el_id       = (string) $el_item['id'];
					$el_title_id = 'el-entitlement-' . $el_id . '-title';
					?>
					<article class="el-my-gifts__entitlement is-<?php echo esc_attr( $el_item['status'] ); ?>" id="el-entitlement-<?php echo esc_attr( $el_id ); ?>" aria-labelledby="<?php echo esc_attr( $el_title_id ); ?>" data-el-entitlement="<?php echo esc_attr( $el_id ); ?>" data-el-number="<?php echo esc_attr( (string) $el_item['number'] ); ?>">
						<header class="el-my-gifts__header">
							<h3 class="el-my-gifts__title" id="<?php echo esc_attr( $el_title_id ); ?>" tabindex="-1">
								<?php
								/* translators: %s: entitlement reference number. */
								echo esc_html( sprintf( __( 'Premium gift #%s', 'entitlement-ledger' ), $el_id ) );
								?>
							</h3>
							<span class="el-my-gifts__status is-<?php echo esc_attr( $el_item['status'] ); ?>" data-el-status><?php echo esc_html( $el_item['status_label'] ); ?></span>
						</header>
						<?php
						if ( null !== $el_context['notice'] && $el_item['id'] === $el_context['notice']['entitlement_id'] ) {
							$el_notice( $el_context['notice'] );
						}
						?>
						<div class="el-my-gifts__body" data-el-body>
							<?php if ( 'active' === $el_item['status'] ) : ?>
								<?php if ( null !== $el_item['expires_at'] ) : ?>
									<p class="el-my-gifts__meta">
										<?php
										/* translators: %s: date. */
										echo esc_html( sprintf( __( 'Choose your gift by %s.', 'entitlement-ledger' ), $el_item['expires_at'] ) );
										?>
									</p>
								<?php endif; ?>
								<?php if ( array() === $el_item['gifts'] ) : ?>
									<p class="el-my-gifts__none">
										<?php
										/* translators: %d: cycle number. */
										echo esc_html( sprintf( __( 'The gifts for cycle %d are not ready yet. Please check back soon.', 'entitlement-ledger' ), $el_item['number'] ) );
										?>
									</p>
								<?php else : ?>
									<form class="el-my-gifts__form" method="post" action="<?php echo esc_url( $el_context['form_action'] ); ?>" data-el-redeem-form>
										<input type="hidden" name="action" value="<?php echo esc_attr( RedeemForm::ACTION ); ?>" />
										<input type="hidden" name="entitlement_id" value="<?php echo esc_attr( $el_id ); ?>" />
										<input type="hidden" name="_wpnonce" value="<?php echo esc_attr( wp_create_nonce( RedeemForm::nonce_action( $el_item['id'] ) ) ); ?>" />
										<input type="hidden" name="_wp_http_referer" value="<?php echo esc_attr( $el_context['return_url'] ); ?>" />
										<fieldset class="el-my-gifts__choices">
											<legend class="el-my-gifts__legend"><?php esc_html_e( 'Choose your gift', 'entitlement-ledger' ); ?></legend>
											<ul class="el-my-gifts__gifts">
												<?php foreach ( $el_item['gifts'] as $el_gift ) : ?>
													<?php $el_gift_id = 'el-gift-' . $el_id . '-' . $el_gift['id']; ?>
													<li class="el-my-gifts__gift">
														<label class="el-my-gifts__gift-label">
															<input class="el-my-gifts__radio" type="radio" name="gift_id" required value="<?php echo esc_attr( (string) $el_gift['id'] ); ?>" aria-labelledby="<?php echo esc_attr( $el_gift_id . '-name' ); ?>"<?php echo '' !== $el_gift['description'] ? ' aria-describedby="' . esc_attr( $el_gift_id . '-description' ) . '"' : ''; ?> />
															<?php
															if ( null !== $el_gift['image_id'] ) {
																echo wp_get_attachment_image(
																	$el_gift['image_id'],
																	'thumbnail',
																	false,
																	array(
																		'class'   => 'el-my-gifts__gift-image',
																		'alt'     => '',
																		'loading' => 'lazy',
																	)
																);
															}
															?>
															<span class="el-my-gifts__gift-text">
																<span class="el-my-gifts__gift-name" id="<?php echo esc_attr( $el_gift_id . '-name' ); ?>"><?php echo esc_html( $el_gift['name'] ); ?></span>
																<?php if ( '' !== $el_gift['description'] ) : ?>
																	<span class="el-my-gifts__gift-description" id="<?php echo esc_attr( $el_gift_id . '-description' ); ?>"><?php echo esc_html( $el_gift['description'] ); ?></span>
																<?php endif; ?>
															</span>
														</label>
													</li>
												<?php endforeach; ?>
											</ul>
										</fieldset>
										<p class="el-my-gifts__error" role="alert" data-el-error></p>
										<div class="el-my-gifts__actions">
											<button type="submit" class="el-my-gifts__button wp-element-button" data-el-redeem>
												<?php
												printf(
													'%1$s<span class="el-my-gifts__sr-only"> %2$s</span>',
													esc_html__( 'Redeem', 'entitlement-ledger' ),
													/* translators: %s: entitlement reference number. */
													esc_html( sprintf( __( 'premium gift #%s', 'entitlement-ledger' ), $el_id ) )
												);
												?>
											</button>
											<span class="el-my-gifts__hint"><?php esc_html_e( 'You choose once: the gift is then shipped to your shipping address.', 'entitlement-ledger' ); ?></span>
										</div>
									</form>
								<?php endif; ?>
							<?php elseif ( 'redeemed' === $el_item['status'] ) : ?>
								<?php $el_redeemed_details( $el_item['gift'], $el_item['fulfilment_order'], $el_item['redeemed_at'], false ); ?>
							<?php elseif ( 'expired' === $el_item['status'] ) : ?>
								<p class="el-my-gifts__meta">
									<?php
									echo esc_html(
										null !== $el_item['expires_at']
											/* translators: %s: date. */
											? sprintf( __( 'This gift expired on %s before one was chosen.', 'entitlement-ledger' ), $el_item['expires_at'] )
											: __( 'This gift expired before one was chosen.', 'entitlement-ledger' )
									);
									?>
								</p>
							<?php else : ?>
								<p class="el-my-gifts__meta"><?php esc_html_e( 'This gift was cancelled.', 'entitlement-ledger' ); ?></p>
							<?php endif; ?>
						</div>
					</article>
				<?php endforeach; ?>
			</section>
		<?php endforeach; ?>

		<template data-el-redeemed-template>
			<?php $el_redeemed_details( null, null, $el_today ? $el_today : null, true ); ?>
		</template>
		<template data-el-status-redeemed><?php esc_html_e( 'Redeemed', 'entitlement-ledger' ); ?></template>
		<template data-el-dialog-template>
			<dialog class="el-my-gifts__dialog" role="alertdialog" aria-modal="true" aria-labelledby="el-my-gifts-dialog-title" aria-describedby="el-my-gifts-dialog-description">
				<h2 class="el-my-gifts__dialog-title" id="el-my-gifts-dialog-title"><?php esc_html_e( 'Redeem this gift?', 'entitlement-ledger' ); ?></h2>
				<p id="el-my-gifts-dialog-description">
					<?php
					printf(
						/* translators: 1: gift name, 2: cycle number. */
						esc_html__( 'You are choosing %1$s for cycle %2$s. You cannot change your choice afterwards.', 'entitlement-ledger' ),
						'<strong data-el-slot="gift"></strong>',
						'<span data-el-slot="number"></span>'
					);
					?>
				</p>
				<div class="el-my-gifts__dialog-actions">
					<button type="button" class="el-my-gifts__button wp-element-button" data-el-confirm><?php esc_html_e( 'Confirm', 'entitlement-ledger' ); ?></button>
					<button type="button" class="el-my-gifts__button wp-element-button is-secondary" data-el-cancel><?php esc_html_e( 'Cancel', 'entitlement-ledger' ); ?></button>
				</div>
			</dialog>
		</template>
	<?php endif; ?>
</div>
