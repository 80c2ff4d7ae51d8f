<?php
/**
 * WP-CLI command: wp entitlement-ledger.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Cli;

use EntitlementLedger\DataStores\BulkSeeder;
use EntitlementLedger\DataStores\EntitlementQuery;
use EntitlementLedger\DataStores\EntitlementStore;
use EntitlementLedger\Domain\Audit\AuditLog;
use EntitlementLedger\Domain\Clock;
use EntitlementLedger\Domain\DomainError;
use EntitlementLedger\Domain\Entitlements\Entitlement;
use EntitlementLedger\Domain\Entitlements\EntitlementService;
use EntitlementLedger\Domain\Entitlements\EntitlementStatus;
use EntitlementLedger\Domain\Ledger\LedgerVerifier;
use EntitlementLedger\Domain\Money\Money;
use EntitlementLedger\Domain\Settings\Settings;
use WP_CLI;
use WP_CLI\Utils;

/**
 * Manages entitlements and checks the revenue ledger.
 *
 * Every write goes through the domain services, so it is transactional, audited (actor "cli")
 * and posts the same journal entries as the REST API and wp-admin.
 */
final class EntitlementCommand {

	/**
	 * Default columns of `list`.
	 */
	private const LIST_FIELDS = array( 'id', 'customer_email', 'number', 'status', 'currency', 'deferred_amount', 'deferred_balance', 'earned_amount', 'created_at', 'expires_at' );

	/**
	 * Constructor.
	 *
	 * @param EntitlementService $service  Entitlement lifecycle.
	 * @param EntitlementStore   $store    Entitlement SQL (listing, expiry queue).
	 * @param LedgerVerifier     $verifier Ledger invariants.
	 * @param BulkSeeder         $seeder   Bulk demo data.
	 * @param Settings           $settings Settings (breakage policy).
	 * @param AuditLog           $audit    Audit log (one entry per seed run).
	 * @param Clock              $clock    Time.
	 */
	public function __construct(
		private EntitlementService $service,
		private EntitlementStore $store,
		private LedgerVerifier $verifier,
		private BulkSeeder $seeder,
		private Settings $settings,
		private AuditLog $audit,
		private Clock $clock
	) {
	}

