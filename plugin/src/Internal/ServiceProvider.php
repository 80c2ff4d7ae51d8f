<?php
/**
 * Container wiring.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Internal;

use EntitlementLedger\Admin\AdminPage;
use EntitlementLedger\Blocks\BlockRegistry;
use EntitlementLedger\Blocks\MyGifts\RedeemForm;
use EntitlementLedger\Cli\CliCommands;
use EntitlementLedger\Database\Installer;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\Domain\Access\Capabilities;
use EntitlementLedger\Domain\Access\StaffCapabilityFilter;
use EntitlementLedger\Domain\Fulfilment\FulfilmentGateway;
use EntitlementLedger\Jobs\Housekeeping;
use EntitlementLedger\Jobs\LicenseExpiry;
use EntitlementLedger\RestApi\Licenses\BrandKeyAuth;
use EntitlementLedger\RestApi\Licenses\RateLimiter;
use EntitlementLedger\RestApi\RequestGuard;
use EntitlementLedger\RestApi\Routes;
use EntitlementLedger\WooCommerce\AccountGiftsEndpoint;
use EntitlementLedger\WooCommerce\AccountLicensesEndpoint;
use EntitlementLedger\WooCommerce\Emails\CustomerEmails;
use EntitlementLedger\WooCommerce\LicenseOrders;
use EntitlementLedger\WooCommerce\LicenseProductPanel;
use EntitlementLedger\WooCommerce\OrderAdmin;
use EntitlementLedger\WooCommerce\OrderReversals;
use EntitlementLedger\WooCommerce\PaidOrderEntitlements;
use EntitlementLedger\WooCommerce\ProductPanel;
use EntitlementLedger\WooCommerce\WooCommerceFulfilment;

/**
 * Registers the few services that cannot be autowired, and lists the services that hook
 * into WordPress on boot.
 */
final class ServiceProvider {

	/**
	 * Services whose register() runs on boot when is_needed() says so.
	 */
	public const REGISTERABLE = array(
		Routes::class,
		RequestGuard::class,
		RateLimiter::class,
		BrandKeyAuth::class,
		StaffCapabilityFilter::class,
		AdminPage::class,
		Housekeeping::class,
		LicenseExpiry::class,
		CliCommands::class,
		ProductPanel::class,
		PaidOrderEntitlements::class,
		OrderReversals::class,
		LicenseOrders::class,
		LicenseProductPanel::class,
		OrderAdmin::class,
		BlockRegistry::class,
		RedeemForm::class,
		AccountGiftsEndpoint::class,
		AccountLicensesEndpoint::class,
		CustomerEmails::class,
	);

	/**
	 * Adds factories.
	 *
	 * @param Container $container The container.
	 */
	public function register( Container $container ): void {
		$container->share( Container::class, static fn( Container $c ): Container => $c );
		$container->share( FulfilmentGateway::class, static fn( Container $c ): FulfilmentGateway => $c->get( WooCommerceFulfilment::class ) );
		$container->share(
			Installer::class,
			static fn( Container $c ): Installer => new Installer(
				$c->get( Capabilities::class ),
				array(
					// 2: the counts projection behind exact, cheap list totals.
					2 => static fn() => $c->get( EntitlementStore::class )->rebuild_counts(),
				)
			)
		);
	}
}
