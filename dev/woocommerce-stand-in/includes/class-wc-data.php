<?php
/**
 * WC_Data (props, changes, meta API), WC_Meta_Data and WC_Data_Exception.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Error thrown by setters given an invalid value.
 */
class WC_Data_Exception extends Exception {

	/** @var string Error code. */
	protected $error_code;

	/** @var array Error data. */
	protected $error_data;

	/**
	 * Constructor.
	 *
	 * @param string $code             Error code.
	 * @param string $message          Message.
	 * @param int    $http_status_code HTTP status.
	 * @param array  $data             Extra data.
	 */
	public function __construct( $code, $message, $http_status_code = 400, $data = array() ) {
		$this->error_code = $code;
		$this->error_data = array_merge( array( 'status' => $http_status_code ), $data );
		parent::__construct( $message, $http_status_code );
	}

	/** @return string */
	public function getErrorCode() {
		return $this->error_code;
	}

	/** @return array */
	public function getErrorData() {
		return $this->error_data;
	}
}

/**
 * One meta row: ->id, ->key, ->value.
 */
class WC_Meta_Data implements JsonSerializable {

	/** @var array Current data. */
	protected $current_data;

	/** @var array Data as last applied. */
	protected $data;

	/**
	 * Constructor.
	 *
	 * @param array $meta id, key, value.
	 */
	public function __construct( $meta = array() ) {
		$this->current_data = $meta;
		$this->apply_changes();
	}

	/** @return array */
	#[\ReturnTypeWillChange]
	public function jsonSerialize() {
		return $this->get_data();
	}

	/** Marks the current data as saved. */
	public function apply_changes() {
		$this->data = $this->current_data;
	}

	/**
	 * Setter.
	 *
	 * @param string $key   Key.
	 * @param mixed  $value Value.
	 */
	public function __set( $key, $value ) {
		$this->current_data[ $key ] = $value;
	}

	/**
	 * Isset.
	 *
	 * @param string $key Key.
	 * @return bool
	 */
	public function __isset( $key ) {
		return array_key_exists( $key, $this->current_data );
	}

	/**
	 * Getter.
	 *
	 * @param string $key Key.
	 * @return mixed
	 */
	public function __get( $key ) {
		return array_key_exists( $key, $this->current_data ) ? $this->current_data[ $key ] : null;
	}

	/** @return array Changed fields. */
	public function get_changes() {
		$changes = array();
		foreach ( $this->current_data as $id => $value ) {
			if ( ! array_key_exists( $id, $this->data ) || $value !== $this->data[ $id ] ) {
				$changes[ $id ] = $value;
			}
		}
		return $changes;
	}

	/** @return array */
	public function get_data() {
		return $this->current_data;
	}
}

/**
 * Base of every CRUD object.
 */
abstract class WC_Data {

	/** @var int */
	protected $id = 0;

	/** @var array Props as read or saved. */
	protected $data = array();

	/** @var array Props changed since. */
	protected $changes = array();

	/** @var bool Whether the object has been read (setters then record changes). */
	protected $object_read = false;

	/** @var string Used in hook names. */
	protected $object_type = 'data';

	/** @var array Props added by subclasses. */
	protected $extra_data = array();

	/** @var array Defaults. */
	protected $default_data = array();

	/** @var object|null The stand-in data store that persists this object. */
	protected $data_store;

	/** @var array|null WC_Meta_Data objects, read lazily. */
	protected $meta_data = null;

	/** @var array Meta keys that hold props (read through the props, not the meta API). */
	protected $internal_meta_keys = array();

	/**
	 * Constructor.
	 *
	 * @param int|object|array $read ID or object to read.
	 */
	public function __construct( $read = 0 ) {
		$this->data         = array_merge( $this->data, $this->extra_data );
		$this->default_data = $this->data;
	}

	/** @return object|null */
	public function get_data_store() {
		return $this->data_store;
	}

	/** @return int */
	public function get_id() {
		return $this->id;
	}