	/**
	 * Lists entitlements.
	 *
	 * ## OPTIONS
	 *
	 * [--status=<status>]
	 * : Only these statuses, comma-separated: active (Unredeemed), redeemed, expired, cancelled.
	 *
	 * [--number=<number>]
	 * : Only this entitlement number (cycle), e.g. 2026.
	 *
	 * [--email=<email>]
	 * : Only this customer email.
	 *
	 * [--search=<text>]
	 * : Email or name prefix, or an id / order number.
	 *
	 * [--per_page=<n>]
	 * : Page size.
	 * ---
	 * default: 20
	 * ---
	 *
	 * [--page=<n>]
	 * : Page.
	 * ---
	 * default: 1
	 * ---
	 *
	 * [--fields=<fields>]
	 * : Columns to show, comma-separated.
	 *
	 * [--format=<format>]
	 * : Output format.
	 * ---
	 * default: table
	 * options:
	 *   - table
	 *   - json
	 *   - csv
	 *   - ids
	 * ---
	 *
	 * ## EXAMPLES
	 *
	 *     wp entitlement-ledger list --status=active --number=2026
	 *     wp entitlement-ledger list --email=jane@example.com --format=json
	 *
	 * @subcommand list
	 *
	 * @param list<string>          $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function list_( array $args, array $assoc_args ): void {
		unset( $args );
		$this->run(
			function () use ( $assoc_args ): void {
				$statuses = array();
				if ( isset( $assoc_args['status'] ) ) {
					foreach ( array_filter( array_map( 'trim', explode( ',', strtolower( $assoc_args['status'] ) ) ) ) as $status ) {
						$statuses[] = ( EntitlementStatus::tryFrom( $status ) ?? throw DomainError::invalid( 'el_invalid_status', 'Unknown status: ' . $status, 'status' ) )->value;
					}
				}
				$query  = new EntitlementQuery(
					email: isset( $assoc_args['email'] ) ? strtolower( trim( $assoc_args['email'] ) ) : null,
					statuses: $statuses,
					number: isset( $assoc_args['number'] ) ? (int) $assoc_args['number'] : null,
					search: $assoc_args['search'] ?? null,
					page: max( 1, (int) ( $assoc_args['page'] ?? 1 ) ),
					per_page: min( 1000, max( 1, (int) ( $assoc_args['per_page'] ?? 20 ) ) )
				);
				$result = $this->store->query( $query );
				$format = $assoc_args['format'] ?? 'table';
				if ( 'ids' === $format ) {
					WP_CLI::line( implode( ' ', array_map( static fn( Entitlement $item ): int => $item->id, $result['items'] ) ) );
					return;
				}
				$fields = isset( $assoc_args['fields'] ) ? array_map( 'trim', explode( ',', $assoc_args['fields'] ) ) : self::LIST_FIELDS;
				Utils\format_items( $format, array_map( static fn( Entitlement $item ): array => self::row( $item ), $result['items'] ), $fields );
				if ( 'table' === $format ) {
					WP_CLI::log( sprintf( '%d of %d entitlement(s), page %d.', count( $result['items'] ), $result['total'], $query->page ) );
				}
			}
		);
	}

	/**
	 * Creates an entitlement with its deferral entry.
	 *
	 * ## OPTIONS
	 *
	 * --email=<email>
	 * : Customer email.
	 *
	 * --number=<number>
	 * : Entitlement number (cycle), e.g. 2026.
	 *
	 * --amount=<amount>
	 * : Deferred amount as a decimal string, e.g. 12.50.
	 *
	 * --currency=<currency>
	 * : ISO 4217 code, e.g. USD.
	 *
	 * [--customer=<user_id>]
	 * : WordPress user id of the customer.
	 *
	 * [--subscription=<id>]
	 * : Subscription (or selling order) id.
	 *
	 * [--porcelain]
	 * : Print only the new id.
	 *
	 * ## EXAMPLES
	 *
	 *     wp entitlement-ledger create --email=jane@example.com --number=2026 --amount=12.50 --currency=USD
	 *
	 * @param list<string>               $args       Positional arguments.
	 * @param array<string, string|bool> $assoc_args Options.
	 */
	public function create( array $args, array $assoc_args ): void {
		unset( $args );
		$this->run(
			function () use ( $assoc_args ): void {
				$data = array(
					'customer_email'  => (string) ( $assoc_args['email'] ?? '' ),
					'number'          => self::integer( $assoc_args['number'] ?? null, 'number' ),
					'deferred_amount' => (string) ( $assoc_args['amount'] ?? '' ),
					'currency'        => (string) ( $assoc_args['currency'] ?? '' ),
				);
				if ( isset( $assoc_args['customer'] ) ) {
					$data['customer_id'] = self::integer( $assoc_args['customer'], 'customer' );
				}
				if ( isset( $assoc_args['subscription'] ) ) {
					$data['subscription_id'] = self::integer( $assoc_args['subscription'], 'subscription' );
				}
				$entitlement = $this->service->create( $data );
				if ( ! empty( $assoc_args['porcelain'] ) ) {
					WP_CLI::line( (string) $entitlement->id );
					return;
				}
				WP_CLI::success( sprintf( 'Created entitlement #%d (%s %s deferred, number %d).', $entitlement->id, Money::format( $entitlement->deferred_amount, $entitlement->currency ), $entitlement->currency->code, $entitlement->number ) );
			}
		);
	}

