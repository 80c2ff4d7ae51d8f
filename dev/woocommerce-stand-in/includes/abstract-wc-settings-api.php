<?php
/**
 * WC_Settings_API: the settings behind payment gateways and emails. Values live in the option
 * woocommerce_{id}_settings, form fields are named woocommerce_{id}_{key}, as in WooCommerce.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Settings API (text, email, password, number, textarea, checkbox and select fields).
 */
abstract class WC_Settings_API {

	/** @var string Prefix of the option and field names. */
	public $plugin_id = 'woocommerce_';

	/** @var string Id, e.g. cod or new_order. */
	public $id = '';

	/** @var array Validation errors. */
	public $errors = array();

	/** @var array Setting values. */
	public $settings = array();

	/** @var array Form fields: key => title, type, default, label, description, options, placeholder. */
	public $form_fields = array();

	/** @var array Posted data to save instead of $_POST. */
	protected $data = array();

	/** @return array Form fields with defaults, filtered by woocommerce_settings_api_form_fields_{id}. */
	public function get_form_fields() {
		return apply_filters( 'woocommerce_settings_api_form_fields_' . $this->id, array_map( array( $this, 'set_defaults' ), $this->form_fields ) );
	}

	/**
	 * Adds an empty default.
	 *
	 * @param array $field Field.
	 * @return array
	 */
	protected function set_defaults( $field ) {
		if ( ! isset( $field['default'] ) ) {
			$field['default'] = '';
		}
		return $field;
	}

	/** Prints the settings table. */
	public function admin_options() {
		echo '<table class="form-table">' . $this->generate_settings_html( $this->get_form_fields(), false ) . '</table>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built escaped.
	}

	/** Sets $this->form_fields (subclasses). */
	public function init_form_fields() {}

	/** @return string Option name: woocommerce_{id}_settings. */
	public function get_option_key() {
		return $this->plugin_id . $this->id . '_settings';
	}

	/**
	 * Field type (text when unset).
	 *
	 * @param array $field Field.
	 * @return string
	 */
	public function get_field_type( $field ) {
		return empty( $field['type'] ) ? 'text' : $field['type'];
	}

	/**
	 * Field default.
	 *
	 * @param array $field Field.
	 * @return string
	 */
	public function get_field_default( $field ) {
		return empty( $field['default'] ) ? '' : $field['default'];
	}

	/**
	 * Posted value of a field, through validate_{key}_field() or validate_{type}_field().
	 *
	 * @param string $key       Field key.
	 * @param array  $field     Field.
	 * @param array  $post_data Posted data ($_POST when empty).
	 * @return string
	 */
	public function get_field_value( $key, $field, $post_data = array() ) {
		$post_data = empty( $post_data ) ? $_POST : $post_data; // phpcs:ignore WordPress.Security.NonceVerification.Missing -- the caller checked the nonce.
		$value     = isset( $post_data[ $this->get_field_key( $key ) ] ) ? $post_data[ $this->get_field_key( $key ) ] : null;
		if ( isset( $field['sanitize_callback'] ) && is_callable( $field['sanitize_callback'] ) ) {
			return call_user_func( $field['sanitize_callback'], $value );
		}
		foreach ( array( $key, $this->get_field_type( $field ) ) as $name ) {
			if ( is_callable( array( $this, 'validate_' . $name . '_field' ) ) ) {
				return $this->{'validate_' . $name . '_field'}( $key, $value );
			}
		}
		return $this->validate_text_field( $key, $value );
	}

	/**
	 * Data to save instead of $_POST.
	 *
	 * @param array $data Data.
	 */
	public function set_post_data( $data = array() ) {
		$this->data = $data;
	}

	/** @return array Posted data. */
	public function get_post_data() {
		return ! empty( $this->data ) && is_array( $this->data ) ? $this->data : $_POST; // phpcs:ignore WordPress.Security.NonceVerification.Missing
	}

	/**
	 * Saves one setting.
	 *
	 * @param string $key   Key.
	 * @param mixed  $value Value.
	 * @return bool
	 */
	public function update_option( $key, $value = '' ) {
		if ( empty( $this->settings ) ) {
			$this->init_settings();
		}
		$this->settings[ $key ] = $value;
		return update_option( $this->get_option_key(), apply_filters( 'woocommerce_settings_api_sanitized_fields_' . $this->id, $this->settings ), 'yes' );
	}