	/**
	 * Deletes (or trashes) the object.
	 *
	 * @param bool $force_delete Delete for good instead of trashing.
	 * @return bool
	 */
	public function delete( $force_delete = false ) {
		$check = apply_filters( "woocommerce_pre_delete_{$this->object_type}", null, $this, $force_delete );
		if ( null !== $check ) {
			return $check;
		}
		if ( $this->data_store && $this->get_id() ) {
			$this->data_store->delete( $this, array( 'force_delete' => $force_delete ) );
			$this->set_id( 0 );
			return true;
		}
		return false;
	}

	/**
	 * Creates or updates the object.
	 *
	 * @return int ID.
	 */
	public function save() {
		if ( ! $this->data_store ) {
			return $this->get_id();
		}
		do_action( 'woocommerce_before_' . $this->object_type . '_object_save', $this, $this->data_store );
		if ( $this->get_id() ) {
			$this->data_store->update( $this );
		} else {
			$this->data_store->create( $this );
		}
		do_action( 'woocommerce_after_' . $this->object_type . '_object_save', $this, $this->data_store );
		return $this->get_id();
	}

	/** @return string JSON of get_data(). */
	public function __toString(): string {
		return (string) wp_json_encode( $this->get_data() );
	}

	/** @return array */
	public function get_data() {
		return array_merge( array( 'id' => $this->get_id() ), $this->data, array( 'meta_data' => $this->get_meta_data() ) );
	}

	/** @return array */
	public function get_data_keys() {
		return array_keys( $this->data );
	}

	/** @return array */
	public function get_extra_data_keys() {
		return array_keys( $this->extra_data );
	}

	/**
	 * Filter callback: meta whose value is not null.
	 *
	 * @param WC_Meta_Data $meta Meta.
	 * @return bool
	 */
	protected function filter_null_meta( $meta ) {
		return ! is_null( $meta->value );
	}

	/** @return WC_Meta_Data[] */
	public function get_meta_data() {
		$this->maybe_read_meta_data();
		return array_values( array_filter( $this->meta_data, array( $this, 'filter_null_meta' ) ) );
	}

	/**
	 * Whether a key holds a prop rather than meta.
	 *
	 * @param string $key Meta key.
	 * @return bool
	 */
	protected function is_internal_meta_key( $key ) {
		return $key && in_array( $key, $this->internal_meta_keys, true );
	}

	/**
	 * Reads meta, or the prop behind an internal key (the real one also warns there).
	 *
	 * @param string $key     Meta key.
	 * @param bool   $single  One value, or all WC_Meta_Data objects with that key.
	 * @param string $context 'view' applies the woocommerce_{type}_get_{key} filter.
	 * @return mixed
	 */
	public function get_meta( $key = '', $single = true, $context = 'view' ) {
		if ( $this->is_internal_meta_key( $key ) && is_callable( array( $this, 'get_' . ltrim( $key, '_' ) ) ) ) {
			return $this->{'get_' . ltrim( $key, '_' )}( $context );
		}
		$meta_data  = $this->get_meta_data();
		$array_keys = array_keys( wp_list_pluck( $meta_data, 'key' ), $key, true );
		$value      = $single ? '' : array();
		if ( ! empty( $array_keys ) ) {
			$value = $single ? $meta_data[ current( $array_keys ) ]->value : array_intersect_key( $meta_data, array_flip( $array_keys ) );
		}
		return 'view' === $context ? apply_filters( $this->get_hook_prefix() . $key, $value, $this ) : $value;
	}

	/**
	 * Whether meta with that key exists.
	 *
	 * @param string $key Meta key.
	 * @return bool
	 */
	public function meta_exists( $key = '' ) {
		return in_array( $key, wp_list_pluck( $this->get_meta_data(), 'key' ), true );
	}

	/**
	 * Adds meta (saved with the object).
	 *
	 * @param string       $key    Key.
	 * @param string|array $value  Value.
	 * @param bool         $unique Replace existing values of that key.
	 */
	public function add_meta_data( $key, $value, $unique = false ) {
		if ( $this->is_internal_meta_key( $key ) && is_callable( array( $this, 'set_' . ltrim( $key, '_' ) ) ) ) {
			$this->{'set_' . ltrim( $key, '_' )}( $value );
			return;
		}
		$this->maybe_read_meta_data();
		if ( $unique ) {
			$this->delete_meta_data( $key );
		}
		$this->meta_data[] = new WC_Meta_Data( array( 'key' => $key, 'value' => $value ) );
	}

