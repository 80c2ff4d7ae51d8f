<?php
/**
 * Server-side rendering of the entitlement-ledger/license-keys block.
 *
 * For the logged-in customer: each license (product, key prefix, status, seats in use,
 * expiry) with its active instances and a Deactivate button per instance, which view.js
 * sends to POST /me/licenses/{id}/deactivate. Full keys are never shown here: they are
 * stored hashed (the order that sold a license shows its key).
 *
 * @package EntitlementLedger
 *
 * @var array<string, mixed> $attributes Block attributes.
 * @var string               $content    Inner content (none).
 * @var WP_Block             $block      Block instance.
 */

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound -- included by the block's render callback: these variables are local to it.

defined( 'ABSPATH' ) || exit;

use EntitlementLedger\Blocks\LicenseKeys\LicenseKeysBlock;

if ( ! class_exists( LicenseKeysBlock::class ) ) {
	return;
}

$el_context     = LicenseKeysBlock::instance()->context();
$el_date_format = (string) get_option( 'date_format', 'F j, Y' );
$el_statuses    = array(
	'valid'     => __( 'Valid', 'entitlement-ledger' ),
	'suspended' => __( 'Suspended', 'entitlement-ledger' ),
	'cancelled' => __( 'Cancelled', 'entitlement-ledger' ),
	'expired'   => __( 'Expired', 'entitlement-ledger' ),
);
?>
<div
	<?php
	echo get_block_wrapper_attributes( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress.
		array(
			'class'            => 'el-license-keys',
			'data-el-rest-url' => $el_context['rest_url'],
			'data-el-nonce'    => $el_context['rest_nonce'],
			'data-el-i18n'     => (string) wp_json_encode(
				array(
					'busy'   => __( 'Deactivating…', 'entitlement-ledger' ),
					/* translators: %s: instance (site or machine). */
					'done'   => __( '%s was deactivated; its seat is free.', 'entitlement-ledger' ),
					'failed' => __( 'The instance could not be deactivated. Reload the page and try again.', 'entitlement-ledger' ),
					'none'   => __( 'No active instances.', 'entitlement-ledger' ),
				)
			),
		)
	);
	?>
>
	<p class="el-license-keys__notice" data-el-live role="status" aria-live="polite" hidden></p>
	<?php if ( ! $el_context['logged_in'] ) : ?>
		<p class="el-license-keys__notice is-info">
			<?php
			printf(
				/* translators: %s: login link. */
				esc_html__( 'Please %s to see your license keys.', 'entitlement-ledger' ),
				'<a href="' . esc_url( $el_context['login_url'] ) . '">' . esc_html__( 'log in', 'entitlement-ledger' ) . '</a>'
			);
			?>
		</p>
	<?php elseif ( array() === $el_context['licenses'] ) : ?>
		<p class="el-license-keys__notice is-info"><?php esc_html_e( 'You have no license keys yet.', 'entitlement-ledger' ); ?></p>
	<?php else : ?>
		<?php foreach ( $el_context['licenses'] as $el_license ) : ?>
			<article class="el-license-keys__license" data-el-license="<?php echo esc_attr( (string) $el_license['id'] ); ?>">
				<h3 class="el-license-keys__title"><?php echo esc_html( $el_license['product_name'] ); ?></h3>
				<dl class="el-license-keys__facts">
					<dt><?php esc_html_e( 'Key', 'entitlement-ledger' ); ?></dt>
					<dd><code><?php echo esc_html( 'ELK-' . $el_license['key_prefix'] . '-…' ); ?></code></dd>
					<dt><?php esc_html_e( 'Status', 'entitlement-ledger' ); ?></dt>
					<dd class="el-license-keys__status is-<?php echo esc_attr( $el_license['status'] ); ?>"><?php echo esc_html( $el_statuses[ $el_license['status'] ] ?? $el_license['status'] ); ?></dd>
					<dt><?php esc_html_e( 'Seats in use', 'entitlement-ledger' ); ?></dt>
					<dd>
						<?php
						printf(
							/* translators: 1: seats in use, 2: seats. */
							esc_html__( '%1$s of %2$s', 'entitlement-ledger' ),
							'<span data-el-seats-used>' . esc_html( (string) $el_license['seats_used'] ) . '</span>',
							esc_html( (string) $el_license['seats'] )
						);
						?>
					</dd>
					<dt><?php esc_html_e( 'Expires', 'entitlement-ledger' ); ?></dt>
					<dd><?php echo esc_html( null === $el_license['expires_at'] ? __( 'Never', 'entitlement-ledger' ) : wp_date( $el_date_format, (int) strtotime( $el_license['expires_at'] . ' UTC' ) ) ); ?></dd>
				</dl>
				<h4><?php esc_html_e( 'Active instances', 'entitlement-ledger' ); ?></h4>
				<ul class="el-license-keys__instances">
					<?php if ( array() === $el_license['instances'] ) : ?>
						<li><?php esc_html_e( 'No active instances.', 'entitlement-ledger' ); ?></li>
					<?php endif; ?>
					<?php foreach ( $el_license['instances'] as $el_instance ) : ?>
						<li class="el-license-keys__instance" data-el-instance="<?php echo esc_attr( $el_instance['instance'] ); ?>">
							<code><?php echo esc_html( $el_instance['instance'] ); ?></code>
							<?php if ( ! $el_instance['uses_seat'] ) : ?>
								<span><?php esc_html_e( '(uses no seat)', 'entitlement-ledger' ); ?></span>
							<?php endif; ?>
							<button type="button" class="wp-element-button" data-el-deactivate>
								<?php esc_html_e( 'Deactivate', 'entitlement-ledger' ); ?>
								<span class="screen-reader-text"><?php echo esc_html( $el_instance['instance'] ); ?></span>
							</button>
						</li>
					<?php endforeach; ?>
				</ul>
			</article>
		<?php endforeach; ?>
	<?php endif; ?>
</div>
