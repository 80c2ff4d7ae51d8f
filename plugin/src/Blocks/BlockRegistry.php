<?php
/**
 * Registers the plugin's blocks from the build.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Blocks;

use EntitlementLedger\Infrastructure\Registerable;

/**
 * Registers every block under build/blocks on init: from the generated
 * blocks-manifest.php in one call where WordPress supports it (6.8+), otherwise
 * one register_block_type() per folder. A missing build registers nothing.
 */
final class BlockRegistry implements Registerable {

	public const BUILD_DIR = 'build/blocks';

	/**
	 * The folder holding the built blocks (overridable by tests).
	 *
	 * @param string|null $build_dir Absolute path of build/blocks; null for the plugin's own.
	 */
	public function __construct( private ?string $build_dir = null ) {
	}

	/**
	 * Blocks render on the front end, in the editor and in REST requests.
	 */
	public function is_needed(): bool {
		return true;
	}

	/**
	 * Hooks init.
	 */
	public function register(): void {
		add_action( 'init', array( $this, 'handle_init' ) );
	}

	/**
	 * Registers the blocks.
	 */
	public function handle_init(): void {
		$this->register_blocks();
	}

	/**
	 * Registers the blocks; returns the names registered.
	 *
	 * @return list<string>
	 */
	public function register_blocks(): array {
		$dir = untrailingslashit( $this->build_dir ?? plugin_dir_path( ENTITLEMENT_LEDGER_FILE ) . self::BUILD_DIR );
		if ( ! is_dir( $dir ) ) {
			return array();
		}
		$manifest = $dir . '/blocks-manifest.php';
		$blocks   = is_readable( $manifest ) ? require $manifest : null;

		if ( is_array( $blocks ) && function_exists( 'wp_register_block_types_from_metadata_collection' ) ) {
			wp_register_block_types_from_metadata_collection( $dir, $manifest );
			$registry = \WP_Block_Type_Registry::get_instance();
			$names    = array();
			foreach ( $blocks as $metadata ) {
				$name = is_array( $metadata ) && isset( $metadata['name'] ) ? (string) $metadata['name'] : '';
				if ( '' !== $name && $registry->is_registered( $name ) ) {
					$names[] = $name;
				}
			}
			return $names;
		}

		if ( is_array( $blocks ) && function_exists( 'wp_register_block_metadata_collection' ) ) {
			// WordPress 6.7: the manifest spares reading each block.json.
			wp_register_block_metadata_collection( $dir, $manifest );
		}
		$folders = is_array( $blocks ) ? array_map( 'strval', array_keys( $blocks ) ) : $this->folders( $dir );
		$names   = array();
		foreach ( $folders as $folder ) {
			if ( ! is_readable( $dir . '/' . $folder . '/block.json' ) ) {
				continue;
			}
			$block = register_block_type( $dir . '/' . $folder );
			if ( $block instanceof \WP_Block_Type ) {
				$names[] = $block->name;
			}
		}
		return $names;
	}

	/**
	 * Every folder with a block.json (no manifest).
	 *
	 * @param string $dir Build folder.
	 * @return list<string>
	 */
	private function folders( string $dir ): array {
		$found = glob( $dir . '/*/block.json' );
		return array_values( array_map( static fn( string $file ): string => basename( dirname( $file ) ), false === $found ? array() : $found ) );
	}
}
