<?php
/**
 * WHERE clauses from optional filters.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\DataStores;

/**
 * Builds "a = %s AND b >= %d" with its arguments from the filters that are set, so list
 * queries share one way of turning request filters into placeholders.
 */
final class Conditions {

	/**
	 * The WHERE clause (placeholders only, "1=1" when nothing is set) and its arguments.
	 *
	 * @param array<string, array{0: string, 1: callable(mixed): (int|string)}> $columns Clause with one placeholder and a cast, by filter name.
	 * @param array<string, mixed>                                              $filters Filter values; null or missing means unset.
	 * @return array{0: string, 1: list<int|string>}
	 */
	public static function where( array $columns, array $filters ): array {
		$clauses = array( '1=1' );
		$args    = array();
		foreach ( $columns as $filter => [ $clause, $cast ] ) {
			if ( isset( $filters[ $filter ] ) ) {
				$clauses[] = $clause;
				$args[]    = $cast( $filters[ $filter ] );
			}
		}
		return array( implode( ' AND ', $clauses ), $args );
	}
}
