<?php
/**
 * Who is acting on this request.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Domain\Audit;

/**
 * The actor behind the current write: a user (cookie or application password),
 * WP-CLI, or the system (hooks and jobs with no user). One request id per PHP request.
 */
class ActorContext {

	private ?string $request_id = null;

	/**
	 * Forces the system actor, for jobs and WooCommerce hooks that run during someone else's request.
	 *
	 * @var int
	 */
	private int $system_depth = 0;

	/**
	 * A client that is not a WordPress user (a brand API key, a license key on the public
	 * license routes), as array{type, id}; null for none.
	 *
	 * @var array{0: string, 1: string}|null
	 */
	private ?array $client = null;

	/**
	 * Makes a non-user client the actor for the rest of the request (authenticated by a
	 * brand API key or a license key).
	 *
	 * @param string $type e.g. brand_key, license_key.
	 * @param string $id   Its id.
	 */
	public function act_as_client( string $type, string $id ): void {
		$this->client = array( $type, $id );
	}

	/**
	 * Forgets the non-user client (tests dispatch many requests in one process).
	 */
	public function clear_client(): void {
		$this->client = null;
	}

	/**
	 * Runs $work as the system actor.
	 *
	 * @template T
	 * @param callable(): T $work Work.
	 * @return T
	 */
	public function as_system( callable $work ): mixed {
		++$this->system_depth;
		try {
			return $work();
		} finally {
			--$this->system_depth;
		}
	}

	/**
	 * Current user id, or null.
	 */
	public function user_id(): ?int {
		$id = get_current_user_id();
		return ( $id > 0 && 0 === $this->system_depth ) ? $id : null;
	}

	/**
	 * One of user, application_password, cli, system.
	 */
	public function type(): string {
		if ( $this->system_depth > 0 ) {
			return 'system';
		}
		if ( null !== $this->client ) {
			return $this->client[0];
		}
		if ( defined( 'WP_CLI' ) && WP_CLI ) {
			return 'cli';
		}
		if ( null === $this->user_id() ) {
			return 'system';
		}
		return null !== $this->application_password() ? 'application_password' : 'user';
	}

	/**
	 * Identifier within the type: the user id, with the application password's uuid when used.
	 */
	public function id(): string {
		if ( null !== $this->client && 0 === $this->system_depth ) {
			return $this->client[1];
		}
		$user = $this->user_id();
		if ( null === $user ) {
			return '';
		}
		$password = $this->application_password();
		return null === $password ? (string) $user : $user . ':' . $password;
	}

	/**
	 * The scope idempotency keys live in: one per authenticated client.
	 */
	public function client_scope(): string {
		return $this->type() . ':' . $this->id();
	}

	/**
	 * A random id shared by everything written on this request.
	 */
	public function request_id(): string {
		if ( null === $this->request_id ) {
			$this->request_id = wp_generate_uuid4();
		}
		return $this->request_id;
	}

	/**
	 * Client IP as PHP saw it (no proxy headers are trusted).
	 */
	public function ip(): string {
		$ip = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		return false === filter_var( $ip, FILTER_VALIDATE_IP ) ? '' : $ip;
	}

	/**
	 * Uuid of the application password used on this request, if any.
	 */
	private function application_password(): ?string {
		$uuid = rest_get_authenticated_app_password();
		return is_string( $uuid ) && '' !== $uuid ? $uuid : null;
	}
}