	/** @return bool Saves every posted field. */
	public function process_admin_options() {
		$this->init_settings();
		$post_data = $this->get_post_data();
		foreach ( $this->get_form_fields() as $key => $field ) {
			if ( 'title' !== $this->get_field_type( $field ) ) {
				try {
					$this->settings[ $key ] = $this->get_field_value( $key, $field, $post_data );
				} catch ( Exception $e ) {
					$this->add_error( $e->getMessage() );
				}
			}
		}
		return update_option( $this->get_option_key(), apply_filters( 'woocommerce_settings_api_sanitized_fields_' . $this->id, $this->settings ), 'yes' );
	}

	/**
	 * Adds an error.
	 *
	 * @param string $error Message.
	 */
	public function add_error( $error ) {
		$this->errors[] = $error;
	}

	/** @return array */
	public function get_errors() {
		return $this->errors;
	}

	/** Prints the errors. */
	public function display_errors() {
		foreach ( $this->get_errors() as $error ) {
			echo '<div id="woocommerce_errors" class="error notice is-dismissible"><p>' . wp_kses_post( $error ) . '</p></div>';
		}
	}

	/** Loads the option, or the fields' defaults when it is not saved yet. */
	public function init_settings() {
		$this->settings = get_option( $this->get_option_key(), null );
		if ( ! is_array( $this->settings ) ) {
			$form_fields    = $this->get_form_fields();
			$this->settings = array_merge( array_fill_keys( array_keys( $form_fields ), '' ), wp_list_pluck( $form_fields, 'default' ) );
		}
	}

	/**
	 * A setting; its default when unset; $empty_value when it is ''.
	 *
	 * @param string $key         Key.
	 * @param mixed  $empty_value Value for ''.
	 * @return string
	 */
	public function get_option( $key, $empty_value = null ) {
		if ( empty( $this->settings ) ) {
			$this->init_settings();
		}
		if ( ! isset( $this->settings[ $key ] ) ) {
			$form_fields            = $this->get_form_fields();
			$this->settings[ $key ] = isset( $form_fields[ $key ] ) ? $this->get_field_default( $form_fields[ $key ] ) : '';
		}
		if ( ! is_null( $empty_value ) && '' === $this->settings[ $key ] ) {
			$this->settings[ $key ] = $empty_value;
		}
		return $this->settings[ $key ];
	}

	/**
	 * Form field name: woocommerce_{id}_{key}.
	 *
	 * @param string $key Key.
	 * @return string
	 */
	public function get_field_key( $key ) {
		return $this->plugin_id . $this->id . '_' . $key;
	}

	/**
	 * Table rows for the fields (generate_{type}_html(), text for unknown types).
	 *
	 * @param array $form_fields Fields (all when empty).
	 * @param bool  $echo        Print instead of returning.
	 * @return string
	 */
	public function generate_settings_html( $form_fields = array(), $echo = true ) {
		$html = '';
		foreach ( $form_fields ? $form_fields : $this->get_form_fields() as $key => $field ) {
			$method = 'generate_' . $this->get_field_type( $field ) . '_html';
			$html  .= method_exists( $this, $method ) ? $this->{$method}( $key, $field ) : $this->generate_text_html( $key, $field );
		}
		if ( $echo ) {
			echo $html; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built escaped.
		}
		return $html;
	}

	/**
	 * Text-like input (text, email, password, number).
	 *
	 * @param string $key  Key.
	 * @param array  $data Field.
	 * @return string
	 */
	public function generate_text_html( $key, $data ) {
		$type = in_array( $this->get_field_type( $data ), array( 'email', 'password', 'number' ), true ) ? $data['type'] : 'text';
		return $this->row( $key, $data, '<input class="input-text regular-input" type="' . esc_attr( $type ) . '" name="' . esc_attr( $this->get_field_key( $key ) ) . '" id="' . esc_attr( $this->get_field_key( $key ) ) . '" value="' . esc_attr( $this->get_option( $key ) ) . '" placeholder="' . esc_attr( $data['placeholder'] ?? '' ) . '">' );
	}