	/**
	 * Updates meta by key (first match, other values of that key removed) or by meta id.
	 *
	 * @param string       $key     Key.
	 * @param string|array $value   Value.
	 * @param int          $meta_id Meta id.
	 */
	public function update_meta_data( $key, $value, $meta_id = 0 ) {
		if ( $this->is_internal_meta_key( $key ) && is_callable( array( $this, 'set_' . ltrim( $key, '_' ) ) ) ) {
			$this->{'set_' . ltrim( $key, '_' )}( $value );
			return;
		}
		$this->maybe_read_meta_data();
		$array_key = false;
		if ( $meta_id ) {
			$array_keys = array_keys( wp_list_pluck( $this->meta_data, 'id' ), $meta_id ); // phpcs:ignore WordPress.PHP.StrictInArray
			$array_key  = $array_keys ? current( $array_keys ) : false;
		} else {
			foreach ( $this->meta_data as $index => $meta ) {
				if ( $meta->key === $key ) {
					$meta->value = null;
					$array_key   = false === $array_key ? $index : $array_key;
				}
			}
		}
		if ( false === $array_key ) {
			$this->add_meta_data( $key, $value, true );
			return;
		}
		$this->meta_data[ $array_key ]->key   = $key;
		$this->meta_data[ $array_key ]->value = $value;
	}

	/**
	 * Deletes all meta with that key (on save).
	 *
	 * @param string $key Key.
	 */
	public function delete_meta_data( $key ) {
		$this->maybe_read_meta_data();
		foreach ( $this->meta_data as $meta ) {
			if ( $meta->key === $key ) {
				$meta->value = null;
			}
		}
	}

	/** Reads meta from the database the first time it is needed. */
	protected function maybe_read_meta_data() {
		if ( is_null( $this->meta_data ) ) {
			$this->read_meta_data();
		}
	}

	/**
	 * Reads meta from the database.
	 *
	 * @param bool $force_read Ignored (no cache here).
	 */
	public function read_meta_data( $force_read = false ) {
		$this->meta_data = array();
		if ( ! $this->get_id() || ! $this->data_store ) {
			return;
		}
		foreach ( $this->data_store->read_meta( $this ) as $row ) {
			$this->meta_data[] = new WC_Meta_Data( array( 'id' => (int) $row->meta_id, 'key' => $row->meta_key, 'value' => maybe_unserialize( $row->meta_value ) ) );
		}
	}

	/** Writes added, changed and deleted meta. */
	public function save_meta_data() {
		if ( ! $this->data_store || is_null( $this->meta_data ) ) {
			return;
		}
		foreach ( $this->meta_data as $index => $meta ) {
			if ( is_null( $meta->value ) ) {
				if ( ! empty( $meta->id ) ) {
					$this->data_store->delete_meta( $this, $meta );
				}
				unset( $this->meta_data[ $index ] );
			} elseif ( empty( $meta->id ) ) {
				$meta->id = $this->data_store->add_meta( $this, $meta );
				$meta->apply_changes();
			} elseif ( $meta->get_changes() ) {
				$this->data_store->update_meta( $this, $meta );
				$meta->apply_changes();
			}
		}
		$this->meta_data = array_values( $this->meta_data );
	}

	/**
	 * Sets the ID.
	 *
	 * @param int $id ID.
	 */
	public function set_id( $id ) {
		$this->id = absint( $id );
	}

	/** Resets props to defaults. */
	public function set_defaults() {
		$this->data    = $this->default_data;
		$this->changes = array();
		$this->set_object_read( false );
	}

	/**
	 * Marks the object as read.
	 *
	 * @param bool $read Read.
	 */
	public function set_object_read( $read = true ) {
		$this->object_read = (bool) $read;
	}

	/** @return bool */
	public function get_object_read() {
		return (bool) $this->object_read;
	}

