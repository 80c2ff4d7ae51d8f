<?php
/**
 * Email footer: the footer text (option woocommerce_email_footer_text, placeholders replaced) and the document end.
 *
 * @package WooCommerceStandIn\Templates
 */

defined( 'ABSPATH' ) || exit;
?>
				</div>
			</div>
		</div>
		<div id="template_footer" style="padding:16px 0;text-align:center;font-size:12px;color:#8a8a8a;">
			<?php echo wp_kses_post( wpautop( wptexturize( apply_filters( 'woocommerce_email_footer_text', get_option( 'woocommerce_email_footer_text', '{site_title}' ) ) ) ) ); ?>
		</div>
	</div>
</body>
</html>
