<?php
/**
 * Server-side rendering of the entitlement-ledger/my-gifts block.
 *
 * The wrapper and its data attributes are the contract with view.js; the
 * list of entitlements and gifts comes with a later issue.
 *
 * @package EntitlementLedger
 *
 * @var array<string, mixed> $attributes Block attributes.
 * @var string               $content    Inner content (none).
 * @var WP_Block             $block      Block instance.
 */

defined( 'ABSPATH' ) || exit;

$el_is_logged_in = is_user_logged_in();

$el_wrapper_attributes = get_block_wrapper_attributes(
	array(
		'data-el-customer' => $el_is_logged_in ? 'logged-in' : 'guest',
		'data-el-rest-url' => esc_url_raw( rest_url( 'entitlement-ledger/v1/me/' ) ),
	)
);
?>
<div <?php echo $el_wrapper_attributes; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- get_block_wrapper_attributes() escapes its output. ?>>
	<?php if ( $el_is_logged_in ) : ?>
		<p><?php esc_html_e( 'Your premium gifts will appear here.', 'entitlement-ledger' ); ?></p>
	<?php else : ?>
		<p>
			<a href="<?php echo esc_url( wp_login_url( get_permalink() ? get_permalink() : home_url( '/' ) ) ); ?>">
				<?php esc_html_e( 'Log in to see your premium gifts.', 'entitlement-ledger' ); ?>
			</a>
		</p>
	<?php endif; ?>
</div>
