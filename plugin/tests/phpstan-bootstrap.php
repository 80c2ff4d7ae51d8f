<?php
/**
 * Constants PHPStan needs to analyse the plugin without loading WordPress.
 *
 * @package EntitlementLedger
 */

define( 'ABSPATH', '/tmp/' );
define( 'ENTITLEMENT_LEDGER_FILE', __DIR__ . '/../entitlement-ledger.php' );
define( 'ENTITLEMENT_LEDGER_VERSION', '0.0.0' );
define( 'ENTITLEMENT_LEDGER_MIN_PHP', '8.1' );
define( 'ENTITLEMENT_LEDGER_MIN_WP', '6.7' );
define( 'DAY_IN_SECONDS', 86400 );
define( 'HOUR_IN_SECONDS', 3600 );
define( 'ARRAY_A', 'ARRAY_A' );
