<?php
/**
 * The license and brand-key WP-CLI commands, run as a real WP-CLI process.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Tests\Integration\Licenses;

use EntitlementLedger\Database\Tables;
use EntitlementLedger\Domain\Licenses\ActivationService;
use EntitlementLedger\Domain\Licenses\BrandService;

/**
 * The commands call the domain services: provision prints the key once, status lists the
 * key's licenses, deactivate frees a seat, revoke stops a brand key; all audited as "cli".
 */
final class LicenseCliTest extends LicenseTestCase {

	public function test_provision_status_deactivate_and_revoke(): void {
		$this->make_brand( 'cli', array(), 2 );
		$provisioned = $this->wp( 'license provision --brand=cli --product=cli-pro --email=cli@example.test --seats=2' );
		$this->assertSame( 0, $provisioned['code'], $provisioned['output'] );
		$this->assertSame( 1, preg_match( '/Key \(shown once\): (ELK-[0-9A-Z-]+)/', $provisioned['output'], $match ), $provisioned['output'] );
		$key = $match[1];

		$activations = $this->service( ActivationService::class );
		$activations->activate( $activations->resolve_key( $key ), 'https://cli.example' );

		$status = $this->wp( "license status {$key} --format=json" );
		$this->assertSame( 0, $status['code'], $status['output'] );
		$rows = json_decode( $status['output'], true );
		$this->assertIsArray( $rows, $status['output'] );
		$this->assertSame( 'cli-pro', $rows[0]['product'] );
		$this->assertSame( 1, $rows[0]['seats_used'] );

		$off = $this->wp( "license deactivate {$key} https://cli.example" );
		$this->assertSame( 0, $off['code'], $off['output'] );
		$this->assertSame( 0, $this->active_rows( (int) $rows[0]['id'] ) );
		$again = $this->wp( "license deactivate {$key} https://cli.example" );
		$this->assertSame( 1, $again['code'] );
		$this->assertStringContainsString( 'el_activation_not_found', $again['output'] );

		$wrong = $this->wp( 'license status ELK-00000000-0000000-0000000-0000000-0000000' );
		$this->assertSame( 1, $wrong['code'] );
		$this->assertStringContainsString( 'el_license_not_found', $wrong['output'] );

		$brand_key = $this->service( BrandService::class )->create_key( 'cli', 'Checkout' )['key']->id;
		$revoked   = $this->wp( "brand-key revoke {$brand_key}" );
		$this->assertSame( 0, $revoked['code'], $revoked['output'] );
		$this->assertSame( 1, $this->wp( "brand-key revoke {$brand_key}" )['code'], 'a revoked key cannot be revoked again' );

		global $wpdb;
		$actors = $wpdb->get_results( $wpdb->prepare( "SELECT action, actor_type FROM %i WHERE action IN ('license.provisioned', 'license.deactivated', 'brand_key.revoked') ORDER BY id", Tables::name( Tables::AUDIT_LOG ) ), ARRAY_A );
		$this->assertSame(
			array(
				array(
					'action'     => 'license.provisioned',
					'actor_type' => 'cli',
				),
				array(
					'action'     => 'license.deactivated',
					'actor_type' => 'cli',
				),
				array(
					'action'     => 'brand_key.revoked',
					'actor_type' => 'cli',
				),
			),
			$actors
		);
	}

	/**
	 * Runs `scripts/wp test entitlement-ledger …`.
	 *
	 * @param string $command Arguments after entitlement-ledger.
	 * @return array{code: int, output: string}
	 */
	private function wp( string $command ): array {
		$root = dirname( (string) getenv( 'EL_TEST_SITE' ), 4 );
		$out  = array();
		$code = 0;
		exec( 'bash ' . escapeshellarg( $root . '/scripts/wp' ) . ' test entitlement-ledger ' . $command . ' 2>&1', $out, $code ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.system_calls_exec -- runs WP-CLI as an operator would.
		return array(
			'code'   => $code,
			'output' => implode( "\n", $out ),
		);
	}
}
