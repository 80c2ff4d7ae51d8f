<?php
/**
 * Signatures of the WP-CLI API the plugin uses, for static analysis only (never loaded).
 * WP-CLI's own stubs package is not served by the registry mirror here.
 *
 * @package EntitlementLedger
 */

// phpcs:disable

namespace {
class WP_CLI {
	/**
	 * @param string                $name     Command name.
	 * @param callable|object|string $callable Command.
	 * @param array<string, mixed>  $args     Options.
	 */
	public static function add_command( $name, $callable, $args = array() ): bool { return true; }
	/** @param string $message Message. */
	public static function log( $message ): void {}
	/** @param string $message Message. */
	public static function line( $message = '' ): void {}
	/** @param string $message Message. */
	public static function success( $message ): void {}
	/** @param string $message Message. */
	public static function warning( $message ): void {}
	/**
	 * @param string|\WP_Error $message Message.
	 * @param bool|int         $exit    Exit code or false.
	 * @return never
	 */
	public static function error( $message, $exit = true ): void { exit( 1 ); }
}
}

namespace WP_CLI\Utils {

/**
 * @param string                          $format Format.
 * @param array<int, array<string, mixed>> $items  Items.
 * @param array<int, string>|string       $fields Fields.
 */
function format_items( $format, $items, $fields ): void {}

/**
 * @param array<string, mixed> $assoc_args Args.
 * @param string               $flag       Flag.
 * @param mixed                $default    Default.
 * @return mixed
 */
function get_flag_value( $assoc_args, $flag, $default = null ) { return $default; }

/**
 * @param string $message Message.
 * @param int    $count   Count.
 * @return \cli\progress\Bar
 */
function make_progress_bar( $message, $count ) { return new \cli\progress\Bar(); }
}

namespace cli\progress {

class Bar {
	public function tick(): void {}
	public function finish(): void {}
}
}