	/**
	 * Calls set_{prop}() for each prop.
	 *
	 * @param array  $props   Props.
	 * @param string $context Unused.
	 * @return bool|WP_Error
	 */
	public function set_props( $props, $context = 'set' ) {
		$errors = false;
		foreach ( $props as $prop => $value ) {
			try {
				if ( is_null( $value ) || in_array( $prop, array( 'prop', 'date_prop', 'meta_data' ), true ) ) {
					continue;
				}
				if ( is_callable( array( $this, "set_$prop" ) ) ) {
					$this->{"set_$prop"}( $value );
				}
			} catch ( WC_Data_Exception $e ) {
				$errors = $errors ? $errors : new WP_Error();
				$errors->add( $e->getErrorCode(), $e->getMessage(), array( 'property_name' => $prop ) );
			}
		}
		return $errors && count( $errors->get_error_codes() ) ? $errors : true;
	}

	/**
	 * Sets a prop (as a change once the object has been read).
	 *
	 * @param string $prop  Prop.
	 * @param mixed  $value Value.
	 */
	protected function set_prop( $prop, $value ) {
		if ( array_key_exists( $prop, $this->data ) ) {
			if ( true === $this->object_read ) {
				if ( $value !== $this->data[ $prop ] || array_key_exists( $prop, $this->changes ) ) {
					$this->changes[ $prop ] = $value;
				}
			} else {
				$this->data[ $prop ] = $value;
			}
		}
	}

	/** @return array Unsaved changes. */
	public function get_changes() {
		return $this->changes;
	}

	/** Merges changes into data. */
	public function apply_changes() {
		$this->data    = array_replace_recursive( $this->data, $this->changes ); // phpcs:ignore PHPCompatibility
		$this->changes = array();
	}

	/** @return string Prefix of the getter filters. */
	protected function get_hook_prefix() {
		return 'woocommerce_' . $this->object_type . '_get_';
	}

	/**
	 * Gets a prop; 'view' applies the woocommerce_{type}_get_{prop} filter.
	 *
	 * @param string $prop    Prop.
	 * @param string $context view or edit.
	 * @return mixed
	 */
	protected function get_prop( $prop, $context = 'view' ) {
		$value = null;
		if ( array_key_exists( $prop, $this->data ) ) {
			$value = array_key_exists( $prop, $this->changes ) ? $this->changes[ $prop ] : $this->data[ $prop ];
			if ( 'view' === $context ) {
				$value = apply_filters( $this->get_hook_prefix() . $prop, $value, $this );
			}
		}
		return $value;
	}

	/**
	 * Sets a date prop from a timestamp (UTC), a date string (site timezone unless it names one) or a WC_DateTime.
	 *
	 * @param string                       $prop  Prop.
	 * @param string|int|DateTimeInterface $value Value.
	 */
	protected function set_date_prop( $prop, $value ) {
		try {
			if ( empty( $value ) || '0000-00-00 00:00:00' === $value ) {
				$this->set_prop( $prop, null );
				return;
			}
			if ( $value instanceof WC_DateTime ) {
				$datetime = $value;
			} elseif ( is_numeric( $value ) || $value instanceof DateTimeInterface ) {
				$datetime = new WC_DateTime( '@' . ( is_numeric( $value ) ? (int) $value : $value->getTimestamp() ), new DateTimeZone( 'UTC' ) );
				$datetime->setTimezone( wp_timezone() );
			} else {
				$datetime = wc_string_to_datetime( $value );
			}
			$this->set_prop( $prop, $datetime );
		} catch ( Exception $e ) {} // phpcs:ignore Generic.CodeAnalysis.EmptyStatement
	}

	/**
	 * Throws a WC_Data_Exception.
	 *
	 * @param string $code             Code.
	 * @param string $message          Message.
	 * @param int    $http_status_code HTTP status.
	 * @param array  $data             Data.
	 * @throws WC_Data_Exception Always.
	 */
	protected function error( $code, $message, $http_status_code = 400, $data = array() ) {
		throw new WC_Data_Exception( $code, $message, $http_status_code, $data );
	}
}
