<?php
/**
 * WC_Session and WC_Session_Handler: per-customer data (the cart, notices, the chosen payment method)
 * kept in the {prefix}woocommerce_sessions table, as in WooCommerce. A logged-in customer's key is
 * the user id; a guest gets a random key in the cookie wp_woocommerce_session_{COOKIEHASH}.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Session data with get/set and magic properties.
 */
abstract class WC_Session {

	/** @var int|string Customer id (user id, or a guest key). */
	protected $_customer_id; // phpcs:ignore PSR2.Classes.PropertyDeclaration.Underscore

	/** @var array Data, values serialized. */
	protected $_data = array(); // phpcs:ignore PSR2.Classes.PropertyDeclaration.Underscore

	/** @var bool Changed since loaded. */
	protected $_dirty = false; // phpcs:ignore PSR2.Classes.PropertyDeclaration.Underscore

	/** Sets the session up. */
	public function init() {}

	/** Removes expired sessions. */
	public function cleanup_sessions() {}

	/**
	 * Magic get.
	 *
	 * @param mixed $key Key.
	 * @return mixed
	 */
	public function __get( $key ) {
		return $this->get( $key );
	}

	/**
	 * Magic set.
	 *
	 * @param mixed $key   Key.
	 * @param mixed $value Value.
	 */
	public function __set( $key, $value ) {
		$this->set( $key, $value );
	}

	/**
	 * Magic isset.
	 *
	 * @param mixed $key Key.
	 * @return bool
	 */
	public function __isset( $key ) {
		return isset( $this->_data[ sanitize_title( $key ) ] );
	}

	/**
	 * Magic unset.
	 *
	 * @param mixed $key Key.
	 */
	public function __unset( $key ) {
		if ( isset( $this->_data[ $key ] ) ) {
			unset( $this->_data[ $key ] );
			$this->_dirty = true;
		}
	}

	/**
	 * A value.
	 *
	 * @param string $key           Key.
	 * @param mixed  $default_value Value when unset.
	 * @return mixed
	 */
	public function get( $key, $default_value = null ) {
		$key = sanitize_key( $key );
		return isset( $this->_data[ $key ] ) ? maybe_unserialize( $this->_data[ $key ] ) : $default_value;
	}

	/**
	 * Sets a value.
	 *
	 * @param string $key   Key.
	 * @param mixed  $value Value.
	 */
	public function set( $key, $value ) {
		if ( $value !== $this->get( $key ) ) {
			$this->_data[ sanitize_key( $key ) ] = maybe_serialize( $value );
			$this->_dirty                        = true;
		}
	}

	/** @return int|string */
	public function get_customer_id() {
		return $this->_customer_id;
	}
}

/**
 * Database-backed session.
 */
class WC_Session_Handler extends WC_Session {

	/** @var string Cookie name. */
	protected $_cookie = ''; // phpcs:ignore PSR2.Classes.PropertyDeclaration.Underscore

	/** @var int Expiring time (renewed after it). */
	protected $_session_expiring = 0; // phpcs:ignore PSR2.Classes.PropertyDeclaration.Underscore

	/** @var int Expiration time. */
	protected $_session_expiration = 0; // phpcs:ignore PSR2.Classes.PropertyDeclaration.Underscore

	/** @var bool Whether a guest cookie is set. */
	protected $_has_cookie = false; // phpcs:ignore PSR2.Classes.PropertyDeclaration.Underscore

	/** @var string Table name. */
	protected $_table = ''; // phpcs:ignore PSR2.Classes.PropertyDeclaration.Underscore

	/** Names the cookie and the table. */
	public function __construct() {
		global $wpdb;
		$this->_cookie = apply_filters( 'woocommerce_cookie', 'wp_woocommerce_session_' . COOKIEHASH );
		$this->_table  = $wpdb->prefix . 'woocommerce_sessions';
	}

	/** Picks the customer key (user id, or the guest cookie's key), loads the data and hooks the save. */
	public function init() {
		$this->set_session_expiration();
		$cookie = $this->get_session_cookie();
		if ( is_user_logged_in() ) {
			$this->_customer_id = strval( get_current_user_id() );
		} elseif ( $cookie ) {
			$this->_customer_id = $cookie[0];
			$this->_has_cookie  = true;
		} else {
			$this->_customer_id = $this->generate_customer_id();
		}
		$this->_data = $this->get_session_data();
		add_action( 'shutdown', array( $this, 'save_data' ), 20 );
		add_action( 'wp_logout', array( $this, 'destroy_session' ) );
	}

