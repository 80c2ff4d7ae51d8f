<?php
/**
 * Email header: the document start and the heading (woocommerce_email_header).
 *
 * @package WooCommerceStandIn\Templates
 *
 * @var string $email_heading
 */

defined( 'ABSPATH' ) || exit;
?>
<!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=<?php bloginfo( 'charset' ); ?>">
	<title><?php echo esc_html( get_bloginfo( 'name', 'display' ) ); ?></title>
</head>
<body style="margin:0;padding:0;background:#f7f7f7;">
	<div id="wrapper" dir="<?php echo is_rtl() ? 'rtl' : 'ltr'; ?>" style="max-width:600px;margin:0 auto;padding:24px;font-family:Helvetica,Arial,sans-serif;color:#3c3c3c;">
		<div id="template_container" style="background:#fff;border:1px solid #dedede;border-radius:3px;">
			<div id="template_header" style="background:#7f54b3;color:#fff;padding:24px 32px;border-radius:3px 3px 0 0;">
				<h1 style="margin:0;font-size:26px;font-weight:300;color:#fff;"><?php echo esc_html( $email_heading ); ?></h1>
			</div>
			<div id="body_content" style="padding:32px;">
				<div id="body_content_inner">
