<?php
/**
 * WP-CLI command: wp entitlement-ledger.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Cli;

/**
 * Manages entitlements from the command line (being completed).
 */
final class EntitlementCommand {
}