	/**
	 * Redeems an entitlement with a gift of its cycle or an existing order.
	 *
	 * --gift creates the fulfilment order (standard); --order links an order (custom).
	 *
	 * ## OPTIONS
	 *
	 * <id>
	 * : Entitlement id.
	 *
	 * [--gift=<gift_id>]
	 * : Standard redemption with this gift.
	 *
	 * [--order=<order_id>]
	 * : Custom redemption linking this existing order.
	 *
	 * [--note=<note>]
	 * : Note kept with the redemption.
	 *
	 * ## EXAMPLES
	 *
	 *     wp entitlement-ledger redeem 42 --gift=7
	 *     wp entitlement-ledger redeem 42 --order=345 --note="Sent by hand"
	 *
	 * @param list<string>          $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function redeem( array $args, array $assoc_args ): void {
		$this->run(
			function () use ( $args, $assoc_args ): void {
				$id   = self::integer( $args[0] ?? null, 'id' );
				$note = (string) ( $assoc_args['note'] ?? '' );
				if ( isset( $assoc_args['gift'] ) === isset( $assoc_args['order'] ) ) {
					throw DomainError::invalid( 'el_invalid_redemption', 'Give either --gift=<id> (standard) or --order=<id> (custom).' );
				}
				$entitlement = isset( $assoc_args['gift'] )
					? $this->service->redeem_standard( $id, self::integer( $assoc_args['gift'], 'gift' ), $note )
					: $this->service->redeem_custom( $id, self::integer( $assoc_args['order'], 'order' ), $note );
				WP_CLI::success( sprintf( 'Redeemed entitlement #%d (order #%d).', $entitlement->id, (int) $entitlement->redemption?->order_id ) );
			}
		);
	}

	/**
	 * Cancels an unredeemed entitlement and reverses its deferral.
	 *
	 * ## OPTIONS
	 *
	 * <id>
	 * : Entitlement id.
	 *
	 * --reason=<reason>
	 * : Why; kept in the ledger memo and the audit log.
	 *
	 * @param list<string>          $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function cancel( array $args, array $assoc_args ): void {
		$this->run(
			function () use ( $args, $assoc_args ): void {
				$reason = trim( (string) ( $assoc_args['reason'] ?? '' ) );
				if ( '' === $reason ) {
					throw DomainError::invalid( 'el_reason_required', 'Give a --reason.', 'reason' );
				}
				$entitlement = $this->service->cancel( self::integer( $args[0] ?? null, 'id' ), $reason );
				WP_CLI::success( sprintf( 'Cancelled entitlement #%d.', $entitlement->id ) );
			}
		);
	}

	/**
	 * Expires every unredeemed entitlement past its expiry date.
	 *
	 * Recognises the breakage when the breakage setting says so. Works in batches until none is due.
	 *
	 * ## OPTIONS
	 *
	 * [--batch=<n>]
	 * : Entitlements fetched per batch.
	 * ---
	 * default: 500
	 * ---
	 *
	 * @param list<string>          $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function expire( array $args, array $assoc_args ): void {
		unset( $args );
		$this->run(
			function () use ( $assoc_args ): void {
				$batch   = max( 1, (int) ( $assoc_args['batch'] ?? 500 ) );
				$expired = 0;
				$failed  = array();
				do {
					$ids   = array_values( array_diff( $this->store->ids_due_to_expire( $this->clock->now(), $batch + count( $failed ) ), array_keys( $failed ) ) );
					$ids   = array_slice( $ids, 0, $batch );
					$count = count( $ids );
					foreach ( $ids as $id ) {
						try {
							if ( null !== $this->service->expire( $id ) ) {
								++$expired;
							}
						} catch ( DomainError $error ) {
							$failed[ $id ] = true;
							WP_CLI::warning( sprintf( 'Entitlement #%d: %s: %s', $id, $error->error_code, $error->getMessage() ) );
						}
					}
				} while ( $count > 0 );
				WP_CLI::success( sprintf( 'Expired %d entitlement(s).', $expired ) );
				if ( array() !== $failed ) {
					WP_CLI::error( sprintf( '%d entitlement(s) could not be expired.', count( $failed ) ) );
				}
			}
		);
	}

	/**
	 * Checks the ledger invariants; exits with status 1 when any is violated.
	 *
	 * Entries balance, entitlement amounts match their lines and statuses, reversals mirror
	 * their originals once, and the report projections match the journal.
	 *
	 * ## OPTIONS
	 *
	 * [--format=<format>]
	 * : Output format of the violations.
	 * ---
	 * default: table
	 * options:
	 *   - table
	 *   - json
	 *   - csv
	 * ---
	 *
	 * ## EXAMPLES
	 *
	 *     wp entitlement-ledger verify
	 *
	 * @param list<string>          $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function verify( array $args, array $assoc_args ): void {
		unset( $args );
		$this->run(
			function () use ( $assoc_args ): void {
				$started    = microtime( true );
				$violations = $this->verifier->verify();
				$counts     = $this->verifier->counts();
				$seconds    = microtime( true ) - $started;
				if ( array() !== $violations ) {
					Utils\format_items( $assoc_args['format'] ?? 'table', $violations, array( 'invariant', 'detail' ) );
					WP_CLI::error( sprintf( '%d ledger invariant violation(s) found in %.1fs.', count( $violations ), $seconds ) );
				}
				WP_CLI::success(
					sprintf(
						'Ledger verified in %.1fs: %d entitlement(s), %d entry(ies), %d line(s); no violations.',
						$seconds,
						$counts['entitlements'],
						$counts['entries'],
						$counts['lines']
					)
				);
			}
		);
	}

	/**
	 * Writes demo or benchmark entitlements with ledger history, fast.
	 *
	 * Deferrals, adjustments, redemptions, undone redemptions, expiries and cancellations over the
	 * last 18 months, with the report projections, written in bulk. `verify` passes afterwards.
	 * Run it on a quiet site: ids are assigned per batch.
	 *
	 * ## OPTIONS
	 *
	 * --count=<n>
	 * : How many entitlements.
	 *
	 * [--currencies=<codes>]
	 * : Currencies to spread them over, comma-separated.
	 * ---
	 * default: USD,EUR
	 * ---
	 *
	 * [--seed=<seed>]
	 * : Random seed (same seed, count and day: same data).
	 * ---
	 * default: 42
	 * ---
	 *
	 * [--batch=<n>]
	 * : Entitlements per transaction.
	 * ---
	 * default: 2000
	 * ---
	 *
	 * ## EXAMPLES
	 *
	 *     wp entitlement-ledger seed --count=100000
	 *
	 * @param list<string>          $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function seed( array $args, array $assoc_args ): void {
		unset( $args );
		$this->run(
			function () use ( $assoc_args ): void {
				$count      = self::integer( $assoc_args['count'] ?? null, 'count' );
				$currencies = array_values( array_filter( array_map( 'trim', explode( ',', strtoupper( $assoc_args['currencies'] ?? 'USD,EUR' ) ) ) ) );
				$seed       = (int) ( $assoc_args['seed'] ?? 42 );
				$batch      = max( 1, (int) ( $assoc_args['batch'] ?? 2000 ) );
				$progress   = Utils\make_progress_bar( sprintf( 'Seeding %d entitlement(s)', $count ), $count );
				$last       = 0;
				$started    = microtime( true );
				$written    = $this->seeder->seed(
					$count,
					$currencies,
					$seed,
					$this->clock->timestamp(),
					$this->settings->recognises_breakage(),
					$batch,
					static function ( int $done ) use ( $progress, &$last ): void {
						for ( ; $last < $done; $last++ ) {
							$progress->tick();
						}
					}
				);
				$progress->finish();
				$seconds = max( 0.001, microtime( true ) - $started );
				$this->audit->record( 'entitlements.seeded', 'entitlement', null, null, $written + array( 'seed' => $seed ) );
				WP_CLI::success(
					sprintf(
						'Seeded %d entitlement(s), %d entry(ies), %d line(s) in %.1fs (%d entitlements/s).',
						$written['entitlements'],
						$written['entries'],
						$written['lines'],
						$seconds,
						(int) round( $written['entitlements'] / $seconds )
					)
				);
			}
		);
	}

	/**
	 * Runs a subcommand, turning domain errors into WP_CLI::error (exit status 1).
	 *
	 * @param callable(): void $work The subcommand.
	 */
	private function run( callable $work ): void {
		try {
			$work();
		} catch ( DomainError $error ) {
			WP_CLI::error( sprintf( '%s: %s', $error->error_code, $error->getMessage() ) );
		} catch ( \InvalidArgumentException $error ) {
			WP_CLI::error( $error->getMessage() );
		}
	}

