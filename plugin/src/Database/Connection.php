<?php
/**
 * The plugin's door to $wpdb.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Database;

use wpdb;

/**
 * Thin wrapper over $wpdb that turns every failed statement into a DatabaseError instead
 * of a false return value or a printed error. Data stores use it instead of $wpdb.
 */
class Connection {

	/**
	 * The WordPress database object.
	 */
	private function db(): wpdb {
		global $wpdb;
		return $wpdb;
	}

	/**
	 * Prepares a statement (%i, %s, %d, %f placeholders).
	 *
	 * @param string $sql  SQL with placeholders.
	 * @param mixed  ...$args Values.
	 */
	public function prepare( string $sql, mixed ...$args ): string {
		return (string) $this->db()->prepare( $sql, ...$args ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- this is the prepare call. @phpstan-ignore argument.type (statements are built from constants and placeholders)
	}

	/**
	 * Runs a write; returns the number of affected rows.
	 *
	 * @param string $sql Prepared SQL.
	 */
	public function query( string $sql ): int {
		return (int) $this->run( fn() => $this->db()->query( $sql ), true ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- callers pass prepared SQL.
	}

	/**
	 * Inserts a row; returns the new id.
	 *
	 * @param string                     $table Table.
	 * @param array<string, scalar|null> $row   Columns.
	 */
	public function insert( string $table, array $row ): int {
		[ $columns, $values, $args ] = self::assignments( $row );
		$sql                         = $this->prepare( 'INSERT INTO %i (' . implode( ', ', $columns ) . ') VALUES (' . implode( ', ', $values ) . ')', $table, ...$args );
		$this->query( $sql );
		return (int) $this->db()->insert_id;
	}

	/**
	 * Updates rows; returns how many changed.
	 *
	 * @param string                     $table Table.
	 * @param array<string, scalar|null> $row   Columns.
	 * @param array<string, scalar>      $where Conditions.
	 */
	public function update( string $table, array $row, array $where ): int {
		[ $set_columns, $set_values, $set_args ]       = self::assignments( $row );
		[ $where_columns, $where_values, $where_args ] = self::assignments( $where );
		$set = array_map( static fn( string $column, string $value ): string => "{$column} = {$value}", $set_columns, $set_values );
		$if  = array_map( static fn( string $column, string $value ): string => "{$column} = {$value}", $where_columns, $where_values );
		return $this->query( $this->prepare( 'UPDATE %i SET ' . implode( ', ', $set ) . ' WHERE ' . implode( ' AND ', $if ), $table, ...$set_args, ...$where_args ) );
	}

	/**
	 * Quoted column names, value placeholders (NULL written as such) and the values to bind.
	 * Statements are prepared here rather than by $wpdb->insert()/update(), which read the
	 * table's column charsets first (a SHOW FULL COLUMNS per table and request); the REST
	 * layer already refuses text that is not valid UTF-8.
	 *
	 * @param array<string, scalar|null> $row Column values.
	 * @return array{0: list<string>, 1: list<string>, 2: list<int|string>}
	 * @throws DatabaseError On a column name that is not a plain identifier.
	 */
	private static function assignments( array $row ): array {
		$columns = array();
		$values  = array();
		$args    = array();
		foreach ( $row as $column => $value ) {
			if ( 1 !== preg_match( '/^[a-z_]+$/D', (string) $column ) ) {
				throw new DatabaseError( 'Invalid column name.' );
			}
			$columns[] = "`{$column}`";
			if ( null === $value ) {
				$values[] = 'NULL';
			} elseif ( is_int( $value ) || is_bool( $value ) ) {
				$values[] = '%d';
				$args[]   = (int) $value;
			} else {
				$values[] = '%s';
				$args[]   = (string) $value;
			}
		}
		return array( $columns, $values, $args );
	}

	/**
	 * One row as an associative array, or null.
	 *
	 * @param string $sql Prepared SQL.
	 * @return array<string, string|null>|null
	 */
	public function get_row( string $sql ): ?array {
		$row = $this->run( fn() => $this->db()->get_row( $sql, ARRAY_A ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- callers pass prepared SQL.
		return is_array( $row ) ? $row : null;
	}

	/**
	 * All rows as associative arrays.
	 *
	 * @param string $sql Prepared SQL.
	 * @return list<array<string, string|null>>
	 */
	public function get_results( string $sql ): array {
		$rows = $this->run( fn() => $this->db()->get_results( $sql, ARRAY_A ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- callers pass prepared SQL.
		return is_array( $rows ) ? array_values( $rows ) : array();
	}

	/**
	 * One value.
	 *
	 * @param string $sql Prepared SQL.
	 */
	public function get_var( string $sql ): ?string {
		$value = $this->run( fn() => $this->db()->get_var( $sql ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- callers pass prepared SQL.
		return null === $value ? null : (string) $value;
	}

	/**
	 * The first column of every row.
	 *
	 * @param string $sql Prepared SQL.
	 * @return list<string>
	 */
	public function get_col( string $sql ): array {
		$values = $this->run( fn() => $this->db()->get_col( $sql ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- callers pass prepared SQL.
		return array_values( array_map( 'strval', is_array( $values ) ? $values : array() ) );
	}

	/**
	 * Escapes LIKE wildcards.
	 *
	 * @param string $text Text.
	 */
	public function esc_like( string $text ): string {
		return $this->db()->esc_like( $text );
	}

	/**
	 * Runs one $wpdb call with error output suppressed and throws on failure.
	 *
	 * @param callable(): mixed $call          The call.
	 * @param bool              $false_is_error Whether a false result means failure (writes:
	 *                                         $wpdb also returns false, with no error text,
	 *                                         for values it refuses before sending).
	 * @throws DatabaseError When the statement failed.
	 */
	private function run( callable $call, bool $false_is_error = false ): mixed {
		$db       = $this->db();
		$suppress = $db->suppress_errors( true );
		try {
			$result = $call();
		} finally {
			$db->suppress_errors( $suppress );
		}
		if ( '' !== (string) $db->last_error ) {
			throw new DatabaseError( esc_html( (string) $db->last_error ) );
		}
		if ( $false_is_error && false === $result ) {
			throw new DatabaseError( 'The database layer refused the values of a write.' );
		}
		return $result;
	}
}