	/**
	 * Textarea.
	 *
	 * @param string $key  Key.
	 * @param array  $data Field.
	 * @return string
	 */
	public function generate_textarea_html( $key, $data ) {
		return $this->row( $key, $data, '<textarea rows="3" cols="20" class="input-text wide-input" name="' . esc_attr( $this->get_field_key( $key ) ) . '" id="' . esc_attr( $this->get_field_key( $key ) ) . '" placeholder="' . esc_attr( $data['placeholder'] ?? '' ) . '">' . esc_textarea( $this->get_option( $key ) ) . '</textarea>' );
	}

	/**
	 * Checkbox (its label is the field's label).
	 *
	 * @param string $key  Key.
	 * @param array  $data Field.
	 * @return string
	 */
	public function generate_checkbox_html( $key, $data ) {
		$field_key = $this->get_field_key( $key );
		return $this->row( $key, $data, '<label for="' . esc_attr( $field_key ) . '"><input type="checkbox" name="' . esc_attr( $field_key ) . '" id="' . esc_attr( $field_key ) . '" value="1"' . checked( $this->get_option( $key ), 'yes', false ) . '> ' . wp_kses_post( $data['label'] ?? $data['title'] ?? '' ) . '</label>', false );
	}

	/**
	 * Select.
	 *
	 * @param string $key  Key.
	 * @param array  $data Field.
	 * @return string
	 */
	public function generate_select_html( $key, $data ) {
		$options = '';
		foreach ( (array) ( $data['options'] ?? array() ) as $value => $label ) {
			$options .= '<option value="' . esc_attr( $value ) . '"' . selected( (string) $this->get_option( $key ), (string) $value, false ) . '>' . esc_html( $label ) . '</option>';
		}
		return $this->row( $key, $data, '<select class="select" name="' . esc_attr( $this->get_field_key( $key ) ) . '" id="' . esc_attr( $this->get_field_key( $key ) ) . '">' . $options . '</select>' );
	}

	/**
	 * Section title.
	 *
	 * @param string $key  Key.
	 * @param array  $data Field.
	 * @return string
	 */
	public function generate_title_html( $key, $data ) {
		return '</table><h3 class="wc-settings-sub-title" id="' . esc_attr( $this->get_field_key( $key ) ) . '">' . wp_kses_post( $data['title'] ?? '' ) . '</h3>' . ( empty( $data['description'] ) ? '' : wpautop( wp_kses_post( $data['description'] ) ) ) . '<table class="form-table">';
	}

	/**
	 * Text: trimmed, unslashed, kses'd.
	 *
	 * @param string      $key   Key.
	 * @param string|null $value Posted value.
	 * @return string
	 */
	public function validate_text_field( $key, $value ) {
		return wp_kses_post( trim( stripslashes( (string) $value ) ) );
	}

	/**
	 * Textarea, like text.
	 *
	 * @param string      $key   Key.
	 * @param string|null $value Posted value.
	 * @return string
	 */
	public function validate_textarea_field( $key, $value ) {
		return wp_kses_post( trim( stripslashes( (string) $value ) ) );
	}

	/**
	 * Checkbox: 'yes' when posted.
	 *
	 * @param string      $key   Key.
	 * @param string|null $value Posted value.
	 * @return string
	 */
	public function validate_checkbox_field( $key, $value ) {
		return ! is_null( $value ) ? 'yes' : 'no';
	}

	/**
	 * Select.
	 *
	 * @param string      $key   Key.
	 * @param string|null $value Posted value.
	 * @return string
	 */
	public function validate_select_field( $key, $value ) {
		return wc_clean( stripslashes( (string) $value ) );
	}

	/**
	 * One form-table row.
	 *
	 * @param string $key        Key.
	 * @param array  $data       Field.
	 * @param string $control    Control HTML.
	 * @param bool   $label_for  Whether the title labels the control (a checkbox has its own label).
	 * @return string
	 */
	private function row( $key, $data, $control, $label_for = true ) {
		$title = wp_kses_post( $data['title'] ?? '' );
		return '<tr valign="top"><th scope="row" class="titledesc">' . ( $label_for ? '<label for="' . esc_attr( $this->get_field_key( $key ) ) . '">' . $title . '</label>' : $title ) . '</th><td class="forminp"><fieldset>' . $control . ( empty( $data['description'] ) ? '' : '<p class="description">' . wp_kses_post( $data['description'] ) . '</p>' ) . '</fieldset></td></tr>';
	}
}
