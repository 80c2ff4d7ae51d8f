<?php
/**
 * WC_DateTime: DateTime that prints as ISO 8601 and knows the site offset.
 *
 * @package WooCommerceStandIn
 */

defined( 'ABSPATH' ) || exit;

/**
 * Date and time value used by WooCommerce getters.
 */
class WC_DateTime extends DateTime {

	/**
	 * UTC offset in seconds, when a plain offset (no timezone) is used.
	 *
	 * @var int
	 */
	protected $utc_offset = 0;

	/**
	 * ISO 8601 string.
	 *
	 * @return string
	 */
	public function __toString(): string {
		return $this->format( DATE_ATOM );
	}

	/**
	 * Sets a UTC offset in seconds.
	 *
	 * @param int $offset Offset.
	 */
	public function set_utc_offset( $offset ) {
		$this->utc_offset = intval( $offset );
	}

	/**
	 * UTC offset in seconds.
	 *
	 * @return int
	 */
	#[\ReturnTypeWillChange]
	public function getOffset() {
		return $this->utc_offset ? $this->utc_offset : parent::getOffset();
	}

	/**
	 * Sets the timezone and clears the plain offset.
	 *
	 * @param DateTimeZone $timezone Timezone.
	 * @return DateTime
	 */
	#[\ReturnTypeWillChange]
	public function setTimezone( $timezone ) {
		$this->utc_offset = 0;
		return parent::setTimezone( $timezone );
	}

	/**
	 * UTC timestamp.
	 *
	 * @return int
	 */
	#[\ReturnTypeWillChange]
	public function getTimestamp() {
		return parent::getTimestamp();
	}

	/**
	 * Timestamp with the offset added.
	 *
	 * @return int
	 */
	public function getOffsetTimestamp() {
		return $this->getTimestamp() + $this->getOffset();
	}

	/**
	 * Formats the local time (gmdate of the offset timestamp).
	 *
	 * @param string $format Format.
	 * @return string
	 */
	public function date( $format ) {
		return gmdate( $format, $this->getOffsetTimestamp() );
	}

	/**
	 * Localised date.
	 *
	 * @param string $format Format.
	 * @return string
	 */
	public function date_i18n( $format = 'Y-m-d' ) {
		return date_i18n( $format, $this->getOffsetTimestamp() );
	}
}