	/**
	 * Sets (or, with false, does nothing) the guest cookie: "key||expiration||expiring||hash".
	 *
	 * @param bool $set Set it.
	 */
	public function set_customer_session_cookie( $set ) {
		if ( ! $set || is_user_logged_in() ) {
			return;
		}
		$to_hash           = $this->_customer_id . '|' . $this->_session_expiration;
		$value             = $this->_customer_id . '||' . $this->_session_expiration . '||' . $this->_session_expiring . '||' . hash_hmac( 'md5', $to_hash, wp_hash( $to_hash ) );
		$this->_has_cookie = true;
		if ( ! isset( $_COOKIE[ $this->_cookie ] ) || $value !== $_COOKIE[ $this->_cookie ] ) {
			if ( ! headers_sent() ) {
				setcookie( $this->_cookie, $value, array( 'expires' => $this->_session_expiration, 'path' => COOKIEPATH ? COOKIEPATH : '/', 'domain' => COOKIE_DOMAIN, 'secure' => is_ssl(), 'httponly' => true, 'samesite' => 'Lax' ) );
			}
			$_COOKIE[ $this->_cookie ] = $value;
		}
	}

	/** @return bool Whether the customer has a session (the logged-in user's, or a guest cookie). */
	public function has_session() {
		return isset( $_COOKIE[ $this->_cookie ] ) || $this->_has_cookie || ( is_user_logged_in() && strval( get_current_user_id() ) === strval( $this->_customer_id ) );
	}

	/** Sessions last 48 hours (woocommerce_session_expiration), renewed after 47. */
	public function set_session_expiration() {
		$this->_session_expiring   = time() + intval( apply_filters( 'wc_session_expiring', 60 * 60 * 47 ) );
		$this->_session_expiration = time() + intval( apply_filters( 'wc_session_expiration', 60 * 60 * 48 ) );
	}

	/** @return string A user id, or 't_' and 30 random hex digits for a guest. */
	public function generate_customer_id() {
		return is_user_logged_in() ? strval( get_current_user_id() ) : 't_' . substr( md5( wp_generate_password( 32, false ) ), 2 );
	}

	/** @return array|false The valid guest cookie's parts (key, expiration, expiring, hash). */
	public function get_session_cookie() {
		$cookie = isset( $_COOKIE[ $this->_cookie ] ) ? explode( '||', sanitize_text_field( wp_unslash( $_COOKIE[ $this->_cookie ] ) ) ) : array();
		if ( 4 !== count( $cookie ) || (int) $cookie[1] < time() ) {
			return false;
		}
		$to_hash = $cookie[0] . '|' . $cookie[1];
		return hash_equals( hash_hmac( 'md5', $to_hash, wp_hash( $to_hash ) ), $cookie[3] ) ? $cookie : false;
	}

	/** @return array The stored data of this customer. */
	public function get_session_data() {
		return $this->has_session() ? (array) $this->get_session( $this->_customer_id, array() ) : array();
	}

	/**
	 * Writes changed data (runs on shutdown).
	 *
	 * @param string $old_session_key Unused here.
	 */
	public function save_data( $old_session_key = '' ) {
		global $wpdb;
		if ( $this->_dirty && $this->has_session() ) {
			$wpdb->query( $wpdb->prepare( "INSERT INTO {$wpdb->prefix}woocommerce_sessions (session_key, session_value, session_expiry) VALUES (%s, %s, %d) ON DUPLICATE KEY UPDATE session_value = VALUES(session_value), session_expiry = VALUES(session_expiry)", $this->_customer_id, maybe_serialize( $this->_data ), $this->_session_expiration ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
			$this->_dirty = false;
		}
	}

	/** Deletes the session and its cookie (on logout). */
	public function destroy_session() {
		$this->delete_session( $this->_customer_id );
		$this->forget_session();
	}

	/** Forgets the session in this request and clears the guest cookie. */
	public function forget_session() {
		if ( isset( $_COOKIE[ $this->_cookie ] ) && ! headers_sent() ) {
			setcookie( $this->_cookie, '', time() - YEAR_IN_SECONDS, COOKIEPATH ? COOKIEPATH : '/', COOKIE_DOMAIN );
		}
		unset( $_COOKIE[ $this->_cookie ] );
		$this->_data        = array();
		$this->_dirty       = false;
		$this->_has_cookie  = false;
		$this->_customer_id = $this->generate_customer_id();
	}

	/** Deletes expired sessions. */
	public function cleanup_sessions() {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}woocommerce_sessions WHERE session_expiry < %d", time() ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	}

	/**
	 * A customer's stored data.
	 *
	 * @param string $customer_id   Customer key.
	 * @param mixed  $default_value Value when there is none.
	 * @return mixed
	 */
	public function get_session( $customer_id, $default_value = false ) {
		global $wpdb;
		$value = $wpdb->get_var( $wpdb->prepare( "SELECT session_value FROM {$wpdb->prefix}woocommerce_sessions WHERE session_key = %s AND session_expiry > %d", $customer_id, time() ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		return is_null( $value ) ? $default_value : maybe_unserialize( $value );
	}

	/**
	 * Deletes a customer's stored data.
	 *
	 * @param string $customer_id Customer key.
	 */
	public function delete_session( $customer_id ) {
		global $wpdb;
		$wpdb->delete( $wpdb->prefix . 'woocommerce_sessions', array( 'session_key' => $customer_id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	}
}