	/**
	 * A positive whole number from an argument.
	 *
	 * @param mixed  $value Argument.
	 * @param string $name  Its name.
	 * @throws DomainError When not a positive integer.
	 */
	private static function integer( mixed $value, string $name ): int {
		if ( ! is_scalar( $value ) || 1 !== preg_match( '/^\d+$/D', (string) $value ) || (int) $value < 1 ) {
			throw DomainError::invalid( 'el_invalid_argument', sprintf( '%s must be a positive whole number.', $name ), $name );
		}
		return (int) $value;
	}

	/**
	 * An entitlement as a table row.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @return array<string, mixed>
	 */
	private static function row( Entitlement $entitlement ): array {
		return array(
			'id'               => $entitlement->id,
			'customer_id'      => $entitlement->customer_id,
			'customer_email'   => $entitlement->customer_email,
			'customer_name'    => $entitlement->customer_name,
			'subscription_id'  => $entitlement->subscription_id,
			'type'             => $entitlement->type,
			'number'           => $entitlement->number,
			'status'           => $entitlement->status->value,
			'currency'         => $entitlement->currency->code,
			'deferred_amount'  => Money::format( $entitlement->deferred_amount, $entitlement->currency ),
			'deferred_balance' => Money::format( $entitlement->deferred_balance, $entitlement->currency ),
			'earned_amount'    => Money::format( $entitlement->earned_amount, $entitlement->currency ),
			'starts_at'        => $entitlement->starts_at,
			'expires_at'       => $entitlement->expires_at,
			'redeemed_at'      => $entitlement->redemption?->redeemed_at,
			'order_id'         => $entitlement->redemption?->order_id,
			'created_at'       => $entitlement->created_at,
			'deleted_at'       => $entitlement->deleted_at,
		);
	}
}
