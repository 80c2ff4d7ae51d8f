<?php
/**
 * Table names.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Database;

/**
 * The plugin's table names with the site's prefix.
 */
final class Tables {

	public const ENTITLEMENTS       = 'el_entitlements';
	public const GIFTS              = 'el_gifts';
	public const LEDGER_ENTRIES     = 'el_ledger_entries';
	public const LEDGER_LINES       = 'el_ledger_lines';
	public const LEDGER_DAILY       = 'el_ledger_daily';
	public const LIABILITY          = 'el_liability';
	public const ENTITLEMENT_COUNTS = 'el_entitlement_counts';
	public const AUDIT_LOG          = 'el_audit_log';
	public const IDEMPOTENCY_KEYS   = 'el_idempotency_keys';
	public const BRANDS             = 'el_brands';
	public const LICENSED_PRODUCTS  = 'el_licensed_products';
	public const LICENSE_KEYS       = 'el_license_keys';
	public const LICENSES           = 'el_licenses';
	public const ACTIVATIONS        = 'el_license_activations';
	public const BRAND_API_KEYS     = 'el_brand_api_keys';
	public const RATE_LIMITS        = 'el_rate_limits';

	/**
	 * All tables, in creation order.
	 */
	public const ALL = array(
		self::ENTITLEMENTS,
		self::GIFTS,
		self::LEDGER_ENTRIES,
		self::LEDGER_LINES,
		self::LEDGER_DAILY,
		self::LIABILITY,
		self::ENTITLEMENT_COUNTS,
		self::AUDIT_LOG,
		self::IDEMPOTENCY_KEYS,
		self::BRANDS,
		self::LICENSED_PRODUCTS,
		self::LICENSE_KEYS,
		self::LICENSES,
		self::ACTIVATIONS,
		self::BRAND_API_KEYS,
		self::RATE_LIMITS,
	);

	/**
	 * Full table name.
	 *
	 * @param string $table One of the constants.
	 */
	public static function name( string $table ): string {
		global $wpdb;
		return $wpdb->prefix . $table;
	}
}
